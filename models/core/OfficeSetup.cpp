#include "OfficeSetup.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "CostRates.h"
#include "Letterhead.h"
#include "OfficeSettings.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace abonent {

namespace {

const QString kOffice = QStringLiteral("setup.office");
const QString kPeople = QStringLiteral("setup.people");
const QString kSupportCost = QStringLiteral("setup.support_cost");
const QString kStartEmpty = QStringLiteral("setup.start_empty");
const QString kStarted = QStringLiteral("setup.started");
const QString kFinished = QStringLiteral("setup.finished");

} // namespace

int SetupProgress::doneCount() const
{
    return int(office) + int(letterhead) + int(plans) + int(people) + int(supportCost) + int(customers);
}

OfficeSetup::OfficeSetup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<SetupProgress> OfficeSetup::progress() const
{
    auto counts = sql::select(m_db,
                              QStringLiteral("SELECT (SELECT count(*) FROM plans WHERE active = 1),"
                                             " (SELECT count(*) FROM operators WHERE active = 1),"
                                             " EXISTS (SELECT 1 FROM customers)"));
    if (!counts) {
        return counts.error();
    }
    if (!counts->next()) {
        return sql::queryError(counts.value());
    }
    SetupProgress progress;
    progress.plans = counts->value(0).toInt() > 0;
    const int people = counts->value(1).toInt();
    progress.hasCustomers = counts->value(2).toBool();
    counts->finish();
    const OfficeSettings settings(m_db);
    const auto flag = [&settings](const QString& key) { return settings.number(key, 0).value_or(0) == 1; };
    progress.office = flag(kOffice);
    progress.people = people > 1 || flag(kPeople);
    progress.customers = progress.hasCustomers || flag(kStartEmpty);
    progress.started = flag(kStarted);
    progress.finished = flag(kFinished);
    auto letterhead = Letterhead::load(m_db);
    if (!letterhead) {
        return letterhead.error();
    }
    progress.letterhead = !letterhead->companyName.trimmed().isEmpty();
    // Until some cost is set, support costs nothing and every customer looks profitable.
    auto rates = CostRates::read(m_db);
    if (!rates) {
        return rates.error();
    }
    const auto anyAboveZero = [](const auto& byKey) {
        return std::any_of(byKey.cbegin(), byKey.cend(), [](qint64 minor) { return minor > 0; });
    };
    progress.supportCost = rates->defaultPerHourMinor > 0 || anyAboveZero(rates->operatorPerHourMinor)
        || anyAboveZero(rates->channelMinor) || flag(kSupportCost);
    return progress;
}

Status OfficeSetup::setCountryAndCurrency(const Actor& actor, const QString& country, const QString& currency)
{
    if (Status allowed = Authorization(m_db).requireManager(
            actor, tr("Only a manager or the owner can change the office's country and currency."));
        !allowed) {
        return allowed;
    }
    const QString code = currency.trimmed().toUpper();
    return inTransaction(m_db, [&]() -> Status {
        OfficeSettings settings(m_db);
        auto before = settings.currency();
        auto beforeCountry = settings.defaultCountry();
        if (!before || !beforeCountry) {
            return before ? beforeCountry.error() : before.error();
        }
        auto other = sql::scalar(m_db,
                                 QStringLiteral("SELECT coalesce((SELECT currency FROM plans WHERE currency <> ?"
                                                " UNION SELECT currency FROM payments WHERE currency <> ? LIMIT 1),"
                                                " '')"),
                                 {code, code});
        if (!other) {
            return other.error();
        }
        if (!other->toString().isEmpty()) {
            return makeError(Error::Code::Invalid,
                             tr("Plans or payments are already kept in %1, and a database keeps one currency; the "
                                "currency stays %1.")
                                 .arg(other->toString()));
        }
        if (Status status = settings.setDefaultCountry(country); !status) {
            return status;
        }
        if (Status status = settings.setCurrency(code); !status) {
            return status;
        }
        if (Status status = settings.setNumber(kOffice, 1); !status) {
            return status;
        }
        return AuditLog(m_db).record(
            actor,
            0,
            AuditLog::officeSetUp(),
            {{QStringLiteral("country"), beforeCountry.value()}, {QStringLiteral("currency"), before.value()}},
            {{QStringLiteral("country"), country.trimmed().toUpper()}, {QStringLiteral("currency"), code}});
    });
}

Status OfficeSetup::confirm(const Actor& actor, const QString& key)
{
    if (Status allowed =
            Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can set up the office."));
        !allowed) {
        return allowed;
    }
    return inTransaction(m_db, [&]() -> Status {
        if (Status status = OfficeSettings(m_db).setNumber(key, 1); !status) {
            return status;
        }
        return AuditLog(m_db).record(actor, 0, AuditLog::officeSetUp(), {}, {{key, 1}});
    });
}

Status OfficeSetup::confirmPeople(const Actor& actor)
{
    return confirm(actor, kPeople);
}

Status OfficeSetup::confirmSupportCost(const Actor& actor)
{
    return confirm(actor, kSupportCost);
}

Status OfficeSetup::startEmpty(const Actor& actor)
{
    return confirm(actor, kStartEmpty);
}

Status OfficeSetup::markStarted()
{
    return OfficeSettings(m_db).setNumber(kStarted, 1);
}

Status OfficeSetup::markFinished()
{
    return OfficeSettings(m_db).setNumber(kFinished, 1);
}

} // namespace abonent
