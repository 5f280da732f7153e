#include "DemoGenerator.h"

#include "BatchInsert.h"
#include "BulkLoadJournal.h"
#include "CostModel.h"
#include "Database.h"
#include "DatabaseCheck.h"
#include "DemoPopulation.h"
#include "DemoProblemClients.h"
#include "DemoRandom.h"
#include "DemoWordLists.h"
#include "Money.h"
#include "OfficeSettings.h"
#include "OfficeSetup.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <deque>
#include <exception>
#include <memory>

namespace abonent {

namespace {

constexpr std::uint64_t kSetupStream = 1;

// Customers drawn on one thread and written on another: drawing (random
// numbers, phone parsing) and writing (SQLite) each take about half the time,
// and the machine this runs on has at least two cores.
class CustomerQueue
{
public:
    explicit CustomerQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while full; false once the reader has given up.
    bool push(Result<DemoCustomer> customer)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity && !m_closed) {
            m_notFull.wait(&m_mutex);
        }
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(customer));
        m_notEmpty.wakeOne();
        return true;
    }

    Result<DemoCustomer> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty()) {
            m_notEmpty.wait(&m_mutex);
        }
        Result<DemoCustomer> customer = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return customer;
    }

    // The reader stops early (an error or a cancel): release a waiting writer.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notFull.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Result<DemoCustomer>> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

class Generation
{
public:
    Generation(QSqlDatabase db, const DemoOptions& options, const DemoWordLists& words)
        : m_db(std::move(db))
        , m_options(options)
        , m_words(words)
        , m_currency(words.format(QStringLiteral("currency")))
        , m_customers(m_db,
                      QStringLiteral("customers"),
                      {QStringLiteral("id"),
                       QStringLiteral("contract_number"),
                       QStringLiteral("kind"),
                       QStringLiteral("name"),
                       QStringLiteral("address"),
                       QStringLiteral("email"),
                       QStringLiteral("notes"),
                       QStringLiteral("status"),
                       QStringLiteral("customer_since"),
                       QStringLiteral("created_at"),
                       QStringLiteral("updated_at"),
                       QStringLiteral("search_words"),
                       QStringLiteral("search_digits"),
                       QStringLiteral("last_contact_at")},
                      // One customer a statement: its phones, payments and contacts are
                      // batched and must find it already there (foreign keys).
                      1)
        , m_phones(m_db,
                   QStringLiteral("phones"),
                   {QStringLiteral("customer_id"),
                    QStringLiteral("position"),
                    QStringLiteral("raw"),
                    QStringLiteral("e164"),
                    QStringLiteral("extension"),
                    QStringLiteral("tail_key")})
        , m_periods(m_db,
                    QStringLiteral("plan_periods"),
                    {QStringLiteral("customer_id"),
                     QStringLiteral("plan_id"),
                     QStringLiteral("starts_on"),
                     QStringLiteral("ends_on")})
        , m_payments(m_db,
                     QStringLiteral("payments"),
                     {QStringLiteral("customer_id"),
                      QStringLiteral("paid_on"),
                      QStringLiteral("kind"),
                      QStringLiteral("amount_minor"),
                      QStringLiteral("currency")})
        , m_contacts(m_db,
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
        , m_months(m_db,
                   QStringLiteral("customer_months"),
                   {QStringLiteral("customer_id"),
                    QStringLiteral("month"),
                    QStringLiteral("contacts"),
                    QStringLiteral("conversation_seconds"),
                    QStringLiteral("handling_seconds"),
                    QStringLiteral("cost_minor"),
                    QStringLiteral("paid_minor"),
                    QStringLiteral("credited_minor"),
                    QStringLiteral("payments"),
                    QStringLiteral("support_minor"),
                    QStringLiteral("compensation_minor")})
    {
    }

    Result<DemoSummary> run();

private:
    Status clearExisting();
    Result<QList<SqlDialect::SchemaObject>> dropBulkIndexes();
    Status writeOfficeSettings();
    Result<DemoTeam> writeOperators();
    Status writeCostRates(DemoTeam& team);
    Result<DemoPlans> writePlans();
    Status writeCustomer(const DemoCustomer& customer);
    Status writeCustomers(const DemoPopulation& population);

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    const DemoWordLists& m_words;
    const QString m_currency;
    BatchInsert m_customers;
    BatchInsert m_phones;
    BatchInsert m_periods;
    BatchInsert m_payments;
    BatchInsert m_contacts;
    BatchInsert m_months;
    DemoSummary m_summary;
};

Status Generation::clearExisting()
{
    auto empty = Database::isEmpty(m_db);
    if (!empty) {
        return empty.error();
    }
    if (empty.value()) {
        return {};
    }
    if (!m_options.force) {
        return makeError(
            Error::Code::Conflict,
            DemoGenerator::tr("The database already holds customers, plans or operators; demo data is "
                              "only written into an empty database (use --force to replace its content)."));
    }
    // Changes people made are on record, and the record is never erased.
    auto audited = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!audited) {
        return audited.error();
    }
    if (audited.value().toLongLong() > 0) {
        return makeError(Error::Code::Conflict,
                         DemoGenerator::tr("People have worked in this database (its audit log has entries), so "
                                           "demo data will not replace it, not even with --force. Use a new file."));
    }
    QStringList tables = DatabaseCheck::dataTables();
    tables.removeAll(QStringLiteral("office_settings"));
    tables.removeAll(QStringLiteral("audit_log"));
    tables.removeAll(QStringLiteral("tags")); // the catalogue is the office's, not demo content
    tables.removeAll(QStringLiteral("channel_costs")); // one row per channel, always; set below
    tables.removeAll(QStringLiteral("rollup_state")); // one row, always (a server's queue empties below)
    tables.removeAll(QStringLiteral("letter_templates")); // the office's, like the catalogue
    std::reverse(tables.begin(), tables.end());
    // The same seed gives the same ids, so the same content, as into a new database.
    const SqlDialect dialect = SqlDialect::of(m_db);
    for (const QString& table : tables) {
        if (Status cleared = sql::execDirect(m_db, QStringLiteral("DELETE FROM ") + table); !cleared) {
            return cleared;
        }
        const QString restart = dialect.restartIds(table);
        if (restart.isEmpty()) {
            continue;
        }
        if (Status restarted = sql::execDirect(m_db, restart); !restarted) {
            return restarted;
        }
    }
    return {};
}

// Indexes and the triggers that keep search and monthly sums current are
// dropped during the load and rebuilt once at the end: much faster than row by
// row. The generator writes the sums itself, and the search indexes are
// rebuilt from the customers' search columns. Definitions come from the schema
// itself, so everything returns exactly as the migrations made it.
Result<QList<SqlDialect::SchemaObject>> Generation::dropBulkIndexes()
{
    return SqlDialect::of(m_db).setAside(m_db,
                                         {QStringLiteral("customers"),
                                          QStringLiteral("phones"),
                                          QStringLiteral("plan_periods"),
                                          QStringLiteral("payments"),
                                          QStringLiteral("contacts"),
                                          QStringLiteral("customer_months"),
                                          QStringLiteral("tag_assignments"),
                                          QStringLiteral("tag_evidence"),
                                          QStringLiteral("cases"),
                                          QStringLiteral("case_steps"),
                                          QStringLiteral("customer_exits")});
}

Status Generation::writeOfficeSettings()
{
    QList<std::pair<QString, QString>> settings {
        {QStringLiteral("default_country"), m_words.format(QStringLiteral("country"))},
        {QStringLiteral("currency"), m_currency}};
    // The demo company's letterhead, so letters can be issued straight away.
    for (auto format = m_words.formats.cbegin(); format != m_words.formats.cend(); ++format) {
        if (format.key().startsWith(QLatin1String("letters."))) {
            settings.append({format.key(), format.value()});
        }
    }
    OfficeSettings office(m_db);
    for (const auto& [key, value] : std::as_const(settings)) {
        if (Status status = office.setText(key, value); !status) {
            return status;
        }
    }
    // A demo office is set up already: a window that began the set-up on the
    // empty file does not keep asking once the demo customers are in.
    return OfficeSetup(m_db).markFinished();
}

Result<DemoTeam> Generation::writeOperators()
{
    DemoRandom random(m_options.seed, kSetupStream, 0);
    QList<DemoWordLists::OperatorSpec> staff = m_words.operators;
    // A bigger customer base needs a bigger support team: about one agent per 2,000 customers.
    const int wanted = std::max<int>(static_cast<int>(staff.size()), m_options.customers / 2000);
    while (staff.size() < wanted) {
        const bool female = random.chance(1, 2);
        const auto& surname = random.pick(m_words.surnames);
        staff.append({random.pick(female ? m_words.femaleFirstNames : m_words.maleFirstNames),
                      female ? surname.female : surname.male,
                      QStringLiteral("operator"),
                      random.pick(m_words.operators).costPerHourMajor,
                      random.chance(1, 4)});
    }

    QSqlQuery insert(m_db);
    if (!insert.prepare(SqlDialect::of(m_db).returningId(
            QStringLiteral("INSERT INTO operators (login, name, role, cost_per_hour_minor, currency,"
                           " takes_difficult_callers) VALUES (?, ?, ?, ?, ?, ?)")))) {
        return sql::queryError(insert);
    }
    DemoTeam team;
    QSet<QString> logins;
    qint64 totalCostPerHour = 0;
    for (const auto& person : staff) {
        const QString base = transliterate(person.firstName.left(1)) + QLatin1Char('.') + transliterate(person.surname);
        QString login = base;
        for (int suffix = 2; logins.contains(login); ++suffix) {
            login = base + QString::number(suffix);
        }
        logins.insert(login);
        const qint64 costMinor = person.costPerHourMajor * Money::minorPerMajor(m_currency);
        const QString name = m_words.format(QStringLiteral("person_name")).arg(person.firstName, person.surname);
        if (Status status = sql::execPrepared(
                insert, {login, name, person.role, costMinor, m_currency, person.takesDifficultCallers ? 1 : 0});
            !status) {
            return status.error();
        }
        auto inserted = sql::newRowId(insert);
        if (!inserted) {
            return inserted.error();
        }
        const qint64 id = inserted.value();
        totalCostPerHour += costMinor;
        team.costPerHourMinor.insert(id, costMinor);
        if (person.role == QLatin1String("operator")) {
            team.agents.append(id);
        } else if (person.role == QLatin1String("manager")) {
            team.managers.append(id);
        }
        if (person.takesDifficultCallers) {
            team.difficultCallerExperts.append(id);
        }
    }
    if (team.agents.isEmpty() || team.managers.isEmpty() || team.difficultCallerExperts.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         DemoGenerator::tr("The demo operator list needs agents, managers and someone who takes "
                                           "difficult callers."));
    }
    team.averageCostPerMinuteMinor = std::max<qint64>(1, totalCostPerHour / staff.size() / 60);
    m_summary.operators = staff.size();
    return team;
}

// The cost model's rates: the staff's average hourly cost as the default, and
// fixed costs per channel in working time at that rate, so they suit any
// currency: an e-mail takes 3 minutes, a ticket 5, a letter 10, a site visit
// (with the drive) an hour and a half.
Status Generation::writeCostRates(DemoTeam& team)
{
    qint64 total = 0;
    for (qint64 rate : std::as_const(team.costPerHourMinor)) {
        total += rate;
    }
    const qint64 perHour = team.costPerHourMinor.isEmpty() ? 0 : total / team.costPerHourMinor.size();
    team.defaultCostPerHourMinor = perHour;
    const QList<std::pair<Channel, qint64>> minutes {
        {Channel::Email, 3}, {Channel::Ticket, 5}, {Channel::Letter, 10}, {Channel::Visit, 90}};
    QSqlQuery update(m_db);
    for (const auto& [channel, workMinutes] : minutes) {
        const qint64 cost = perHour * workMinutes / 60;
        team.channelCostMinor.insert(codeOf(channel), cost);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE channel_costs SET cost_minor = ? WHERE channel = ?"),
                                      {cost, codeOf(channel)});
            !status) {
            return status;
        }
    }
    return OfficeSettings(m_db).setText(QLatin1String(CostModel::kDefaultRateKey), QString::number(perHour));
}

Result<DemoPlans> Generation::writePlans()
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(SqlDialect::of(m_db).returningId(
            QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency, support_included,"
                           " included_support_minutes, paid_support_rate_minor) VALUES (?, ?, ?, ?, ?, ?)")))) {
        return sql::queryError(insert);
    }
    const qint64 factor = Money::minorPerMajor(m_currency);
    DemoPlans plans;
    qint64 closestToThousand = -1;
    for (const auto& plan : m_words.plans) {
        if (Status status = sql::execPrepared(insert,
                                              {plan.name,
                                               plan.feeMajor * factor,
                                               m_currency,
                                               plan.supportIncluded ? 1 : 0,
                                               plan.supportIncluded ? plan.includedMinutes : 0,
                                               plan.ratePerMinuteMajor * factor});
            !status) {
            return status.error();
        }
        auto id = sql::newRowId(insert);
        if (!id) {
            return id.error();
        }
        plans.ids.append(id.value());
        plans.feesMinor.append(plan.feeMajor * factor);
        // The costly caller of the providers' story pays about 1,000 a month.
        const qint64 distance = std::abs(plan.feeMajor - 1000);
        if (plan.supportIncluded && (closestToThousand < 0 || distance < closestToThousand)) {
            closestToThousand = distance;
            plans.costlyCallerPlan = static_cast<int>(plans.ids.size()) - 1;
        }
    }
    m_summary.plans = plans.ids.size();
    return plans;
}

Status Generation::writeCustomer(const DemoCustomer& customer)
{
    const qint64 created = customer.since.startOfDay(Qt::UTC).toSecsSinceEpoch();
    if (Status status = m_customers.add({customer.id,
                                         customer.contract,
                                         codeOf(customer.kind),
                                         customer.name,
                                         customer.address,
                                         customer.email,
                                         customer.notes,
                                         codeOf(customer.status),
                                         sql::toDateValue(customer.since),
                                         created,
                                         created,
                                         customer.searchWords,
                                         customer.searchDigits,
                                         customer.lastContactAt > 0 ? QVariant(customer.lastContactAt) : QVariant()});
        !status) {
        return status;
    }
    for (int position = 0; position < customer.phones.size(); ++position) {
        const CustomerPhone& phone = customer.phones.at(position);
        if (Status status =
                m_phones.add({customer.id, position, phone.raw, phone.e164, phone.extension, phone.tailKey});
            !status) {
            return status;
        }
    }
    for (const DemoCustomer::Period& period : customer.periods) {
        if (Status status = m_periods.add(
                {customer.id, period.planId, sql::toDateValue(period.startsOn), sql::toDateValue(period.endsOn)});
            !status) {
            return status;
        }
    }
    for (const DemoCustomer::Payment& payment : customer.payments) {
        if (Status status = m_payments.add(
                {customer.id, sql::toDateValue(payment.paidOn), codeOf(payment.kind), payment.amountMinor, m_currency});
            !status) {
            return status;
        }
    }
    for (const DemoCustomer::Contact& contact : customer.contacts) {
        if (Status status = m_contacts.add({customer.id,
                                            codeOf(contact.channel),
                                            contact.startedAt,
                                            contact.durationSeconds,
                                            contact.operatorId,
                                            contact.topic,
                                            contact.summary,
                                            codeOf(contact.outcome),
                                            codeOf(contact.conduct)});
            !status) {
            return status;
        }
    }
    for (const DemoCustomer::Month& month : customer.months) {
        if (Status status = m_months.add({customer.id,
                                          month.month,
                                          month.contacts,
                                          month.conversationSeconds,
                                          month.handlingSeconds,
                                          month.costMinor,
                                          month.paidMinor,
                                          month.creditedMinor,
                                          month.payments,
                                          month.supportMinor,
                                          month.compensationMinor});
            !status) {
            return status;
        }
    }
    if (customer.costlyCaller) {
        m_summary.costlyCallerContract = customer.contract;
    }
    return {};
}

// An exception must not escape a thread; it reaches the writer as an error.
Result<DemoCustomer> drawSafely(const DemoPopulation& population, int index)
{
    try {
        return population.customer(index);
    } catch (const std::exception& failure) {
        return makeError(Error::Code::Invalid, QString::fromLocal8Bit(failure.what()));
    }
}

// The thread that draws customers. However writing ends (done, failed,
// cancelled, or an exception), the queue is closed and the thread joined
// before the queue goes away.
class Drawer
{
public:
    Drawer(const DemoPopulation& population, int customers, CustomerQueue& queue)
        : m_queue(queue)
        , m_thread(QThread::create([&population, customers, &queue] {
            for (int index = 0; index < customers; ++index) {
                if (!queue.push(drawSafely(population, index))) {
                    return;
                }
            }
        }))
    {
        m_thread->start();
    }
    ~Drawer()
    {
        m_queue.close();
        m_thread->wait();
    }

    Drawer(const Drawer&) = delete;
    Drawer& operator=(const Drawer&) = delete;

private:
    CustomerQueue& m_queue;
    std::unique_ptr<QThread> m_thread;
};

Status Generation::writeCustomers(const DemoPopulation& population)
{
    CustomerQueue queue(256);
    {
        const Drawer drawer(population, m_options.customers, queue);
        for (int index = 0; index < m_options.customers; ++index) {
            Result<DemoCustomer> customer = queue.pop();
            if (!customer) {
                return customer.error();
            }
            if (Status written = writeCustomer(customer.value()); !written) {
                return written;
            }
            if (m_options.progress && index % 250 == 0 && !m_options.progress(index, m_options.customers)) {
                return makeError(Error::Code::Cancelled, DemoGenerator::tr("Demo generation was cancelled."));
            }
        }
    }
    for (BatchInsert* table : {&m_customers, &m_phones, &m_periods, &m_payments, &m_contacts, &m_months}) {
        if (Status finished = table->finish(); !finished) {
            return finished;
        }
    }
    m_summary.customers = m_customers.rowsWritten();
    m_summary.phones = m_phones.rowsWritten();
    m_summary.planPeriods = m_periods.rowsWritten();
    m_summary.payments = m_payments.rowsWritten();
    m_summary.contacts = m_contacts.rowsWritten();
    return {};
}

Result<DemoSummary> Generation::run()
{
    // Triggers go first, so replacing old content (--force) does not update
    // sums and search indexes row by row for rows about to disappear.
    auto indexes = dropBulkIndexes();
    if (!indexes) {
        return indexes.error();
    }
    if (Status cleared = clearExisting(); !cleared) {
        return cleared.error();
    }
    if (Status settings = writeOfficeSettings(); !settings) {
        return settings.error();
    }
    auto team = writeOperators();
    if (!team) {
        return team.error();
    }
    if (Status rates = writeCostRates(team.value()); !rates) {
        return rates.error();
    }
    auto plans = writePlans();
    if (!plans) {
        return plans.error();
    }
    const DemoTeam staff = team.value();
    const DemoPopulation population(m_options, m_words, std::move(team).value(), std::move(plans).value());
    if (Status written = writeCustomers(population); !written) {
        return written.error();
    }
    // The roll-ups just written count every contact so far.
    if (Status folded = Rollups::markAllFolded(m_db); !folded) {
        return folded.error();
    }
    if (Status created = SqlDialect::of(m_db).putBack(m_db, indexes.value()); !created) {
        return created.error();
    }
    for (const char* index : {"customer_words", "customer_digits"}) {
        const QString rebuild = SqlDialect::of(m_db).rebuildIndex(QLatin1String(index));
        if (rebuild.isEmpty()) {
            continue;
        }
        if (Status rebuilt = sql::execDirect(m_db, rebuild); !rebuilt) {
            return rebuilt.error();
        }
    }
    if (Status problems = DemoProblemClients(m_db, m_options, m_words, staff).write(m_summary.costlyCallerContract);
        !problems) {
        return problems.error();
    }
    if (m_options.progress) {
        m_options.progress(m_options.customers, m_options.customers);
    }
    return m_summary;
}

} // namespace

DemoGenerator::DemoGenerator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 DemoGenerator::maximumContacts(int customers, const QDate& asOf)
{
    if (customers <= 0) {
        return 0;
    }
    if (customers == 1) {
        return std::min(DemoPopulation::costlyCallerContacts(asOf), kMaximumContacts);
    }
    return kMaximumContacts;
}

Status DemoGenerator::validate(const DemoOptions& options)
{
    const QLocale locale;
    if (options.customers < 0 || options.customers > kMaximumCustomers) {
        return makeError(
            Error::Code::Invalid,
            tr("The number of customers must be between 0 and %1.").arg(locale.toString(kMaximumCustomers)));
    }
    if (!options.asOf.isValid() || options.asOf < earliestAsOf() || options.asOf > latestAsOf()) {
        return makeError(Error::Code::Invalid,
                         tr("The demo's \"as of\" date must be between %1 and %2.")
                             .arg(earliestAsOf().toString(Qt::ISODate), latestAsOf().toString(Qt::ISODate)));
    }
    const qint64 most = maximumContacts(options.customers, options.asOf);
    if (options.totalContacts() > most) {
        if (options.customers == 0) {
            return makeError(Error::Code::Invalid,
                             tr("Without customers nobody has contacts: ask for customers too, or for no contacts."));
        }
        if (options.customers == 1) {
            return makeError(Error::Code::Invalid,
                             tr("One customer alone is the demo's costly caller, who has %1 contacts in the history "
                                "up to %2 (about 1.3 a day). Ask for at most that many, or for more customers.")
                                 .arg(locale.toString(most), options.asOf.toString(Qt::ISODate)));
        }
        return makeError(Error::Code::Invalid,
                         tr("At most %1 contacts can be generated.").arg(locale.toString(kMaximumContacts)));
    }
    return {};
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options)
{
    if (Status valid = validate(options); !valid) {
        return valid.error();
    }
    auto words = DemoWordLists::load(options.language);
    if (!words) {
        return words.error();
    }
    Generation generation(m_db, options, words.value());
    const BulkLoadJournal journal(m_db);
    return inTransaction(m_db, [&] { return generation.run(); });
}

} // namespace abonent
