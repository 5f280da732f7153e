// Who is calling, from a caller ID as an operator types it, a PBX hook passes
// it (`abonent lookup`, `abonent agi`) or the manager interface reports it,
// looked up in a small database of customers with Russian, Ukrainian and
// American numbers. Input: the caller ID; the lookup runs with several
// default countries.
#include "AbonentDatabase.h"
#include "CallerLookup.h"
#include "CustomerService.h"
#include "FuzzSupport.h"
#include "PhoneNumber.h"

#include <QTemporaryDir>

#include <array>
#include <memory>

using namespace abonent;

namespace {

void addCustomer(const QSqlDatabase& db, const QString& contract, const QStringList& phones, const QString& region)
{
    Customer customer;
    customer.contractNumber = contract;
    customer.name = contract;
    customer.customerSince = QDate(2025, 1, 1);
    for (const QString& phone : phones) {
        const auto parsed = PhoneNumber::parse(phone, region);
        fuzz::check(parsed.ok(), "cannot set up the office", parsed.errorString());
        customer.phones.append(CustomerPhone::from(parsed.value()));
    }
    fuzz::check(CustomerService(db).create(Actor {}, customer).ok(), "cannot set up the office");
}

// Four customers with one number each; the folder goes at exit.
class Office
{
public:
    Office()
    {
        fuzz::application();
        auto opened = openAbonentDatabase(m_dir.filePath(QStringLiteral("lookup.sqlite")), Database::Mode::Create);
        fuzz::check(opened.ok(), "cannot create the database", opened.errorString());
        m_database = std::move(opened).value();
        const QSqlDatabase db = m_database->connection();
        addCustomer(db, QStringLiteral("L-1"), {QStringLiteral("+7 (495) 123-45-67")}, QStringLiteral("RU"));
        addCustomer(db, QStringLiteral("L-2"), {QStringLiteral("+380 44 555 12 34")}, QStringLiteral("UA"));
        addCustomer(db, QStringLiteral("L-3"), {QStringLiteral("(201) 555-0123")}, QStringLiteral("US"));
        addCustomer(db, QStringLiteral("L-4"), {QStringLiteral("8 916 555-00-11")}, QStringLiteral("RU"));
    }

    QSqlDatabase db() const { return m_database->connection(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::array<QString, 4> countries {
        QStringLiteral("RU"), QStringLiteral("UA"), QStringLiteral("US"), QString()};
    static const Office office;
    const QSqlDatabase db = office.db();
    const QString callerId = QString::fromUtf8(fuzz::bytesOf(data, size));
    const QString number = CallerLookup::numberIn(callerId);
    fuzz::check(number.size() <= callerId.size(), "the number is longer than the caller ID");
    for (const QString& country : countries) {
        const auto found = CallerLookup(db, country).lookup(callerId);
        fuzz::check(found.ok(), "lookup failed", found.errorString());
        if (found->unknownCaller || found->tooLong) {
            fuzz::check(found->matches.isEmpty(), "an unknown or overlong caller matched");
            fuzz::check(!(found->unknownCaller && found->tooLong), "unknown and too long at once");
        }
        fuzz::check(found->tooLong == (!found->unknownCaller && CallerLookup::isTooLong(number)), "tooLong disagrees");
        for (const CallerMatch& match : found->matches) {
            fuzz::check(match.customerId > 0, "a match without a customer");
        }
    }
    return 0;
}
