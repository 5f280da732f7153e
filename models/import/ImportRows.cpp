#include "ImportRows.h"

#include "BatchInsert.h"
#include "Csv.h"
#include "CustomerRepository.h"
#include "EnteredDates.h"
#include "Entities.h"
#include "ImportValues.h"
#include "InputParsing.h"
#include "Money.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

namespace abonent {

ImportRow::ImportRow(const CsvRecord& record, const ImportColumns& columns, const QStringList& headings)
    : m_record(record)
    , m_columns(columns)
    , m_headings(headings)
{
}

int ImportRow::column(const QString& field) const
{
    for (const auto& [key, column] : m_columns) {
        if (QStringView(key) == QStringView(field)) { // lengths first, then the characters
            return column;
        }
    }
    return -1;
}

QString ImportRow::text(const QString& field) const
{
    const int column = this->column(field);
    if (column < 0 || column >= m_record.fields.size()) {
        return {};
    }
    // A value a spreadsheet export kept from being read as a formula
    // ("'=…", "'+7 …") is read as it was before the apostrophe.
    return Csv::unguarded(m_record.fields.at(column).trimmed()).trimmed();
}

void ImportRow::refuse(const QString& field, const QString& message)
{
    const int column = this->column(field);
    m_problems.append(
        {m_record.line, column >= 0 ? m_headings.value(column) : QString(), text(field).left(200), message});
}

void ImportRow::refuseRow(const QString& message)
{
    m_problems.append({m_record.line, QString(), QString(), message});
}

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
};

// Contract numbers of the customers already stored, to their ids; and
// those whose personal data was erased, which no file fills in again.
struct StoredContracts
{
    QHash<QString, qint64> ids;
    QSet<QString> erased;
};

Result<StoredContracts> storedContracts(const QSqlDatabase& db)
{
    auto query = sql::select(db, QStringLiteral("SELECT contract_number, id, erased_at FROM customers"));
    if (!query) {
        return query.error();
    }
    StoredContracts contracts;
    while (query->next()) {
        contracts.ids.insert(query->value(0).toString(), query->value(1).toLongLong());
        if (!query->value(2).isNull()) {
            contracts.erased.insert(query->value(0).toString());
        }
    }
    return contracts;
}

QString erasedCustomer(const QString& contract)
{
    return Texts::tr("The personal data of the customer with contract number %1 was erased; no import fills it in "
                     "again. Leave this row out.")
        .arg(contract);
}

// Plans by name, compared without regard to case.
Result<QHash<QString, Plan>> storedPlans(const QSqlDatabase& db)
{
    auto plans = PlanRepository(db).all();
    if (!plans) {
        return plans.error();
    }
    QHash<QString, Plan> byName;
    for (const Plan& plan : plans.value()) {
        byName.insert(plan.name.trimmed().toLower(), plan);
    }
    return byName;
}

QString noCustomer(const QString& contract)
{
    return Texts::tr("No customer has the contract number %1; import the customers first.").arg(contract);
}

QString noPlan(const QString& name)
{
    return Texts::tr("There is no plan called \"%1\"; import the plans first or create it under Settings → Plans.")
        .arg(name);
}

QString badDate(DateOrder order)
{
    return order == DateOrder::MonthDayYear ? Texts::tr("This is not a date written as 12/31/2025 or 2025-12-31.")
                                            : Texts::tr("This is not a date written as 31.12.2025 or 2025-12-31.");
}

// A date read from `field`, checked as `kind`; problems said on the row.
std::optional<QDate> readDate(
    ImportRow& row, const QString& field, const ImportContext& context, EnteredDates::Kind kind, const QString& what)
{
    const auto date = ImportValues::date(row.text(field), *context.mapping.dateOrder);
    if (!date) {
        row.refuse(field, badDate(*context.mapping.dateOrder));
        return std::nullopt;
    }
    if (Status sensible = EnteredDates::check(*date, kind, what, context.today); !sensible) {
        row.refuse(field, sensible.errorString());
        return std::nullopt;
    }
    return date;
}

// The number in `field`, parsed once an import: the check pass leaves it
// in the import's memo for the write pass.
std::optional<CustomerPhone> readPhone(ImportRow& row, const QString& field, const ImportContext& context)
{
    const QString text = row.text(field);
    QHash<QString, CustomerPhone>& parsed = context.memo->phones;
    if (const auto known = parsed.constFind(text); known != parsed.cend()) {
        return known.value();
    }
    auto number = PhoneNumber::parse(text, context.country);
    if (!number) {
        row.refuse(field, Texts::tr("This is not a phone number: %1").arg(number.errorString()));
        return std::nullopt;
    }
    const CustomerPhone phone = CustomerPhone::from(number.value());
    parsed.insert(text, phone);
    return phone;
}

// The value a word in a column names (a channel, an outcome, a kind of
// customer), worked out once an import for each word the file uses: a
// column of them holds a handful of words, and working one out compares it
// with every code, label and synonym. The words are few, so they are looked
// up one after the other rather than hashed.
template <typename Enum>
class KnownWords
{
public:
    using Reader = std::optional<Enum> (*)(const QString&);

    explicit KnownWords(Reader read)
        : m_read(read)
    {
    }

    std::optional<Enum> operator()(const QString& text) const
    {
        for (const auto& [word, value] : m_known) {
            if (QStringView(word) == QStringView(text)) {
                return value;
            }
        }
        const std::optional<Enum> value = m_read(text);
        if (m_known.size() < kMostWords) { // a column of free text gains nothing from it
            m_known.append({text, value});
        }
        return value;
    }

private:
    static constexpr qsizetype kMostWords = 32;
    Reader m_read;
    mutable QList<std::pair<QString, std::optional<Enum>>> m_known;
};

// New rows are written this many a statement: a statement each costs more
// than the row, and on the customers table every statement's savepoint
// makes the full-text indexes flush what they have gathered (FTS5's
// xSavepoint), so one customer a statement wrote each customer's words as a
// segment of their own, merged again and again.
constexpr int kRowsPerStatement = 500;

// The highest id in `table`, inside the import's transaction: the new rows
// of an import are given the ids that follow it, as SQLite would give them,
// so that the rows that refer to them can be written in batches too.
// (PostgreSQL would take these ids from the table's sequence instead.)
Result<qint64> highestId(const QSqlDatabase& db, const QString& table)
{
    auto highest = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (!highest) {
        return highest.error();
    }
    return highest->toLongLong();
}

// The row's text for a field that needs one; refused when empty, with the
// message `message()` gives (translated only then).
template <typename Message>
QString required(ImportRow& row, const QString& field, Message message)
{
    const QString text = row.text(field);
    if (text.isEmpty()) {
        row.refuse(field, message());
    }
    return text;
}

// A contract the row names that must already be stored.
std::optional<qint64> storedCustomer(ImportRow& row, const StoredContracts& contracts)
{
    const QString contract =
        required(row, QStringLiteral("contract"), [] { return Texts::tr("The contract number is empty."); });
    if (contract.isEmpty()) {
        return std::nullopt;
    }
    const auto found = contracts.ids.constFind(contract);
    if (found == contracts.ids.cend()) {
        row.refuse(QStringLiteral("contract"), noCustomer(contract));
        return std::nullopt;
    }
    if (contracts.erased.contains(contract)) {
        row.refuse(QStringLiteral("contract"), erasedCustomer(contract));
        return std::nullopt;
    }
    return found.value();
}

Status prepare(QSqlQuery& query, const QString& statement)
{
    return query.prepare(statement) ? Status {} : Status {sql::queryError(query)};
}

// ---------------------------------------------------------------- customers

class CustomerImport : public KindImport
{
public:
    explicit CustomerImport(const ImportContext& context)
        : m_context(context)
        , m_customers(context.db,
                      QStringLiteral("customers"),
                      {QStringLiteral("id"),
                       QStringLiteral("contract_number"),
                       QStringLiteral("kind"),
                       QStringLiteral("name"),
                       QStringLiteral("address"),
                       QStringLiteral("email"),
                       QStringLiteral("customer_since"),
                       QStringLiteral("search_words"),
                       QStringLiteral("search_digits"),
                       QStringLiteral("notes"),
                       QStringLiteral("status"),
                       QStringLiteral("created_at"),
                       QStringLiteral("updated_at")},
                      kRowsPerStatement)
        , m_phones(context.db,
                   QStringLiteral("phones"),
                   {QStringLiteral("customer_id"),
                    QStringLiteral("position"),
                    QStringLiteral("raw"),
                    QStringLiteral("e164"),
                    QStringLiteral("extension"),
                    QStringLiteral("tail_key"),
                    QStringLiteral("label")},
                   kRowsPerStatement)
        , m_periods(context.db,
                    QStringLiteral("plan_periods"),
                    {QStringLiteral("customer_id"), QStringLiteral("plan_id"), QStringLiteral("starts_on")},
                    kRowsPerStatement)
        , m_balances(context.db,
                     QStringLiteral("opening_balances"),
                     {QStringLiteral("customer_id"),
                      QStringLiteral("as_of"),
                      QStringLiteral("balance_minor"),
                      QStringLiteral("currency"),
                      QStringLiteral("recorded_at")},
                     kRowsPerStatement)
        , m_period(context.db)
        , m_balance(context.db)
    {
    }

    Status load() override
    {
        auto contracts = storedContracts(m_context.db);
        if (!contracts) {
            return contracts.error();
        }
        m_contracts = contracts.value();
        auto plans = storedPlans(m_context.db);
        if (!plans) {
            return plans.error();
        }
        m_plans = plans.value();
        auto highest = highestId(m_context.db, QStringLiteral("customers"));
        if (!highest) {
            return highest.error();
        }
        m_nextId = highest.value() + 1;
        const SqlDialect dialect = SqlDialect::of(m_context.db);
        for (Status prepared :
             {prepare(m_period,
                      QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on) VALUES (?, ?, ?)")),
              prepare(m_balance,
                      QStringLiteral("INSERT INTO opening_balances (customer_id, as_of, balance_minor, currency,"
                                     " recorded_at) VALUES (?, ?, ?, ?, ?)")
                          + dialect.upsertClause({QStringLiteral("customer_id")},
                                                 QStringLiteral("as_of = excluded.as_of,"
                                                                " balance_minor = excluded.balance_minor,"
                                                                " currency = excluded.currency,"
                                                                " recorded_at = excluded.recorded_at")))}) {
            if (!prepared) {
                return prepared;
            }
        }
        return {};
    }

    void check(ImportRow& row) override
    {
        const QString contract =
            required(row, QStringLiteral("contract"), [] { return Texts::tr("The contract number is empty."); });
        if (!contract.isEmpty()) {
            const int earlier = m_seen.value(contract, 0);
            if (earlier > 0) {
                row.refuse(QStringLiteral("contract"),
                           Texts::tr("Line %1 has this contract number already.").arg(earlier));
            } else {
                m_seen.insert(contract, row.line());
            }
        }
        if (m_contracts.erased.contains(contract)) {
            row.refuse(QStringLiteral("contract"), erasedCustomer(contract));
        }
        const bool isNew = !m_contracts.ids.contains(contract);
        read(row, isNew);
    }

    Result<RowEffect> write(ImportRow& row) override
    {
        const QString contract = row.text(QStringLiteral("contract"));
        const auto stored = m_contracts.ids.constFind(contract);
        const Read values = read(row, stored == m_contracts.ids.cend());
        if (row.refused()) {
            return makeError(Error::Code::Invalid, row.problems().first().message);
        }
        if (stored == m_contracts.ids.cend()) {
            return insert(values);
        }
        return update(stored.value(), values);
    }

private:
    // What a row says, field by field; unset where the file says nothing.
    struct Read
    {
        Customer customer;
        QVarLengthArray<QString, 12> given; // fields with a value (a few of a dozen: no set needed)
        std::optional<Plan> plan;
        std::optional<qint64> balanceMinor;
        std::optional<QDate> balanceOn; // the row's own, when the file says
    };

    Read read(ImportRow& row, bool isNew) const
    {
        Read values;
        Customer& customer = values.customer;
        customer.contractNumber = row.text(QStringLiteral("contract"));
        const auto give = [&](const QString& field) {
            const bool has = !row.text(field).isEmpty();
            if (has) {
                values.given.append(field);
            }
            return has;
        };
        customer.name = row.text(QStringLiteral("name"));
        if (!give(QStringLiteral("name")) && isNew) {
            row.refuse(QStringLiteral("name"), Texts::tr("A new customer needs a name."));
        }
        if (give(QStringLiteral("kind"))) {
            const auto kind = m_kinds(row.text(QStringLiteral("kind")));
            if (!kind) {
                row.refuse(QStringLiteral("kind"), Texts::tr("Write \"person\" or \"company\"."));
            }
            customer.kind = kind.value_or(CustomerKind::Person);
        }
        for (const QString& field : {QStringLiteral("phone"), QStringLiteral("phone2")}) {
            if (give(field)) {
                if (const auto phone = readPhone(row, field, m_context)) {
                    customer.phones.append(*phone);
                }
            }
        }
        if (isNew && !values.given.contains(QStringLiteral("phone"))
            && !values.given.contains(QStringLiteral("phone2"))) {
            row.refuse(QStringLiteral("phone"), Texts::tr("A new customer needs a phone number."));
        }
        customer.address = row.text(QStringLiteral("address"));
        give(QStringLiteral("address"));
        customer.email = row.text(QStringLiteral("email"));
        if (give(QStringLiteral("email"))) {
            if (const QString problem = CustomerRepository::emailProblem(customer.email); !problem.isEmpty()) {
                row.refuse(QStringLiteral("email"), problem);
            }
        }
        customer.notes = row.text(QStringLiteral("notes"));
        give(QStringLiteral("notes"));
        if (give(QStringLiteral("status"))) {
            const auto status = m_statuses(row.text(QStringLiteral("status")));
            if (!status) {
                row.refuse(QStringLiteral("status"),
                           Texts::tr("Write active, suspended, notice given, terminated or archived."));
            }
            customer.status = status.value_or(CustomerStatus::Active);
        }
        customer.customerSince = m_context.today;
        if (give(QStringLiteral("since"))) {
            customer.customerSince =
                readDate(row, QStringLiteral("since"), m_context, EnteredDates::Kind::ContractStart, m_sinceLabel)
                    .value_or(m_context.today);
        }
        if (give(QStringLiteral("plan"))) {
            const QString name = row.text(QStringLiteral("plan"));
            const auto plan = m_plans.constFind(name.toLower());
            if (plan == m_plans.cend()) {
                row.refuse(QStringLiteral("plan"), noPlan(name));
            } else {
                values.plan = plan.value();
            }
        }
        if (give(QStringLiteral("balance"))) {
            values.balanceMinor = ImportValues::amount(
                row.text(QStringLiteral("balance")), m_context.currency, *m_context.mapping.decimalComma);
            if (!values.balanceMinor) {
                row.refuse(QStringLiteral("balance"),
                           Texts::tr("This is not an amount in %1 (write 1234.50, or -1234.50 for money owed).")
                               .arg(m_context.currency));
            }
        }
        if (give(QStringLiteral("balance_on"))) {
            values.balanceOn =
                readDate(row, QStringLiteral("balance_on"), m_context, EnteredDates::Kind::Happened, m_balanceOnLabel);
        }
        return values;
    }

    // A new customer takes the next id and waits, with the others of its
    // batch, to be written by writeWaiting().
    Result<RowEffect> insert(const Read& values)
    {
        const qint64 id = m_nextId++;
        m_contracts.ids.insert(values.customer.contractNumber, id);
        m_waiting.append({id, values});
        if (m_waiting.size() >= kRowsPerStatement) {
            if (Status written = writeWaiting(); !written) {
                return written.error();
            }
        }
        return RowEffect::Added;
    }

    // The new customers waiting, in one statement, then their phones, plans
    // and balances, which need their customers written first (foreign keys)
    // and go in batches of their own.
    Status writeWaiting()
    {
        const qint64 now = sql::toEpoch(QDateTime::currentDateTimeUtc());
        for (const auto& [id, values] : std::as_const(m_waiting)) {
            const Customer& customer = values.customer;
            if (Status added = m_customers.add({id,
                                                customer.contractNumber,
                                                codeOf(customer.kind),
                                                customer.name,
                                                customer.address,
                                                customer.email,
                                                sql::toDateValue(customer.customerSince),
                                                SearchText::wordsOf(customer),
                                                SearchText::digitsOf(customer),
                                                customer.notes,
                                                codeOf(customer.status),
                                                now,
                                                now});
                !added) {
                return added;
            }
        }
        if (m_waiting.size() < kRowsPerStatement) {
            // The last, shorter batch: a full one has been written by add() already.
            if (Status written = m_customers.finish(); !written) {
                return written;
            }
        }
        const QVariant importBalanceOn = sql::toDateValue(balanceOn()); // for a row that gives none
        for (const auto& [id, values] : std::as_const(m_waiting)) {
            const Customer& customer = values.customer;
            int position = 0;
            QSet<QString> written;
            for (const CustomerPhone& phone : customer.phones) {
                // The same number in both phone columns is written once.
                if (!written.contains(phone.e164 + phone.extension)) {
                    written.insert(phone.e164 + phone.extension);
                    if (Status added = m_phones.add(
                            {id, position++, phone.raw, phone.e164, phone.extension, phone.tailKey, phone.label});
                        !added) {
                        return added;
                    }
                }
            }
            if (values.plan) {
                if (Status added = m_periods.add({id, values.plan->id, sql::toDateValue(customer.customerSince)});
                    !added) {
                    return added;
                }
            }
            if (values.balanceMinor) {
                if (Status added =
                        m_balances.add({id,
                                        values.balanceOn ? sql::toDateValue(*values.balanceOn) : importBalanceOn,
                                        *values.balanceMinor,
                                        m_context.currency,
                                        now});
                    !added) {
                    return added;
                }
            }
        }
        m_waiting.clear();
        return {};
    }

    Status finish() override
    {
        if (Status written = writeWaiting(); !written) {
            return written;
        }
        for (BatchInsert* table : {&m_phones, &m_periods, &m_balances}) {
            if (Status written = table->finish(); !written) {
                return written;
            }
        }
        return {};
    }

    Result<RowEffect> update(qint64 id, const Read& values)
    {
        CustomerRepository customers(m_context.db);
        auto stored = customers.findForWriting(id);
        if (!stored) {
            return stored.error();
        }
        Customer merged = stored.value();
        const Customer& read = values.customer;
        const auto given = [&](const char* field) { return values.given.contains(QString::fromLatin1(field)); };
        if (given("name")) {
            merged.name = read.name;
        }
        if (given("kind")) {
            merged.kind = read.kind;
        }
        if (given("address")) {
            merged.address = read.address;
        }
        if (given("email")) {
            merged.email = read.email;
        }
        if (given("since")) {
            merged.customerSince = read.customerSince;
        }
        for (const CustomerPhone& phone : read.phones) {
            const bool known = std::any_of(merged.phones.cbegin(), merged.phones.cend(), [&](const CustomerPhone& had) {
                return had.e164 == phone.e164 && had.extension == phone.extension;
            });
            if (!known) {
                merged.phones.append(phone);
            }
        }
        bool changed = false;
        const Customer& before = stored.value();
        if (merged.name != before.name || merged.kind != before.kind || merged.address != before.address
            || merged.email != before.email || merged.customerSince != before.customerSince
            || merged.phones.size() != before.phones.size()) {
            if (Status saved = customers.update(merged); !saved) {
                return saved.error();
            }
            changed = true;
        }
        // Notes written here since are kept: the file's text joins them
        // unless they already hold it.
        if (given("notes") && !read.notes.trimmed().isEmpty() && !before.notes.contains(read.notes.trimmed())) {
            const QString notes = before.notes.trimmed().isEmpty()
                ? read.notes
                : before.notes.trimmed() + QStringLiteral("\n\n") + read.notes.trimmed();
            if (Status saved = customers.saveNotes(id, notes, m_context.actor.operatorId, before.notesVersion);
                !saved) {
                return saved.error();
            }
            changed = true;
        }
        if (given("status") && read.status != before.status) {
            if (Status saved = customers.setStatus(id, read.status); !saved) {
                return saved.error();
            }
            changed = true;
        }
        if (values.plan) {
            auto moved = movePlan(id, values.plan->id, before.customerSince);
            if (!moved) {
                return moved.error();
            }
            changed = changed || moved.value();
        }
        if (values.balanceMinor) {
            // The same balance read again keeps the day it was first given for:
            // moving it would drop the payments recorded since.
            auto current = sql::select(m_context.db,
                                       QStringLiteral("SELECT balance_minor, as_of FROM opening_balances"
                                                      " WHERE customer_id = ? AND currency = ?"),
                                       {id, m_context.currency});
            if (!current) {
                return current.error();
            }
            const bool stored = current->next();
            const bool same = stored && current->value(0).toLongLong() == *values.balanceMinor
                && (!values.balanceOn || sql::fromDateValue(current->value(1)) == *values.balanceOn);
            current->finish();
            if (!same) {
                if (Status status = writeBalance(id, values); !status) {
                    return status.error();
                }
                changed = true;
            }
        }
        return changed ? RowEffect::Updated : RowEffect::Unchanged;
    }

    // Puts a stored customer on `planId` from the day of the import, unless
    // that is the plan in force already. True when something changed.
    Result<bool> movePlan(qint64 customerId, qint64 planId, const QDate& since)
    {
        auto open = sql::select(m_context.db,
                                QStringLiteral("SELECT id, plan_id, starts_on FROM plan_periods"
                                               " WHERE customer_id = ? AND ends_on IS NULL"),
                                {customerId});
        if (!open) {
            return open.error();
        }
        if (!open->next()) {
            open->finish();
            if (Status status = sql::execPrepared(m_period, {customerId, planId, sql::toDateValue(since)}); !status) {
                return status.error();
            }
            return true;
        }
        if (open->value(1).toLongLong() == planId) {
            return false;
        }
        const qint64 periodId = open->value(0).toLongLong();
        const QDate startedOn = sql::fromDateValue(open->value(2));
        open->finish();
        if (startedOn >= m_context.today) {
            // Started today: the plan is corrected rather than changed.
            QSqlQuery fix(m_context.db);
            if (Status status = sql::exec(
                    fix, QStringLiteral("UPDATE plan_periods SET plan_id = ? WHERE id = ?"), {planId, periodId});
                !status) {
                return status.error();
            }
            return true;
        }
        auto changed = PlanRepository(m_context.db).changePlan(customerId, planId, m_context.today);
        if (!changed) {
            return changed.error();
        }
        return true;
    }

    QDate balanceOn() const
    {
        return m_context.mapping.balanceOn.isValid() ? m_context.mapping.balanceOn : m_context.today;
    }

    Status writeBalance(qint64 customerId, const Read& values)
    {
        if (!values.balanceMinor) {
            return {};
        }
        return sql::execPrepared(m_balance,
                                 {customerId,
                                  sql::toDateValue(values.balanceOn.value_or(balanceOn())),
                                  *values.balanceMinor,
                                  m_context.currency,
                                  sql::toEpoch(QDateTime::currentDateTimeUtc())});
    }

    const ImportContext& m_context;
    StoredContracts m_contracts;
    QHash<QString, Plan> m_plans;
    QHash<QString, int> m_seen; // contract → the line it was first on
    const QString m_sinceLabel = Texts::tr("Customer since"); // translated once
    const QString m_balanceOnLabel = Texts::tr("Balance as of");
    KnownWords<CustomerKind> m_kinds {&ImportValues::customerKind};
    KnownWords<CustomerStatus> m_statuses {&ImportValues::customerStatus};
    qint64 m_nextId = 0;
    QList<std::pair<qint64, Read>> m_waiting; // new customers not written yet, with their ids
    BatchInsert m_customers;
    BatchInsert m_phones;
    BatchInsert m_periods;
    BatchInsert m_balances;
    QSqlQuery m_period; // an open period for a customer already stored
    QSqlQuery m_balance; // an opening balance for a customer already stored
};

// ---------------------------------------------------------------- phones

class PhoneImport : public KindImport
{
public:
    explicit PhoneImport(const ImportContext& context)
        : m_context(context)
        , m_insert(context.db)
    {
    }

    Status load() override
    {
        auto contracts = storedContracts(m_context.db);
        if (!contracts) {
            return contracts.error();
        }
        m_contracts = contracts.value();
        return prepare(
            m_insert,
            QStringLiteral("INSERT INTO phones (customer_id, position, raw, e164, extension, tail_key, label)"
                           " SELECT ?, coalesce(max(position), -1) + 1, ?, ?, ?, ?, ? FROM phones"
                           " WHERE customer_id = ?"
                           " ON CONFLICT (customer_id, e164, extension) DO NOTHING"));
    }

    void check(ImportRow& row) override
    {
        storedCustomer(row, m_contracts);
        required(row, QStringLiteral("phone"), [] { return Texts::tr("The phone number is empty."); });
        if (!row.text(QStringLiteral("phone")).isEmpty()) {
            readPhone(row, QStringLiteral("phone"), m_context);
        }
    }

    Result<RowEffect> write(ImportRow& row) override
    {
        const auto customer = storedCustomer(row, m_contracts);
        auto phone = readPhone(row, QStringLiteral("phone"), m_context);
        if (!customer || !phone) {
            return makeError(Error::Code::Invalid, row.problems().value(0).message);
        }
        phone->label = row.text(QStringLiteral("label"));
        if (Status status = sql::execPrepared(
                m_insert,
                {*customer, phone->raw, phone->e164, phone->extension, phone->tailKey, phone->label, *customer});
            !status) {
            return status.error();
        }
        if (m_insert.numRowsAffected() > 0) {
            m_touched.insert(*customer);
            return RowEffect::Added;
        }
        return RowEffect::Unchanged;
    }

    // The search finds a customer by every number, so it learns the new ones.
    Status finish() override
    {
        CustomerRepository customers(m_context.db);
        QSqlQuery update(m_context.db);
        if (Status prepared =
                prepare(update,
                        // New phones are the editor's fields: an editor open on the old list must not save over them.
                        QStringLiteral("UPDATE customers SET search_words = ?, search_digits = ?,"
                                       " details_version = details_version + 1 WHERE id = ?"));
            !prepared) {
            return prepared;
        }
        for (const qint64 id : std::as_const(m_touched)) {
            auto customer = customers.find(id);
            if (!customer) {
                return customer.error();
            }
            if (Status status = sql::execPrepared(
                    update, {SearchText::wordsOf(customer.value()), SearchText::digitsOf(customer.value()), id});
                !status) {
                return status;
            }
        }
        return {};
    }

private:
    const ImportContext& m_context;
    StoredContracts m_contracts;
    QSet<qint64> m_touched;
    QSqlQuery m_insert;
};

// ---------------------------------------------------------------- plans

class PlanImport : public KindImport
{
public:
    explicit PlanImport(const ImportContext& context)
        : m_context(context)
    {
    }

    Status load() override
    {
        auto plans = storedPlans(m_context.db);
        if (!plans) {
            return plans.error();
        }
        m_plans = plans.value();
        return {};
    }

    void check(ImportRow& row) override
    {
        const QString name = required(row, QStringLiteral("name"), [] { return Texts::tr("The plan has no name."); });
        if (!name.isEmpty()) {
            const int earlier = m_seen.value(name.toLower(), 0);
            if (earlier > 0) {
                row.refuse(QStringLiteral("name"), Texts::tr("Line %1 has this plan already.").arg(earlier));
            } else {
                m_seen.insert(name.toLower(), row.line());
            }
        }
        read(row);
    }

    Result<RowEffect> write(ImportRow& row) override
    {
        const Plan plan = read(row);
        if (row.refused()) {
            return makeError(Error::Code::Invalid, row.problems().first().message);
        }
        const auto stored = m_plans.constFind(plan.name.toLower());
        if (stored == m_plans.cend()) {
            auto added = PlanRepository(m_context.db).add(plan);
            if (!added) {
                return added.error();
            }
            Plan kept = plan;
            kept.id = added.value();
            m_plans.insert(plan.name.toLower(), kept);
            return RowEffect::Added;
        }
        const Plan& before = stored.value();
        if (before.supportIncluded == plan.supportIncluded
            && before.includedSupportMinutes == plan.includedSupportMinutes
            && before.paidSupportRatePerMinuteMinor == plan.paidSupportRatePerMinuteMinor
            && before.active == plan.active) {
            return RowEffect::Unchanged;
        }
        QSqlQuery update(m_context.db);
        if (Status status =
                sql::exec(update,
                          QStringLiteral("UPDATE plans SET support_included = ?, included_support_minutes = ?,"
                                         " paid_support_rate_minor = ?, active = ? WHERE id = ?"),
                          {plan.supportIncluded ? 1 : 0,
                           plan.includedSupportMinutes,
                           plan.paidSupportRatePerMinuteMinor,
                           plan.active ? 1 : 0,
                           before.id});
            !status) {
            return status.error();
        }
        return RowEffect::Updated;
    }

private:
    Plan read(ImportRow& row) const
    {
        Plan plan;
        plan.name = row.text(QStringLiteral("name"));
        const bool comma = *m_context.mapping.decimalComma;
        const auto fee = ImportValues::amount(row.text(QStringLiteral("fee")), m_context.currency, comma);
        if (!fee || *fee < 0) {
            row.refuse(QStringLiteral("fee"),
                       Texts::tr("The monthly fee must be an amount in %1, such as 25.00.").arg(m_context.currency));
        }
        plan.monthlyFee = Money {fee.value_or(0), m_context.currency};
        if (const QString minutes = row.text(QStringLiteral("minutes")); !minutes.isEmpty()) {
            bool whole = false;
            plan.includedSupportMinutes = minutes.toInt(&whole);
            if (!whole || plan.includedSupportMinutes < 0) {
                row.refuse(QStringLiteral("minutes"), Texts::tr("Write the support minutes as a whole number."));
            }
        }
        if (const QString rate = row.text(QStringLiteral("rate")); !rate.isEmpty()) {
            const auto minor = ImportValues::amount(rate, m_context.currency, comma);
            if (!minor || *minor < 0) {
                row.refuse(QStringLiteral("rate"), Texts::tr("This is not an amount in %1.").arg(m_context.currency));
            }
            plan.paidSupportRatePerMinuteMinor = minor.value_or(0);
        }
        if (const QString without = row.text(QStringLiteral("no_support")); !without.isEmpty()) {
            const auto yes = ImportValues::yesNo(without);
            if (!yes) {
                row.refuse(QStringLiteral("no_support"), Texts::tr("Write yes or no."));
            }
            plan.supportIncluded = !yes.value_or(false);
        }
        if (const QString active = row.text(QStringLiteral("active")); !active.isEmpty()) {
            const auto yes = ImportValues::yesNo(active);
            if (!yes) {
                row.refuse(QStringLiteral("active"), Texts::tr("Write yes or no."));
            }
            plan.active = yes.value_or(true);
        }
        // A fee in force has been charged: changing it here would rewrite
        // what every customer on the plan owed.
        const auto stored = m_plans.constFind(plan.name.toLower());
        if (fee && stored != m_plans.cend() && stored->monthlyFee.minor != *fee) {
            row.refuse(QStringLiteral("fee"),
                       Texts::tr("The plan costs %1 in Abonent; a fee is changed in Abonent, from a date, so that what "
                                 "was charged before stays as it was.")
                           .arg(stored->monthlyFee.format()));
        }
        return plan;
    }

    const ImportContext& m_context;
    QHash<QString, Plan> m_plans;
    QHash<QString, int> m_seen;
};

// ---------------------------------------------------------------- plan periods

class PlanPeriodImport : public KindImport
{
public:
    explicit PlanPeriodImport(const ImportContext& context)
        : m_context(context)
    {
    }

    Status load() override
    {
        auto contracts = storedContracts(m_context.db);
        if (!contracts) {
            return contracts.error();
        }
        m_contracts = contracts.value();
        auto plans = storedPlans(m_context.db);
        if (!plans) {
            return plans.error();
        }
        m_plans = plans.value();
        // What is recorded already: a period from the file may not overlap it
        // (but for the period in force, which a later one ends).
        auto stored =
            sql::select(m_context.db, QStringLiteral("SELECT customer_id, starts_on, ends_on FROM plan_periods"));
        if (!stored) {
            return stored.error();
        }
        while (stored->next()) {
            m_stored[stored->value(0).toLongLong()].append(
                {sql::fromDateValue(stored->value(1)), sql::fromDateValue(stored->value(2))});
        }
        return {};
    }

    void check(ImportRow& row) override
    {
        const auto period = read(row);
        if (!period) {
            return;
        }
        for (const auto& [startsOn, endsOn] : m_stored.value(period->customerId)) {
            if (startsOn == period->startsOn || (!endsOn.isValid() && startsOn < period->startsOn)) {
                continue; // the same period, or the one in force that this one ends
            }
            const bool before = period->endsOn.isValid() && period->endsOn <= startsOn;
            const bool after = endsOn.isValid() && endsOn <= period->startsOn;
            if (!before && !after) {
                row.refuseRow(Texts::tr("This period overlaps the one from %1 already recorded.")
                                  .arg(startsOn.toString(Qt::ISODate)));
                return;
            }
        }
        // Periods of one customer in the file do not overlap.
        QList<PlanPeriod>& earlier = m_periods[period->customerId];
        for (const PlanPeriod& other : std::as_const(earlier)) {
            const bool before = period->endsOn.isValid() && period->endsOn <= other.startsOn;
            const bool after = other.endsOn.isValid() && other.endsOn <= period->startsOn;
            if (!before && !after) {
                row.refuseRow(Texts::tr("This period overlaps the one from %1 on line %2.")
                                  .arg(other.startsOn.toString(Qt::ISODate))
                                  .arg(other.id));
                return;
            }
        }
        PlanPeriod kept = *period;
        kept.id = row.line(); // where it was, for the message above
        earlier.append(kept);
    }

    Result<RowEffect> write(ImportRow& row) override
    {
        const auto period = read(row);
        if (!period) {
            return makeError(Error::Code::Invalid, row.problems().value(0).message);
        }
        auto same = sql::select(m_context.db,
                                QStringLiteral("SELECT id, plan_id, ends_on FROM plan_periods"
                                               " WHERE customer_id = ? AND starts_on = ?"),
                                {period->customerId, sql::toDateValue(period->startsOn)});
        if (!same) {
            return same.error();
        }
        QSqlQuery write(m_context.db);
        if (same->next()) {
            const qint64 id = same->value(0).toLongLong();
            const bool unchanged =
                same->value(1).toLongLong() == period->planId && sql::fromDateValue(same->value(2)) == period->endsOn;
            same->finish();
            if (unchanged) {
                return RowEffect::Unchanged;
            }
            if (Status status =
                    sql::exec(write,
                              QStringLiteral("UPDATE plan_periods SET plan_id = ?, ends_on = ? WHERE id = ?"),
                              {period->planId, sql::toDateValue(period->endsOn), id});
                !status) {
                return status.error();
            }
            return RowEffect::Updated;
        }
        same->finish();
        // A later period ends the one in force.
        if (Status status =
                sql::exec(write,
                          QStringLiteral("UPDATE plan_periods SET ends_on = ? WHERE customer_id = ?"
                                         " AND ends_on IS NULL AND starts_on < ?"),
                          {sql::toDateValue(period->startsOn), period->customerId, sql::toDateValue(period->startsOn)});
            !status) {
            return status.error();
        }
        if (Status status =
                sql::exec(write,
                          QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on, ends_on)"
                                         " VALUES (?, ?, ?, ?)"),
                          {period->customerId,
                           period->planId,
                           sql::toDateValue(period->startsOn),
                           sql::toDateValue(period->endsOn)});
            !status) {
            return status.error();
        }
        return RowEffect::Added;
    }

private:
    std::optional<PlanPeriod> read(ImportRow& row) const
    {
        PlanPeriod period;
        const auto customer = storedCustomer(row, m_contracts);
        const QString name = required(row, QStringLiteral("plan"), [] { return Texts::tr("The plan is empty."); });
        const auto plan = m_plans.constFind(name.toLower());
        if (!name.isEmpty() && plan == m_plans.cend()) {
            row.refuse(QStringLiteral("plan"), noPlan(name));
        }
        const auto from =
            readDate(row, QStringLiteral("from"), m_context, EnteredDates::Kind::ContractStart, Texts::tr("From"));
        if (!row.text(QStringLiteral("until")).isEmpty()) {
            const auto until = ImportValues::date(row.text(QStringLiteral("until")), *m_context.mapping.dateOrder);
            if (!until) {
                row.refuse(QStringLiteral("until"), badDate(*m_context.mapping.dateOrder));
            } else if (from && *until <= *from) {
                row.refuse(QStringLiteral("until"), Texts::tr("The period must end after it starts."));
            } else {
                period.endsOn = *until;
            }
        }
        if (row.refused() || !customer || !from) {
            return std::nullopt;
        }
        period.customerId = *customer;
        period.planId = plan->id;
        period.startsOn = *from;
        return period;
    }

    const ImportContext& m_context;
    StoredContracts m_contracts;
    QHash<QString, Plan> m_plans;
    QHash<qint64, QList<PlanPeriod>> m_periods;
    QHash<qint64, QList<QPair<QDate, QDate>>> m_stored; // starts, ends by customer
};

// ------------------------------------------------- payments and contacts

// Rows that may come again: known by the old system's id when the file has
// one, else by what they say (the same contract, day and amount; the same
// contract, time and channel). A kind reads a row (readRow) and says what to
// bind for finding it and for inserting it.
//
// New rows and the old system's ids are written hundreds a statement
// (BatchInsert), the rows numbered on from the highest id stored, so a row
// may still be waiting to be written when a later one looks for its like.
// Of this file's rows only those on the other side can be that (a row with
// an id for a row without, or the other way round): rows without ids that
// say the same are refused, and a row with an id never takes another id's.
// So a row looks for its like only when the table had rows before the
// import or the file has given rows on the other side; in the latter case
// what is waiting is written first. And when the table had rows before,
// the rows this import gives an id are remembered here too (m_taken): their
// ids may still be waiting when a later row with an id looks among the rows
// no id has taken.
class HistoryImport : public KindImport
{
public:
    // `columns` are those insert() adds, after the id.
    HistoryImport(const ImportContext& context, QString source, const QString& table, const QStringList& columns)
        : m_context(context)
        , m_source(std::move(source))
        , m_table(table)
        , m_findKey(context.db)
        , m_same(context.db)
        , m_sameUnkeyed(context.db)
        , m_rows(context.db, table, QStringList {QStringLiteral("id")} + columns, kRowsPerStatement)
        , m_keys(context.db,
                 QStringLiteral("import_keys"),
                 {QStringLiteral("source"), QStringLiteral("external_id"), QStringLiteral("row_id")},
                 kRowsPerStatement)
    {
    }

    Status load() override
    {
        auto contracts = storedContracts(m_context.db);
        if (!contracts) {
            return contracts.error();
        }
        m_contracts = contracts.value();
        if (Status more = loadMore(); !more) {
            return more;
        }
        auto highest = highestId(m_context.db, m_table);
        if (!highest) {
            return highest.error();
        }
        m_nextId = highest.value() + 1;
        m_anyRowStored = highest.value() > 0;
        // With no id stored for this kind (a first import), no row is found by its id.
        auto keyStored = sql::scalar(
            m_context.db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM import_keys WHERE source = ?)"), {m_source});
        if (!keyStored) {
            return keyStored.error();
        }
        m_anyKeyStored = keyStored->toBool();
        for (Status prepared :
             {prepare(m_findKey, QStringLiteral("SELECT row_id FROM import_keys WHERE source = ? AND external_id = ?")),
              prepare(m_same, sameStatement()),
              prepare(m_sameUnkeyed,
                      sameStatement()
                          + QStringLiteral(" AND id NOT IN (SELECT row_id FROM import_keys WHERE source = ?)"))}) {
            if (!prepared) {
                return prepared;
            }
        }
        return {};
    }

    // Refuses a row the file has already given: the same id, or without ids the same content.
    void check(ImportRow& row) override
    {
        if (!readRow(row)) {
            return;
        }
        const QString id = row.text(QStringLiteral("id"));
        // The line the id (or the content) was first on, 0 until now: one lookup a row.
        int& earlier = id.isEmpty() ? m_seenContents[describe()] : m_seenIds[id];
        if (earlier == 0) {
            earlier = row.line();
        } else if (id.isEmpty()) {
            row.refuseRow(repeatMessage().arg(earlier));
        } else {
            row.refuse(QStringLiteral("id"), Texts::tr("Line %1 has this id already.").arg(earlier));
        }
    }

    Result<RowEffect> write(ImportRow& row) override
    {
        if (!readRow(row)) {
            return makeError(Error::Code::Invalid, row.problems().value(0).message);
        }
        const QString id = row.text(QStringLiteral("id"));
        const bool keyed = !id.isEmpty();
        // The file's ids are its own (check()), so only an earlier import can have this one.
        if (keyed && m_anyKeyStored) {
            auto known = found(m_findKey, {m_source, id});
            if (!known) {
                return known.error();
            }
            if (known.value()) {
                return RowEffect::Unchanged;
            }
        }
        // Not known by its id: the same row may be there from a file without
        // ids. A row with an id takes only a stored row no other id has taken.
        const bool otherSideWritten = keyed ? m_writtenUnkeyed : m_writtenKeyed;
        (keyed ? m_writtenKeyed : m_writtenUnkeyed) = true;
        std::optional<qint64> stored;
        if (m_anyRowStored || otherSideWritten) {
            if (otherSideWritten) {
                if (Status written = writeWaiting(); !written) {
                    return written.error();
                }
            }
            QVariantList same = sameValues();
            if (keyed) {
                same << m_source;
            }
            auto like = found(keyed ? m_sameUnkeyed : m_same, same, keyed ? &m_taken : nullptr);
            if (!like) {
                return like.error();
            }
            stored = like.value();
        }
        const qint64 rowId = stored ? *stored : m_nextId++;
        if (!stored) {
            if (Status added = insert(m_rows, rowId); !added) {
                return added.error();
            }
        }
        if (keyed) {
            if (Status added = m_keys.add({m_source, id, rowId}); !added) {
                return added.error();
            }
            if (m_anyRowStored) {
                m_taken.insert(rowId);
            }
        }
        return stored ? RowEffect::Unchanged : RowEffect::Added;
    }

    Status finish() override { return writeWaiting(); }

protected:
    virtual Status loadMore() { return {}; }
    // Reads the row into the kind's own record; false when it is refused.
    virtual bool readRow(ImportRow& row) = 0;
    // The row as compared within the file, and the message for a repeat.
    virtual QString describe() const = 0;
    virtual QString repeatMessage() const = 0;
    virtual QString sameStatement() const = 0;
    virtual QVariantList sameValues() const = 0;
    // Adds the row read last to `rows` as `id`, in the columns given to the constructor.
    virtual Status insert(BatchInsert& rows, qint64 id) const = 0;

    const ImportContext& m_context;
    StoredContracts m_contracts;

private:
    // The id of the first row `query` finds for `values` that is not in `skip`, if any.
    static Result<std::optional<qint64>>
    found(QSqlQuery& query, const QVariantList& values, const QSet<qint64>* skip = nullptr)
    {
        if (Status status = sql::execPrepared(query, values); !status) {
            return status.error();
        }
        std::optional<qint64> id;
        while (!id && query.next()) {
            const qint64 candidate = query.value(0).toLongLong();
            if (!skip || !skip->contains(candidate)) {
                id = candidate;
            }
        }
        query.finish();
        return id;
    }

    Status writeWaiting()
    {
        if (Status written = m_rows.finish(); !written) {
            return written;
        }
        return m_keys.finish();
    }

    QString m_source;
    QString m_table;
    QHash<QString, int> m_seenIds; // the old system's id → the line it was first on
    QHash<QString, int> m_seenContents; // what a row without an id says → the line
    QSqlQuery m_findKey;
    QSqlQuery m_same;
    QSqlQuery m_sameUnkeyed;
    qint64 m_nextId = 0;
    bool m_anyRowStored = true;
    bool m_anyKeyStored = true;
    bool m_writtenKeyed = false; // rows with an id written (or waiting) in this import
    bool m_writtenUnkeyed = false; // and rows without
    QSet<qint64> m_taken; // rows given an id in this import, when the table had rows before
    BatchInsert m_rows; // with ids given in order, so that import_keys can name them
    BatchInsert m_keys;
};

class PaymentImport : public HistoryImport
{
public:
    explicit PaymentImport(const ImportContext& context)
        : HistoryImport(context,
                        QStringLiteral("payment"),
                        QStringLiteral("payments"),
                        {QStringLiteral("customer_id"),
                         QStringLiteral("paid_on"),
                         QStringLiteral("kind"),
                         QStringLiteral("amount_minor"),
                         QStringLiteral("currency"),
                         QStringLiteral("note")})
    {
    }

private:
    bool readRow(ImportRow& row) override
    {
        m_payment = read(row);
        return m_payment.has_value();
    }

    QString describe() const override
    {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(m_payment->customerId)
            .arg(m_payment->paidOn.toString(Qt::ISODate), codeOf(m_payment->kind))
            .arg(m_payment->amount.minor);
    }

    QString repeatMessage() const override
    {
        return Texts::tr("Line %1 has the same payment (contract, date, kind and amount); give the payments an id "
                         "column to import both.");
    }

    QString sameStatement() const override
    {
        return QStringLiteral("SELECT id FROM payments WHERE customer_id = ? AND paid_on = ? AND kind = ?"
                              " AND amount_minor = ? AND currency = ?");
    }

    QVariantList sameValues() const override
    {
        return {m_payment->customerId,
                sql::toDateValue(m_payment->paidOn),
                codeOf(m_payment->kind),
                m_payment->amount.minor,
                m_payment->amount.currency};
    }

    Status insert(BatchInsert& rows, qint64 id) const override
    {
        return rows.add({id,
                         m_payment->customerId,
                         sql::toDateValue(m_payment->paidOn),
                         codeOf(m_payment->kind),
                         m_payment->amount.minor,
                         m_payment->amount.currency,
                         m_payment->note});
    }

    std::optional<Payment> read(ImportRow& row) const
    {
        Payment payment;
        const auto customer = storedCustomer(row, m_contracts);
        required(row, QStringLiteral("date"), [] { return Texts::tr("The date is empty."); });
        std::optional<QDate> paidOn;
        if (!row.text(QStringLiteral("date")).isEmpty()) {
            paidOn = readDate(row, QStringLiteral("date"), m_context, EnteredDates::Kind::Happened, m_paidOnLabel);
        }
        const QString amountText =
            required(row, QStringLiteral("amount"), [] { return Texts::tr("The amount is empty."); });
        qint64 minor = 0;
        if (!amountText.isEmpty()) {
            const auto amount = ImportValues::amount(amountText, m_context.currency, *m_context.mapping.decimalComma);
            minor = amount ? *amount : 0;
            if (minor == 0) {
                row.refuse(QStringLiteral("amount"),
                           Texts::tr("This is not an amount in %1 other than zero.").arg(m_context.currency));
            }
        }
        std::optional<PaymentKind> kind;
        if (const QString kindText = row.text(QStringLiteral("kind")); !kindText.isEmpty()) {
            kind = m_kinds(kindText);
            if (!kind) {
                row.refuse(QStringLiteral("kind"), Texts::tr("Write fee, paid support, refund or compensation."));
            }
        }
        if (minor < 0) {
            // Money paid back, as billing exports write it.
            if (kind && !isOutgoing(*kind)) {
                row.refuse(
                    QStringLiteral("amount"),
                    Texts::tr("A negative amount is money paid back; this row says it is a %1.").arg(labelOf(*kind)));
            }
            kind = kind.value_or(PaymentKind::Refund);
        }
        if (row.refused() || !customer || !paidOn || minor == 0) {
            return std::nullopt;
        }
        payment.customerId = *customer;
        payment.paidOn = *paidOn;
        payment.kind = kind.value_or(PaymentKind::Fee);
        payment.amount = Money {minor < 0 ? -minor : minor, m_context.currency};
        payment.note = row.text(QStringLiteral("note"));
        return payment;
    }

    KnownWords<PaymentKind> m_kinds {&ImportValues::paymentKind};
    const QString m_paidOnLabel = Texts::tr("Paid on"); // translated once
    std::optional<Payment> m_payment;
};

class ContactImport : public HistoryImport
{
public:
    explicit ContactImport(const ImportContext& context)
        : HistoryImport(context,
                        QStringLiteral("contact"),
                        QStringLiteral("contacts"),
                        {QStringLiteral("customer_id"),
                         QStringLiteral("channel"),
                         QStringLiteral("started_at"),
                         QStringLiteral("duration_s"),
                         QStringLiteral("operator_id"),
                         QStringLiteral("topic"),
                         QStringLiteral("summary"),
                         QStringLiteral("outcome"),
                         QStringLiteral("conduct")})
    {
    }

private:
    Status loadMore() override
    {
        auto people = sql::select(m_context.db, QStringLiteral("SELECT id, login, name FROM operators"));
        if (!people) {
            return people.error();
        }
        while (people->next()) {
            const qint64 id = people->value(0).toLongLong();
            m_operators.insert(people->value(1).toString().trimmed().toLower(), id);
            m_operators.insert(people->value(2).toString().trimmed().toLower(), id);
        }
        return {};
    }

    bool readRow(ImportRow& row) override
    {
        m_contact = read(row);
        return m_contact.has_value();
    }

    QString describe() const override
    {
        return QStringLiteral("%1|%2|%3")
            .arg(m_contact->customerId)
            .arg(sql::toEpoch(m_contact->startedAt))
            .arg(codeOf(m_contact->channel));
    }

    QString repeatMessage() const override
    {
        return Texts::tr("Line %1 has the same contact (contract, time and channel); give the contacts an id column "
                         "to import both.");
    }

    QString sameStatement() const override
    {
        return QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND started_at = ? AND channel = ?");
    }

    QVariantList sameValues() const override
    {
        return {m_contact->customerId, sql::toEpoch(m_contact->startedAt), codeOf(m_contact->channel)};
    }

    Status insert(BatchInsert& rows, qint64 id) const override
    {
        return rows.add({id,
                         m_contact->customerId,
                         codeOf(m_contact->channel),
                         sql::toEpoch(m_contact->startedAt),
                         m_contact->durationSeconds,
                         m_contact->operatorId ? QVariant(*m_contact->operatorId) : QVariant(),
                         m_contact->topic,
                         m_contact->summary,
                         codeOf(m_contact->outcome),
                         codeOf(m_contact->conduct)});
    }

    std::optional<Contact> read(ImportRow& row) const
    {
        Contact contact;
        const auto customer = storedCustomer(row, m_contracts);
        const QString started =
            required(row, QStringLiteral("started"), [] { return Texts::tr("The date is empty."); });
        std::optional<QDate> day; // in this desk's time zone
        QDateTime at; // in UTC
        if (!started.isEmpty()) {
            const auto when = ImportValues::dateAndTime(started, *m_context.mapping.dateOrder);
            const auto utc =
                when ? m_context.memo->localTimes.toUtc(when->first, when->second) : LocalTimes::Converted {};
            if (!utc.valid) {
                row.refuse(QStringLiteral("started"), badDate(*m_context.mapping.dateOrder));
            } else {
                day = when->first;
                at = utc.utc;
            }
        }
        if (day && !row.text(QStringLiteral("time")).isEmpty()) {
            const auto time = ImportValues::time(row.text(QStringLiteral("time")));
            if (!time) {
                row.refuse(QStringLiteral("time"), Texts::tr("This is not a time written as 14:05 or 14:05:30."));
            } else {
                at = m_context.memo->localTimes.toUtc(*day, *time).utc;
            }
        }
        if (day) {
            if (Status sensible = EnteredDates::check(*day, EnteredDates::Kind::Happened, m_dateLabel, m_context.today);
                !sensible) {
                row.refuse(QStringLiteral("started"), sensible.errorString());
            }
        }
        if (const QString channel = row.text(QStringLiteral("channel")); !channel.isEmpty()) {
            const auto read = m_channels(channel);
            if (!read) {
                row.refuse(QStringLiteral("channel"),
                           Texts::tr("Write call, outgoing call, e-mail, ticket, chat, visit or letter."));
            }
            contact.channel = read.value_or(Channel::PhoneIn);
        }
        if (const QString duration = row.text(QStringLiteral("duration")); !duration.isEmpty()) {
            const auto seconds = InputParsing::duration(duration);
            if (!seconds) {
                row.refuse(QStringLiteral("duration"),
                           Texts::tr("Write the duration as minutes:seconds (4:30) or in seconds (270)."));
            }
            contact.durationSeconds = seconds.value_or(0);
        }
        contact.topic = row.text(QStringLiteral("topic"));
        contact.summary = row.text(QStringLiteral("summary"));
        if (const QString person = row.text(QStringLiteral("operator")); !person.isEmpty()) {
            const auto known = m_operators.constFind(person.toLower());
            if (known != m_operators.cend()) {
                contact.operatorId = known.value();
            } else {
                // Someone who never worked in Abonent: kept in the summary, not lost.
                const QString handled = Texts::tr("Handled by %1 (before Abonent).").arg(person);
                contact.summary = contact.summary.isEmpty() ? handled : contact.summary + u'\n' + handled;
            }
        }
        if (const QString outcome = row.text(QStringLiteral("outcome")); !outcome.isEmpty()) {
            const auto read = m_outcomes(outcome);
            if (!read) {
                row.refuse(QStringLiteral("outcome"), Texts::tr("Write resolved, follow-up, escalated or unresolved."));
            }
            contact.outcome = read.value_or(Outcome::Resolved);
        }
        if (const QString conduct = row.text(QStringLiteral("conduct")); !conduct.isEmpty()) {
            const auto read = m_conducts(conduct);
            if (!read) {
                row.refuse(QStringLiteral("conduct"),
                           Texts::tr("Write normal, raised voice, profanity, insults or threats."));
            }
            contact.conduct = read.value_or(Conduct::Normal);
        }
        if (row.refused() || !customer || !day) {
            return std::nullopt;
        }
        contact.customerId = *customer;
        contact.startedAt = at;
        return contact;
    }

    QHash<QString, qint64> m_operators; // by login and by name, lower case
    KnownWords<Channel> m_channels {&ImportValues::channel};
    KnownWords<Outcome> m_outcomes {&ImportValues::outcome};
    KnownWords<Conduct> m_conducts {&ImportValues::conduct};
    const QString m_dateLabel = Texts::tr("Date"); // what a date out of range is called, translated once
    std::optional<Contact> m_contact;
};

} // namespace

std::unique_ptr<KindImport> KindImport::make(const ImportContext& context)
{
    switch (context.mapping.kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerImport>(context);
    case ImportKind::Phones:
        return std::make_unique<PhoneImport>(context);
    case ImportKind::Plans:
        return std::make_unique<PlanImport>(context);
    case ImportKind::PlanPeriods:
        return std::make_unique<PlanPeriodImport>(context);
    case ImportKind::Payments:
        return std::make_unique<PaymentImport>(context);
    case ImportKind::Contacts:
        return std::make_unique<ContactImport>(context);
    }
    return nullptr;
}

} // namespace abonent
