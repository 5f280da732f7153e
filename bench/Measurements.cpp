#include "Measurements.h"

#include "AbonentDatabase.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "CallHandOff.h"
#include "CallRouting.h"
#include "CallScreen.h"
#include "CallerLookup.h"
#include "CostModel.h"
#include "CostRates.h"
#include "CsvImport.h"
#include "CustomerCardReader.h"
#include "CustomerListModel.h"
#include "CustomerService.h"
#include "DatabaseLocation.h"
#include "DemoGenerator.h"
#include "DomainTypes.h"
#include "Economics.h"
#include "FileOutput.h"
#include "LetterBatch.h"
#include "LetterPdf.h"
#include "OfficeSettings.h"
#include "PlanRepository.h"
#include "ProblemClientsModel.h"
#include "ProblemSummary.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "StandardTimeline.h"
#include "TimelineModel.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>

namespace abonent::bench {

namespace {

// A throwaway copy of the database for a measurement that writes: made
// before by SQLite (a file copy would drop this process's locks on the
// original and could miss what its log holds), removed (with its WAL files)
// after.
class TrialCopy
{
public:
    TrialCopy(const QString& original, const QString& suffix)
        : m_path(original + suffix)
    {
        removeFiles();
        auto source = openAbonentDatabase(original);
        const Status copied = source ? source.value()->copyTo(m_path) : Status(source.error());
        m_ok = copied.ok();
        if (!m_ok) {
            QTextStream(stderr) << "could not copy the database to " << m_path << ": " << copied.errorString()
                                << Qt::endl;
        }
    }
    ~TrialCopy() { removeFiles(); }
    TrialCopy(const TrialCopy&) = delete;
    TrialCopy& operator=(const TrialCopy&) = delete;

    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    // The copy opened; null (and said why) when it cannot be.
    std::unique_ptr<Database> open() const
    {
        auto opened = openAbonentDatabase(m_path);
        if (!opened) {
            QTextStream(stderr) << opened.errorString() << Qt::endl;
            return nullptr;
        }
        return std::move(opened).value();
    }

private:
    void removeFiles() const { DatabaseFile::removeWithSideFiles(m_path); }

    QString m_path;
    bool m_ok = false;
};

// A size from the kernel's account of this process (/proc/self/status) in
// MB; -1 where there is none (not Linux).
double statusMegabytes(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // procfs reports a size of 0, so read until the end rather than by size.
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':'))) {
            return line.mid(key.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// Resident memory of this process in MB, from the kernel's own account.
double residentMegabytes()
{
    return statusMegabytes("VmRSS");
}

// The most this process has had resident (VmHWM) in MB since it started or
// since the last resetPeakResident(); -1 where unknown.
double peakResidentMegabytes()
{
    return statusMegabytes("VmHWM");
}

// Starts the peak over from what is resident now (Linux 4.0 and later).
void resetPeakResident()
{
#ifdef Q_OS_LINUX
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
#endif
}

} // namespace

int demoGeneration(const Settings& settings)
{
    if (QFileInfo::exists(settings.database) && !settings.replace) {
        QTextStream(stderr) << "demo_generation writes a new database; " << settings.database
                            << " exists (pass --replace to overwrite it)" << Qt::endl;
        return 2;
    }
    QList<double> seconds;
    QJsonArray runs;
    qint64 written = 0;
    for (int run = 0; run < settings.repeat; ++run) {
        DatabaseFile::removeWithSideFiles(settings.database);
        QElapsedTimer timer;
        timer.start();
        auto database = openAbonentDatabase(settings.database, Database::Mode::Create);
        if (!database) {
            QTextStream(stderr) << database.errorString() << Qt::endl;
            return 2;
        }
        DemoOptions options;
        options.customers = settings.customers;
        options.contacts = settings.contacts;
        options.seed = settings.seed;
        options.asOf = QDate(2026, 11, 25);
        auto summary = DemoGenerator(database.value()->connection()).generate(options);
        if (!summary) {
            QTextStream(stderr) << summary.errorString() << Qt::endl;
            return 2;
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        seconds.append(elapsed);
        runs.append(elapsed);
        written = summary->contacts;
    }
    const double median = percentile(seconds, 0.5);
    print(QJsonObject {
        {QStringLiteral("name"), QStringLiteral("demo_generation")},
        {QStringLiteral("n"), written},
        {QStringLiteral("customers"), settings.customers},
        {QStringLiteral("seconds"), median},
        {QStringLiteral("rate"), double(written) / median},
        {QStringLiteral("unit"), QStringLiteral("contacts/s")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("database_bytes"), QFileInfo(settings.database).size()},
    });
    return 0;
}

// search_keystroke: from a query string to the first screenful of results in
// the list model, for every prefix a person types on the way to a name, a
// contract number or part of a phone number.
int searchKeystroke(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    // Targets: customers picked at random; what people type to find them.
    enum Kind { Name, Contract, Phone, Street, Town, KindCount };
    QList<QPair<Kind, QString>> targets;
    {
        QSqlQuery pick(db);
        pick.exec(QStringLiteral("SELECT c.name, c.contract_number, (SELECT raw FROM phones WHERE customer_id = c.id"
                                 " LIMIT 1), c.address FROM customers c WHERE c.id IN"
                                 " (%1)")
                      .arg(sampledIds(db, QStringLiteral("customers"), 40)));
        while (pick.next()) {
            const QString name = pick.value(0).toString();
            const QStringList address = pick.value(3).toString().split(QStringLiteral(", "));
            // "12 Maple Street, …" or "г. Заречный, ул. Садовая, д. 12, …": the street with its house number.
            const QString street = address.first().front().isDigit()
                ? address.first()
                : address.value(1) + QLatin1Char(' ') + address.value(2).section(QLatin1Char(' '), -1);
            const QString town = address.first().front().isDigit() ? address.last() : address.first();
            targets << qMakePair(Name, name.section(QLatin1Char(' '), 0, 0))
                    << qMakePair(Name,
                                 name.section(QLatin1Char(' '), 0, 0).left(4) + QLatin1Char(' ')
                                     + name.section(QLatin1Char(' '), 1, 1).left(3))
                    << qMakePair(Contract, pick.value(1).toString().right(5))
                    << qMakePair(Phone, pick.value(2).toString().right(8)) << qMakePair(Street, street)
                    << qMakePair(Town, town);
        }
    }
    CustomerListModel model(db);
    model.setDefaultCountry(OfficeSettings(db).defaultCountry().value());
    QList<double> samples; // names, numbers and streets: what the goal is about
    QList<double> byKind[KindCount];
    for (int round = 0; round < settings.repeat; ++round) {
        for (const auto& [kind, target] : std::as_const(targets)) {
            for (int length = 1; length <= target.size(); ++length) {
                CustomerFilter filter;
                filter.search = target.left(length);
                QElapsedTimer timer;
                timer.start();
                model.setFilter(filter); // runs the query and loads the first page
                const double elapsed = millisecondsSince(timer);
                if (qEnvironmentVariableIsSet("ABONENT_BENCH_VERBOSE") && elapsed > 30) {
                    QTextStream(stderr) << "slow: " << filter.search << " " << elapsed << " ms, " << model.totalCount()
                                        << " matches" << Qt::endl;
                }
                byKind[kind].append(elapsed);
                if (kind != Town) {
                    samples.append(elapsed);
                }
            }
            model.setFilter(CustomerFilter {});
        }
    }
    printLatencies(QStringLiteral("search_keystroke"),
                   samples,
                   {{QStringLiteral("queries"), targets.size()},
                    {QStringLiteral("names_p99_ms"), percentile(byKind[Name], 0.99)},
                    {QStringLiteral("contracts_p99_ms"), percentile(byKind[Contract], 0.99)},
                    {QStringLiteral("phones_p99_ms"), percentile(byKind[Phone], 0.99)},
                    {QStringLiteral("streets_p99_ms"), percentile(byKind[Street], 0.99)},
                    // A town's name matches most of the base: reported, not part of the goal.
                    {QStringLiteral("towns_p99_ms"), percentile(byKind[Town], 0.99)},
                    {QStringLiteral("customers"), model.totalCount()}});
    return 0;
}

// card_load: a customer's card header and full timeline into their models.
int cardLoad(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    // The busiest customers (up to 2,000 contacts and beyond) and a random sample.
    QList<qint64> customers;
    QSqlQuery pick(db);
    pick.exec(QStringLiteral("SELECT customer_id FROM customer_months GROUP BY customer_id ORDER BY sum(contacts) DESC"
                             " LIMIT 30"));
    while (pick.next()) {
        customers << pick.value(0).toLongLong();
    }
    for (const QString& id : sampledIds(db, QStringLiteral("customers"), 170).split(QStringLiteral(", "))) {
        customers << id.toLongLong();
    }
    qint64 largest = 0;
    QList<double> samples;
    CustomerCardReader reader(db);
    const ProblemSummaryReader problems(db);
    TimelineModel timeline(db, standardTimelineSources());
    for (int round = 0; round < settings.repeat; ++round) {
        for (qint64 customer : customers) {
            QElapsedTimer timer;
            timer.start();
            auto card = reader.read(customer);
            auto summary = problems.read(customer); // tags, indicators, case
            const Status loaded = timeline.load(customer);
            samples.append(millisecondsSince(timer));
            if (!card || !summary || !loaded) {
                QTextStream(stderr) << (!card          ? card.errorString()
                                            : !summary ? summary.errorString()
                                                       : loaded.errorString())
                                    << Qt::endl;
                return 2;
            }
            largest = std::max<qint64>(largest, timeline.rowCount());
        }
    }
    printLatencies(QStringLiteral("card_load"), samples, {{QStringLiteral("largest_timeline_rows"), largest}});
    return 0;
}

// caller_lookup: known numbers as PBXs send them (E.164, as typed, national
// digits, with the trunk prefix, last digits only) and unknown ones.
int callerLookup(const Settings& settings)
{
    auto database = openExisting(settings);
    const QString country = database ? officeCountry(database->connection()) : QString();
    if (country.isEmpty()) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    QStringList numbers;
    QSqlQuery pick(db);
    pick.exec(QStringLiteral("SELECT raw, e164, tail_key FROM phones WHERE id IN (%1)")
                  .arg(sampledIds(db, QStringLiteral("phones"), 400)));
    while (pick.next()) {
        QString national = pick.value(2).toString();
        std::reverse(national.begin(), national.end());
        numbers << pick.value(0).toString() << pick.value(1).toString() << national << national.right(7);
    }
    QRandomGenerator random(settings.seed);
    for (int i = 0; i < 400; ++i) {
        numbers << QStringLiteral("+1 999 %1").arg(random.bounded(1000000, 9999999)); // nobody's
    }
    numbers << QStringLiteral("anonymous") << QString();
    const CallerLookup lookup(db, country);
    QList<double> samples;
    qint64 found = 0;
    for (int round = 0; round < settings.repeat; ++round) {
        for (const QString& number : std::as_const(numbers)) {
            QElapsedTimer timer;
            timer.start();
            auto result = lookup.lookup(number);
            samples.append(millisecondsSince(timer));
            if (!result) {
                QTextStream(stderr) << result.errorString() << Qt::endl;
                return 2;
            }
            found += result->matches.isEmpty() ? 0 : 1;
        }
    }
    printLatencies(QStringLiteral("caller_lookup"), samples, {{QStringLiteral("found"), found}});
    return 0;
}

// lookup_overlong: a caller ID of 16,000 digits (a faulty PBX, or a probe),
// looked up in process as the window and the AMI client do, then by a new
// `abonent lookup` process per call, as a PBX hook runs it.
int lookupOverlong(const Settings& settings)
{
    auto database = openExisting(settings);
    const QString country = database ? officeCountry(database->connection()) : QString();
    if (country.isEmpty()) {
        return 2;
    }
    constexpr qsizetype kDigits = 16000;
    const QString flood(kDigits, u'7');
    const CallerLookup lookup(database->connection(), country);
    QList<double> samples;
    for (int round = 0; round < 100 * settings.repeat; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto result = lookup.lookup(flood);
        samples.append(millisecondsSince(timer));
        if (!result || !result->tooLong) {
            QTextStream(stderr) << "lookup_overlong: not answered as too long: " << result.errorString() << Qt::endl;
            return 2;
        }
    }
    printLatencies(QStringLiteral("lookup_overlong"),
                   samples,
                   {{QStringLiteral("stage"), QStringLiteral("model")}, {QStringLiteral("digits"), kDigits}});

    const QString program =
        QStandardPaths::findExecutable(QStringLiteral("abonent"), {QCoreApplication::applicationDirPath()});
    if (program.isEmpty()) {
        QTextStream(stderr) << "lookup_overlong: no abonent executable next to abonent_bench" << Qt::endl;
        return 2;
    }
    samples.clear();
    for (int round = 0; round < 10 * settings.repeat; ++round) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QStringLiteral("lookup"), QStringLiteral("--db"), settings.database, flood});
        if (!process.waitForFinished(60000) || process.exitCode() != 1) {
            QTextStream(stderr) << "lookup_overlong: abonent lookup did not answer \"no match\": "
                                << process.readAllStandardError() << Qt::endl;
            return 2;
        }
        samples.append(millisecondsSince(timer));
    }
    printLatencies(QStringLiteral("lookup_overlong"),
                   samples,
                   {{QStringLiteral("stage"), QStringLiteral("process")}, {QStringLiteral("digits"), kDigits}});
    return 0;
}

namespace {

// Known numbers in the shapes a PBX sends: as typed, E.164, national digits.
QStringList knownNumbers(const QSqlDatabase& db, int count)
{
    QStringList numbers;
    QSqlQuery pick(db);
    pick.exec(QStringLiteral("SELECT raw, e164, tail_key FROM phones WHERE id IN (%1)")
                  .arg(sampledIds(db, QStringLiteral("phones"), count)));
    int shape = 0;
    while (pick.next()) {
        QString national = pick.value(2).toString();
        std::reverse(national.begin(), national.end());
        const QString forms[] = {pick.value(0).toString(), pick.value(1).toString(), national};
        numbers << forms[shape++ % 3];
    }
    return numbers;
}

// One AGI session with `abonent agi`, as Asterisk holds it: the agi_* lines,
// then "200 result=1" to every command. The milliseconds from the process's
// start to the route being set (the last variable), or a negative number.
double agiSession(const QString& program, const QString& database, const QString& callerId, QString& route)
{
    QProcess asterisk;
    QElapsedTimer timer;
    timer.start();
    asterisk.start(program, {QStringLiteral("agi"), QStringLiteral("--db"), database});
    if (!asterisk.waitForStarted(60000)) {
        return -1;
    }
    asterisk.write("agi_request: abonent\nagi_channel: PJSIP/trunk-00000001\nagi_uniqueid: 1764300000.1\n"
                   "agi_callerid: "
                   + callerId.toUtf8() + "\nagi_calleridname: unknown\nagi_context: from-trunk\n\n");
    double routed = -1;
    while (routed < 0 && (asterisk.canReadLine() || asterisk.waitForReadyRead(60000))) {
        while (asterisk.canReadLine()) {
            const QByteArray command = asterisk.readLine().trimmed();
            if (command.startsWith("SET VARIABLE ABONENT_ROUTE ")) {
                routed = millisecondsSince(timer);
                route = QString::fromUtf8(command.mid(27)).remove(QLatin1Char('"'));
            }
            asterisk.write("200 result=1\n");
        }
    }
    asterisk.closeWriteChannel();
    asterisk.waitForFinished(60000);
    return routed;
}

} // namespace

// agi_route: the dialplan asks `abonent agi` who is calling. "model" times
// CallRouting in process; "process" a new `abonent agi` for every call, from
// its start to the route set, as Asterisk runs it. Known numbers in the
// shapes PBXs send, callers with a problem tag, and numbers nobody has.
int agiRoute(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    QStringList numbers = knownNumbers(db, 100);
    QSqlQuery tagged(db);
    tagged.exec(QStringLiteral("SELECT p.raw FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                               " JOIN phones p ON p.customer_id = a.customer_id AND p.position = 0"
                               " WHERE a.removed_at IS NULL AND t.marks_problem = 1 LIMIT 50"));
    while (tagged.next()) {
        numbers << tagged.value(0).toString();
    }
    QRandomGenerator random(settings.seed);
    for (int i = 0; i < 50; ++i) {
        numbers << QStringLiteral("+1 999 %1").arg(random.bounded(1000000, 9999999)); // nobody's
    }
    const CallRouting routing(db);
    QList<double> samples;
    QHash<QString, qint64> routes;
    for (int round = 0; round < settings.repeat; ++round) {
        for (const QString& number : std::as_const(numbers)) {
            QElapsedTimer timer;
            timer.start();
            auto routed = routing.routeOf(number);
            samples.append(millisecondsSince(timer));
            if (!routed) {
                QTextStream(stderr) << "agi_route: " << routed.errorString() << Qt::endl;
                return 2;
            }
            ++routes[CallerRoute::codeOf(routed->route)];
        }
    }
    printLatencies(QStringLiteral("agi_route"),
                   samples,
                   {{QStringLiteral("stage"), QStringLiteral("model")},
                    {QStringLiteral("difficult"), routes.value(QStringLiteral("difficult"))},
                    {QStringLiteral("vip"), routes.value(QStringLiteral("vip"))},
                    {QStringLiteral("normal"), routes.value(QStringLiteral("normal"))}});

    const QString program =
        QStandardPaths::findExecutable(QStringLiteral("abonent"), {QCoreApplication::applicationDirPath()});
    if (program.isEmpty()) {
        QTextStream(stderr) << "agi_route: no abonent executable next to abonent_bench" << Qt::endl;
        return 2;
    }
    samples.clear();
    routes.clear();
    for (int round = 0; round < settings.repeat; ++round) {
        for (const QString& number : std::as_const(numbers)) {
            QString route;
            const double milliseconds = agiSession(program, settings.database, number, route);
            if (milliseconds < 0) {
                QTextStream(stderr) << "agi_route: abonent agi set no route for " << number << Qt::endl;
                return 2;
            }
            samples.append(milliseconds);
            ++routes[route];
        }
    }
    printLatencies(QStringLiteral("agi_route"),
                   samples,
                   {{QStringLiteral("stage"), QStringLiteral("process")},
                    {QStringLiteral("difficult"), routes.value(QStringLiteral("difficult"))},
                    {QStringLiteral("vip"), routes.value(QStringLiteral("vip"))},
                    {QStringLiteral("normal"), routes.value(QStringLiteral("normal"))}});
    return 0;
}

// screen_pop: from a call's number to the console's model filled (lookup and
// everything the console shows: card, warnings, allowance, last contacts,
// whom to route to). "model" times that in process; "socket" adds the local
// socket hand-off from another thread; "process" starts `abonent call --from`
// for every call, as a PBX script does, and stops when the model is filled.
int screenPop(const Settings& settings)
{
    auto database = openExisting(settings);
    const QString country = database ? officeCountry(database->connection()) : QString();
    if (country.isEmpty()) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    const CallerLookup lookup(db, country);
    const CallScreenReader reader(db);
    const std::optional<qint64> deskOperator =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM operators")).value().toLongLong();
    // What the window does when a call arrives, up to the console's model.
    auto fillModel = [&](const QString& number) -> bool {
        auto found = lookup.lookup(number);
        if (!found) {
            return false;
        }
        if (!found->matches.isEmpty()) {
            return reader.read(found->matches.first().customerId, deskOperator).ok();
        }
        return true;
    };

    const QStringList numbers = knownNumbers(db, 300);
    QList<double> model;
    for (int round = 0; round < settings.repeat; ++round) {
        for (const QString& number : numbers) {
            QElapsedTimer timer;
            timer.start();
            if (!fillModel(number)) {
                QTextStream(stderr) << "screen_pop: " << number << " could not be shown" << Qt::endl;
                return 2;
            }
            model.append(millisecondsSince(timer));
        }
    }
    printLatencies(QStringLiteral("screen_pop"), model, {{QStringLiteral("stage"), QStringLiteral("model")}});

    // The hand-off: a listener of its own, so a running Abonent is not disturbed.
    const QByteArray instance = "abonent-bench-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    qputenv("ABONENT_INSTANCE", instance);
    CallListener listener;
    if (const Status listening = listener.listen(); !listening) {
        QTextStream(stderr) << "screen_pop: " << listening.errorString() << Qt::endl;
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    qint64 startedNs = 0;
    QList<double> received;
    QEventLoop loop;
    QObject::connect(&listener, &CallListener::callReceived, &loop, [&](const CallRequest& call) {
        fillModel(call.from);
        received.append(double(clock.nsecsElapsed() - startedNs) / 1e6);
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });

    // From another thread over the socket, as a second process would, without its start-up.
    const QStringList few = numbers.mid(0, 100);
    for (const QString& number : few) {
        startedNs = clock.nsecsElapsed();
        Status delivered;
        std::unique_ptr<QThread> sender(QThread::create([number, &delivered] {
            delivered = CallHandOff::deliver(CallRequest {number, QString()}, 5000);
        }));
        sender->start();
        deadline.start(5000);
        const int missed = loop.exec();
        sender->wait();
        if (missed || !delivered) {
            QTextStream(stderr) << "screen_pop: the hand-off did not arrive" << Qt::endl;
            return 2;
        }
    }
    printLatencies(QStringLiteral("screen_pop"), received, {{QStringLiteral("stage"), QStringLiteral("socket")}});

    // `abonent call --from` as a new process per call: what a PBX script pays.
    const QString program =
        QStandardPaths::findExecutable(QStringLiteral("abonent"), {QCoreApplication::applicationDirPath()});
    if (program.isEmpty()) {
        QTextStream(stderr) << "screen_pop: no abonent executable next to abonent_bench" << Qt::endl;
        return 2;
    }
    received.clear();
    for (const QString& number : numbers.mid(0, 60)) {
        QProcess call;
        startedNs = clock.nsecsElapsed();
        call.start(program, {QStringLiteral("call"), QStringLiteral("--from"), number});
        deadline.start(10000);
        const int missed = loop.exec();
        call.waitForFinished(10000);
        if (missed || call.exitCode() != 0) {
            QTextStream(stderr) << "screen_pop: abonent call failed: " << call.readAllStandardError() << Qt::endl;
            return 2;
        }
    }
    printLatencies(QStringLiteral("screen_pop"), received, {{QStringLiteral("stage"), QStringLiteral("process")}});
    return 0;
}

namespace {

// The same per-customer figures as EconomicsService::portfolio, in one SQL
// statement over the raw contacts, payments and plan periods: the reference
// the roll-ups are measured against (and checked with).
QString referencePortfolioSql(const QDate& firstMonth, const QDate& lastMonth)
{
    using namespace CostModel;
    const SqlDialect sqlite(SqlDialect::Engine::SQLite); // the raw SQLite the roll-ups are measured against
    const QDate end = lastMonth.addMonths(1);
    const qint64 startEpoch = firstMonth.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 endEpoch = end.startOfDay(Qt::UTC).toSecsSinceEpoch();
    QStringList conversation;
    for (const QString& code : conversationChannelCodes()) {
        conversation << QStringLiteral("c.channel = '%1'").arg(code);
    }
    return QStringLiteral(
               "WITH RECURSIVE months(m, s, e) AS (SELECT '%1', julianday('%1-01'), julianday('%1-01', '+1 month')"
               "  UNION ALL SELECT strftime('%Y-%m', e), e, julianday(date(e), '+1 month') FROM months"
               "  WHERE e < julianday('%2')),"
               " spend AS (SELECT c.customer_id, %3 AS m, count(*) AS contacts,"
               "  sum(CASE WHEN %4 THEN c.duration_s ELSE 0 END) AS talk, sum(%5) AS cost FROM contacts c"
               "  WHERE c.started_at >= %6 AND c.started_at < %7 GROUP BY 1, 2),"
               " money AS (SELECT p.customer_id, %8 AS m, sum(CASE WHEN %9 > 0 THEN p.amount_minor ELSE 0 END) AS"
               "  paid, sum(CASE WHEN %9 > 0 THEN 1 ELSE 0 END) AS n, sum(CASE WHEN %9 < 0 THEN p.amount_minor"
               "  ELSE 0 END) AS credited, sum(%10) AS support, sum(%11) AS compensation FROM payments p"
               "  WHERE p.paid_on >= '%1-01' AND p.paid_on < '%2' GROUP BY 1, 2),"
               " fees AS (SELECT customer_id, m, sum(CASE WHEN d >= len THEN f ELSE (f * d * 2 + len) / (2 * len) END)"
               "  AS fee FROM (SELECT pp.customer_id, months.m, p.monthly_fee_minor AS f,"
               "  CAST(round(min(coalesce(julianday(pp.ends_on), 1e9), months.e) - max(julianday(pp.starts_on),"
               "  months.s)) AS INTEGER) AS d, CAST(round(months.e - months.s) AS INTEGER) AS len"
               "  FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id JOIN months"
               "  ON julianday(pp.starts_on) < months.e AND coalesce(julianday(pp.ends_on), 1e9) > months.s)"
               "  WHERE d > 0 GROUP BY 1, 2),"
               " keys AS (SELECT customer_id, m FROM spend UNION SELECT customer_id, m FROM money"
               "  UNION SELECT customer_id, m FROM fees)"
               " SELECT k.customer_id, sum(coalesce(fees.fee, 0) + coalesce(money.support, 0)"
               "  - coalesce(money.compensation, 0)), sum(coalesce(spend.cost, 0)), sum(coalesce(spend.contacts, 0)),"
               "  sum(coalesce(spend.talk, 0)), sum(coalesce(money.paid, 0) - coalesce(money.credited, 0))"
               "  FROM keys k LEFT JOIN spend USING (customer_id, m)"
               "  LEFT JOIN money USING (customer_id, m) LEFT JOIN fees USING (customer_id, m)"
               " GROUP BY k.customer_id ORDER BY k.customer_id;")
        .arg(EconomicsService::monthKey(firstMonth),
             end.toString(Qt::ISODate),
             contactMonthSql(sqlite, QStringLiteral("c")),
             conversation.join(QLatin1String(" OR ")),
             contactCostSql(sqlite, QStringLiteral("c")),
             QString::number(startEpoch),
             QString::number(endEpoch),
             paymentMonthSql(QStringLiteral("p")),
             paymentSignSql(QStringLiteral("p")),
             paymentOfKindSql(QStringLiteral("p"), PaymentKind::PaidSupport),
             paymentOfKindSql(QStringLiteral("p"), PaymentKind::Compensation));
}

} // namespace

// portfolio: the twelve months up to the newest contact, for every customer,
// from the roll-ups; then the same figures from the raw rows by one SQL
// statement in the sqlite3 shell, as the reference (timed, and compared).
int portfolio(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    const QDate newest =
        QDateTime::fromSecsSinceEpoch(
            sql::scalar(db, QStringLiteral("SELECT max(started_at) FROM contacts")).value().toLongLong(), Qt::UTC)
            .date();
    const EconomicsRange range = EconomicsRange::lastTwelve(newest);
    const EconomicsService economics(db);
    QList<double> runs;
    Portfolio result;
    for (int round = 0; round < settings.repeat; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto computed = economics.portfolio(range);
        runs.append(double(timer.nsecsElapsed()) / 1e9);
        if (!computed) {
            QTextStream(stderr) << computed.errorString() << Qt::endl;
            return 2;
        }
        result = std::move(computed).value();
    }
    std::sort(runs.begin(), runs.end());
    const double seconds = runs.at(runs.size() / 2);
    QJsonObject line {{QStringLiteral("name"), QStringLiteral("portfolio")},
                      {QStringLiteral("n"), result.customers.size()},
                      {QStringLiteral("months"), range.monthCount()},
                      {QStringLiteral("seconds"), seconds},
                      {QStringLiteral("loss_making"), result.lossMaking()}};

    // The reference, with the sqlite3 shell when there is one.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!shell.isEmpty()) {
        database.reset(); // the shell reads the file on its own
        QProcess reference;
        QElapsedTimer timer;
        timer.start();
        reference.start(shell, {QStringLiteral("-readonly"), settings.database});
        reference.write(referencePortfolioSql(range.firstMonth, range.lastMonth).toUtf8());
        reference.closeWriteChannel();
        reference.waitForFinished(-1);
        const double referenceSeconds = double(timer.nsecsElapsed()) / 1e9;
        // Row by row, the same figures: charged, cost, contacts, conversation seconds, received.
        QHash<qint64, const CustomerFigures*> byId;
        for (const CustomerFigures& customer : std::as_const(result.customers)) {
            byId.insert(customer.customerId, &customer);
        }
        qint64 rows = 0;
        qint64 differing = 0;
        for (const QByteArray& text : reference.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = text.split('|');
            if (fields.size() != 6) {
                continue;
            }
            ++rows;
            const CustomerFigures* ours = byId.value(fields.at(0).toLongLong());
            const bool same = ours && ours->revenueMinor == fields.at(1).toLongLong()
                && ours->costMinor == fields.at(2).toLongLong() && ours->contacts == fields.at(3).toLongLong()
                && ours->conversationSeconds == fields.at(4).toLongLong()
                && ours->cashMinor == fields.at(5).toLongLong();
            differing += same ? 0 : 1;
        }
        line.insert(QStringLiteral("reference_seconds"), referenceSeconds);
        line.insert(QStringLiteral("reference_ratio"), referenceSeconds / seconds);
        line.insert(QStringLiteral("reference_rows"), rows);
        line.insert(QStringLiteral("reference_differing"), differing);
        if (!reference.readAllStandardError().isEmpty() || rows == 0) {
            line.insert(QStringLiteral("reference_error"), QString::fromUtf8(reference.readAllStandardError()));
        }
    }
    print(line);
    return 0;
}

// card_chart: a customer's twelve-month series, as the card's chart reads it.
int cardChart(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    const EconomicsService economics(db);
    const qint64 customers = sql::scalar(db, QStringLiteral("SELECT max(id) FROM customers")).value().toLongLong();
    QRandomGenerator random(settings.seed);
    const QDate month = EconomicsService::monthStart(QDate::currentDate());
    QList<double> samples;
    for (int round = 0; round < settings.repeat; ++round) {
        for (int i = 0; i < 500; ++i) {
            const qint64 id = random.bounded(customers) + 1;
            QElapsedTimer timer;
            timer.start();
            auto series = economics.customerMonths(id, month.addMonths(-11), month);
            samples.append(millisecondsSince(timer));
            if (!series) {
                QTextStream(stderr) << series.errorString() << Qt::endl;
                return 2;
            }
        }
    }
    printLatencies(QStringLiteral("card_chart"), samples);
    return 0;
}

// rollup_maintenance: what keeping the monthly roll-ups adds to inserting a
// contact. The same 20,000 contacts are inserted (in a transaction that is
// rolled back) with the schema's triggers, and without the one that keeps the
// roll-ups (contacts_rollup_insert); then they are folded into the roll-ups,
// the work deferred from the insert ("us_per_contact_folded_later"). Then
// 3,000 contacts recorded as the application does, each committed on its own,
// both ways, on a copy of the database ("recorded_…").
int rollupMaintenance(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    QSqlDatabase db = database->connection();
    const qint64 customers = sql::scalar(db, QStringLiteral("SELECT max(id) FROM customers")).value().toLongLong();
    const qint64 operators = sql::scalar(db, QStringLiteral("SELECT max(id) FROM operators")).value().toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr int kContacts = 20000;
    const QStringList channels = allCodes<Channel>();
    QList<double> folds;
    const auto insertAll = [&](bool keepRollups) -> double {
        Transaction transaction(db); // rolled back: the database stays as it was
        QSqlQuery query(db);
        if (!keepRollups) {
            query.exec(QStringLiteral("DROP TRIGGER IF EXISTS contacts_rollup_insert"));
        }
        query.prepare(QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id)"
                                     " VALUES (?, ?, ?, ?, ?)"));
        QRandomGenerator random(settings.seed);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kContacts; ++i) {
            query.bindValue(0, random.bounded(customers) + 1);
            query.bindValue(1, channels.at(random.bounded(static_cast<int>(channels.size()))));
            query.bindValue(2, now - random.bounded(365 * 86400));
            query.bindValue(3, random.bounded(1800));
            query.bindValue(4, random.bounded(operators) + 1);
            if (!query.exec()) {
                return -1;
            }
        }
        const double microseconds = double(timer.nsecsElapsed()) / 1e3 / kContacts;
        if (keepRollups) {
            // The deferred part: folding these contacts into the roll-ups, as the application does every minute.
            timer.restart();
            if (!Rollups::foldChanges(db)) {
                return -1;
            }
            folds.append(double(timer.nsecsElapsed()) / 1e3 / kContacts);
        }
        transaction.rollback();
        return microseconds;
    };
    QList<double> with;
    QList<double> without;
    for (int round = 0; round < std::max(3, settings.repeat); ++round) {
        without.append(insertAll(false));
        with.append(insertAll(true));
    }
    if (with.contains(-1) || without.contains(-1)) {
        QTextStream(stderr) << "rollup_maintenance: an insert failed" << Qt::endl;
        return 2;
    }
    std::sort(with.begin(), with.end());
    std::sort(without.begin(), without.end());
    const double withRollups = with.at(with.size() / 2);
    const double withoutRollups = without.at(without.size() / 2);
    QJsonObject line {{QStringLiteral("name"), QStringLiteral("rollup_maintenance")},
                      {QStringLiteral("n"), kContacts},
                      {QStringLiteral("us_per_insert_with_rollups"), withRollups},
                      {QStringLiteral("us_per_insert_without_rollups"), withoutRollups},
                      {QStringLiteral("overhead_percent"), (withRollups / withoutRollups - 1) * 100}};
    std::sort(folds.begin(), folds.end());
    const double fold = folds.at(folds.size() / 2);
    line.insert(QStringLiteral("us_per_contact_folded_later"), fold);
    line.insert(QStringLiteral("overhead_with_fold_percent"), ((withRollups + fold) / withoutRollups - 1) * 100);

    // As the application records a contact: CustomerService::addContact, one
    // statement in its own transaction, committed. On a copy of the database,
    // so the committed contacts (and the swapped trigger) are left behind there.
    const QString trigger =
        sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'contacts_rollup_insert'"))
            .value()
            .toString();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db = QSqlDatabase(); // the last handle, so the connection closes with the database
    database.reset();
    const TrialCopy copy(settings.database, QStringLiteral(".rollup-trial"));
    const auto trial = copy.ok() ? copy.open() : nullptr;
    if (!trial) {
        return 2;
    }
    const QSqlDatabase trialDb = trial->connection();
    constexpr int kRecorded = 3000;
    const auto recordAll = [&](bool keepRollups) -> double {
        QSqlQuery swap(trialDb);
        swap.exec(QStringLiteral("DROP TRIGGER IF EXISTS contacts_rollup_insert"));
        if (keepRollups) {
            swap.exec(trigger);
        }
        // Each run starts with the write-ahead log empty, so no run pays for another's checkpoint.
        swap.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        CustomerService service(trialDb);
        QRandomGenerator random(settings.seed);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRecorded; ++i) {
            Contact contact;
            contact.customerId = random.bounded(customers) + 1;
            contact.channel = *fromCode<Channel>(channels.at(random.bounded(static_cast<int>(channels.size()))));
            contact.startedAt = QDateTime::fromSecsSinceEpoch(now - random.bounded(365 * 86400), Qt::UTC);
            contact.durationSeconds = static_cast<int>(random.bounded(1800));
            contact.operatorId = random.bounded(operators) + 1;
            contact.topic = QStringLiteral("Benchmark contact");
            if (!service.addContact(Actor {}, contact)) {
                return -1;
            }
        }
        return double(timer.nsecsElapsed()) / 1e3 / kRecorded;
    };
    QList<double> recordedWith;
    QList<double> recordedWithout;
    for (int round = 0; round < std::max(3, settings.repeat); ++round) {
        // Both orders, so neither way always runs second.
        if (round % 2 == 0) {
            recordedWithout.append(recordAll(false));
            recordedWith.append(recordAll(true));
        } else {
            recordedWith.append(recordAll(true));
            recordedWithout.append(recordAll(false));
        }
    }
    if (recordedWith.contains(-1) || recordedWithout.contains(-1)) {
        QTextStream(stderr) << "rollup_maintenance: recording a contact failed" << Qt::endl;
        return 2;
    }
    std::sort(recordedWith.begin(), recordedWith.end());
    std::sort(recordedWithout.begin(), recordedWithout.end());
    const double recordedWithRollups = recordedWith.at(recordedWith.size() / 2);
    const double recordedWithoutRollups = recordedWithout.at(recordedWithout.size() / 2);
    line.insert(QStringLiteral("recorded_n"), kRecorded);
    line.insert(QStringLiteral("us_per_recorded_contact_with_rollups"), recordedWithRollups);
    line.insert(QStringLiteral("us_per_recorded_contact_without_rollups"), recordedWithoutRollups);
    line.insert(QStringLiteral("recorded_overhead_percent"), (recordedWithRollups / recordedWithoutRollups - 1) * 100);
    print(line);
    return 0;
}

// problem_review: the manager's review page read from scratch (candidates
// found set-wide, then every candidate's tags, indicators and case).
int problemReview(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    ProblemClientsModel model(database->connection());
    QList<double> samples;
    for (int round = 0; round < std::max(1, settings.repeat); ++round) {
        QElapsedTimer timer;
        timer.start();
        if (const Status loaded = model.reload(); !loaded) {
            QTextStream(stderr) << loaded.errorString() << Qt::endl;
            return 2;
        }
        samples.append(millisecondsSince(timer));
    }
    printLatencies(QStringLiteral("problem_review"), samples, {{QStringLiteral("rows"), model.rowCount()}});
    return 0;
}

// memory_rss: the process with the large database open, the customer list's
// first screen and the busiest customer's card loaded.
int memoryResident(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    CustomerListModel list(db);
    while (list.rowCount() < 1000 && list.canFetchMore()) {
        list.fetchMore();
    }
    QSqlQuery busiest(db);
    busiest.exec(QStringLiteral("SELECT customer_id FROM customer_months GROUP BY customer_id"
                                " ORDER BY sum(contacts) DESC LIMIT 1"));
    busiest.next();
    CustomerCardReader reader(db);
    TimelineModel timeline(db, standardTimelineSources());
    auto card = reader.read(busiest.value(0).toLongLong());
    const Status loaded = timeline.load(busiest.value(0).toLongLong());
    if (!card || !loaded) {
        return 2;
    }
    print(QJsonObject {{QStringLiteral("name"), QStringLiteral("memory_rss")},
                       {QStringLiteral("n"), 1},
                       {QStringLiteral("rss_mb"), residentMegabytes()},
                       {QStringLiteral("customers"), list.totalCount()},
                       {QStringLiteral("timeline_rows"), timeline.rowCount()}});
    return 0;
}

namespace {

// A copy of the database for a letters measurement, opened, with its
// letterhead and customers; ok() false (and said why) when it cannot be.
class LetterTrial
{
public:
    LetterTrial(const Settings& settings, const QString& measurement, const QString& suffix)
        : m_copy(settings.database, suffix)
        , m_database(m_copy.ok() ? m_copy.open() : nullptr)
    {
        if (m_database) {
            m_run = prepareLetterRun(m_database->connection(), measurement);
        }
    }

    bool ok() const { return m_database && m_run; }
    QString path() const { return m_copy.path(); }
    QSqlDatabase connection() const { return m_database->connection(); }
    const LetterRun& run() const { return *m_run; }

private:
    TrialCopy m_copy;
    std::unique_ptr<Database> m_database;
    std::optional<LetterRun> m_run;
};

// The batch as "letters issue" runs it: every letter issued, then saved as a
// file in a folder of its own. `bytes` receives the PDFs' total size.
QList<LetterOutcome>
issueLetters(LetterService& letters, const LetterRun& run, LetterKind kind, qint64* bytes = nullptr)
{
    QTemporaryDir folder;
    LetterRequest request;
    request.kind = kind;
    return LetterBatch(letters, run.owner)
        .run(request, run.customers, [&](const IssuedLetter& letter, const QByteArray& pdf) -> Status {
            if (bytes) {
                *bytes += pdf.size();
            }
            return FileOutput::write(folder.filePath(letter.fileName()), pdf);
        });
}

// The front desk during a measurement: on a thread and a connection of its
// own, with the application's busy timeout, it records a contact every
// `intervalMs` until stopped, timing each save, waiting for the lock included.
class PacedContactDesk
{
public:
    PacedContactDesk(const QString& path, int intervalMs, quint64 seed)
        : m_thread(QThread::create([this, path, intervalMs, seed] { record(path, intervalMs, seed); }))
    {
        m_thread->start();
    }
    ~PacedContactDesk() { stop(); }
    PacedContactDesk(const PacedContactDesk&) = delete;
    PacedContactDesk& operator=(const PacedContactDesk&) = delete;

    void stop()
    {
        m_stopped = true;
        m_thread->wait();
    }
    // Read after stop().
    const QList<double>& waits() const { return m_waits; }
    int unsaved() const { return m_unsaved; }
    const QString& firstError() const { return m_firstError; }

private:
    void record(const QString& path, int intervalMs, quint64 seed)
    {
        auto opened = openAbonentDatabase(path);
        if (!opened) {
            m_firstError = opened.errorString();
            return;
        }
        const QSqlDatabase db = opened.value()->connection();
        const qint64 customers =
            sql::scalar(db, QStringLiteral("SELECT max(id) FROM customers")).value_or(1).toLongLong();
        const qint64 operators =
            sql::scalar(db, QStringLiteral("SELECT max(id) FROM operators")).value_or(1).toLongLong();
        CustomerService contacts(db);
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();
        for (qint64 due = intervalMs; !m_stopped; due += intervalMs) {
            // The pace is the benchmark's; the wait measured is the save's own.
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(0, due - clock.elapsed())));
            if (m_stopped) {
                break;
            }
            Contact contact;
            contact.customerId = random.bounded(customers) + 1;
            contact.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
            contact.durationSeconds = 300;
            contact.operatorId = random.bounded(operators) + 1;
            contact.topic = QStringLiteral("Benchmark call");
            QElapsedTimer timer;
            timer.start();
            auto saved = contacts.addContact(Actor {}, contact);
            m_waits.append(millisecondsSince(timer));
            if (!saved) {
                ++m_unsaved;
                if (m_firstError.isEmpty()) {
                    m_firstError = saved.errorString();
                }
            }
        }
    }

    std::atomic_bool m_stopped = false;
    QList<double> m_waits;
    int m_unsaved = 0;
    QString m_firstError;
    std::unique_ptr<QThread> m_thread; // last: started once the rest exists
};

// Says on stderr which letters of a batch did not go out, and why.
void reportUnissued(const QString& measurement, const QList<LetterOutcome>& outcomes)
{
    for (const LetterOutcome& outcome : outcomes) {
        if (!outcome.issued() || !outcome.delivered) {
            QTextStream(stderr) << measurement << ": customer " << outcome.customerId << ": " << outcome.error.message
                                << Qt::endl;
        }
    }
}

} // namespace

// letters_batch: the support-limit reminder to 500 customers over their
// allowance, each issued into the register (number, PDF, digest, its own
// transaction) and saved as a file, as "letters issue" and the batch dialog
// do. On a copy of the database, which gets a letterhead if it has none.
int lettersBatch(const Settings& settings)
{
    const QString name = QStringLiteral("letters_batch");
    const LetterTrial trial(settings, name, QStringLiteral(".letters-trial"));
    if (!trial.ok()) {
        return 2;
    }
    const QSqlDatabase db = trial.connection();
    const LetterRun& run = trial.run();
    LetterService letters(db);
    QList<double> runs;
    QList<LetterOutcome> outcomes;
    qint64 bytes = 0;
    for (int round = 0; round < settings.repeat; ++round) {
        bytes = 0;
        QElapsedTimer timer;
        timer.start();
        outcomes = issueLetters(letters, run, LetterKind::SupportReminder, &bytes);
        runs.append(double(timer.nsecsElapsed()) / 1e9);
    }
    const int issued = LetterBatch::issuedCount(outcomes);
    reportUnissued(name, outcomes);
    // Of which the PDF alone: the first letter's frozen content laid out and written again.
    double pdfMilliseconds = 0;
    if (issued > 0) {
        const QString content = letters.contentOf(outcomes.first().letter->id).value_or({});
        constexpr int kRenders = 50;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRenders; ++i) {
            if (!LetterPdf::render(content, {})) {
                return 2;
            }
        }
        pdfMilliseconds = double(timer.nsecsElapsed()) / 1e6 / kRenders;
    }
    std::sort(runs.begin(), runs.end());
    const double seconds = runs.at(runs.size() / 2);
    print({{QStringLiteral("name"), name},
           {QStringLiteral("pdf_only_ms_per_letter"), pdfMilliseconds},
           {QStringLiteral("n"), issued},
           {QStringLiteral("asked"), static_cast<int>(run.customers.size())},
           {QStringLiteral("blocked"), LetterBatch::blockedCount(outcomes)},
           {QStringLiteral("seconds"), seconds},
           {QStringLiteral("ms_per_letter"), issued > 0 ? seconds * 1000 / issued : 0.0},
           {QStringLiteral("pdf_kb_average"), issued > 0 ? double(bytes) / 1024 / issued : 0.0}});
    return issued == static_cast<int>(run.customers.size()) ? 0 : 2;
}

// letters_contact_wait: while a 500-letter batch runs, the front desk (a
// PacedContactDesk) records a contact every 200 ms. How long each contact
// took to be saved, how many could not be, and the batch's own time; once
// for the support-limit reminder and once for the longer service report,
// whose layout takes longest.
int lettersContactWait(const Settings& settings)
{
    const QString name = QStringLiteral("letters_contact_wait");
    const LetterTrial trial(settings, name, QStringLiteral(".letters-contact-trial"));
    if (!trial.ok()) {
        return 2;
    }
    const LetterRun& run = trial.run();
    constexpr int kIntervalMs = 200;
    LetterService letters(trial.connection());
    int exit = 0;
    for (LetterKind kind : {LetterKind::SupportReminder, LetterKind::ServiceReport}) {
        QList<double> waits;
        QList<double> batchSeconds;
        int unsaved = 0;
        int issued = 0;
        for (int round = 0; round < settings.repeat; ++round) {
            PacedContactDesk desk(trial.path(), kIntervalMs, settings.seed + round);
            QElapsedTimer timer;
            timer.start();
            const QList<LetterOutcome> outcomes = issueLetters(letters, run, kind);
            batchSeconds.append(double(timer.nsecsElapsed()) / 1e9);
            desk.stop();
            waits += desk.waits();
            unsaved += desk.unsaved();
            if (!desk.firstError().isEmpty()) {
                QTextStream(stderr) << name << ": a contact was not saved: " << desk.firstError() << Qt::endl;
            }
            issued = LetterBatch::issuedCount(outcomes);
            reportUnissued(name, outcomes);
        }
        std::sort(batchSeconds.begin(), batchSeconds.end());
        printLatencies(name,
                       waits,
                       {{QStringLiteral("letter"), codeOf(kind)},
                        {QStringLiteral("interval_ms"), kIntervalMs},
                        {QStringLiteral("unsaved"), unsaved},
                        {QStringLiteral("letters"), issued},
                        {QStringLiteral("batch_seconds"), batchSeconds.at(batchSeconds.size() / 2)}});
        if (issued != static_cast<int>(run.customers.size())) {
            exit = 2;
        }
    }
    return exit;
}

// letters_two_desks: two desks (threads with connections of their own) issue
// the 500 reminders at the same time, half each, as two "letters issue" runs
// started together would. The time until both are done, the letters either
// could not issue and why, and whether the register came out without gaps.
int lettersTwoDesks(const Settings& settings)
{
    const QString name = QStringLiteral("letters_two_desks");
    const LetterTrial trial(settings, name, QStringLiteral(".letters-desks-trial"));
    if (!trial.ok()) {
        return 2;
    }
    const QSqlDatabase db = trial.connection();
    const LetterRun& run = trial.run();
    std::array<LetterRun, 2> halves {LetterRun {run.owner, {}}, LetterRun {run.owner, {}}};
    for (qsizetype i = 0; i < run.customers.size(); ++i) {
        halves.at(i % 2).customers.append(run.customers.at(i));
    }
    QList<double> seconds;
    int issued = 0;
    int notIssued = 0;
    for (int round = 0; round < settings.repeat; ++round) {
        std::array<QList<LetterOutcome>, 2> outcomes;
        std::array<QString, 2> failures;
        std::array<std::unique_ptr<QThread>, 2> desks;
        for (int desk = 0; desk < 2; ++desk) {
            desks.at(desk).reset(QThread::create([&, desk] {
                auto opened = openAbonentDatabase(trial.path());
                if (!opened) {
                    failures.at(desk) = opened.errorString();
                    return;
                }
                LetterService letters(opened.value()->connection());
                outcomes.at(desk) = issueLetters(letters, halves.at(desk), LetterKind::SupportReminder);
            }));
        }
        QElapsedTimer timer;
        timer.start();
        for (const auto& desk : desks) {
            desk->start();
        }
        for (const auto& desk : desks) {
            desk->wait();
        }
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        for (int desk = 0; desk < 2; ++desk) {
            if (!failures.at(desk).isEmpty()) {
                QTextStream(stderr) << name << ": " << failures.at(desk) << Qt::endl;
                return 2;
            }
            reportUnissued(name, outcomes.at(desk));
            const int deskIssued = LetterBatch::issuedCount(outcomes.at(desk));
            issued += deskIssued;
            notIssued += static_cast<int>(halves.at(desk).customers.size()) - deskIssued;
        }
    }
    // Gap-free: as many letters as the highest number, which the register's counter holds.
    auto numbers = sql::scalar(db,
                               QStringLiteral("SELECT count(*) = max(l.sequence) AND max(l.sequence) = r.last_sequence"
                                              " FROM letters l JOIN letter_register r ON r.year = l.year"
                                              " GROUP BY l.year, r.last_sequence ORDER BY l.year DESC LIMIT 1"));
    std::sort(seconds.begin(), seconds.end());
    print({{QStringLiteral("name"), name},
           {QStringLiteral("n"), issued},
           {QStringLiteral("not_issued"), notIssued},
           {QStringLiteral("seconds"), seconds.at(seconds.size() / 2)},
           {QStringLiteral("register_gap_free"), numbers && numbers->toBool()}});
    return notIssued == 0 && numbers && numbers->toBool() ? 0 : 2;
}

// rates_contact_wait: the support cost rates change (every operator's hourly
// cost up by a tenth), and the whole history is recomputed with them, as the
// Support Cost Rates dialog does; meanwhile the front desk (a
// PacedContactDesk) records a contact every 200 ms. How long each contact
// took to be saved, how many could not be, and the recompute's own time.
int ratesContactWait(const Settings& settings)
{
    const QString name = QStringLiteral("rates_contact_wait");
    const TrialCopy copy(settings.database, QStringLiteral(".rates-trial"));
    const auto trial = copy.ok() ? copy.open() : nullptr;
    if (!trial) {
        return 2;
    }
    const QSqlDatabase db = trial->connection();
    auto owner = sql::scalar(db, QStringLiteral("SELECT id FROM operators WHERE role = 'owner' ORDER BY id LIMIT 1"));
    auto rates = CostRates::read(db);
    if (!owner || !rates) {
        QTextStream(stderr) << name << ": " << (owner ? rates.errorString() : owner.errorString()) << Qt::endl;
        return 2;
    }
    constexpr int kIntervalMs = 200;
    QList<double> waits;
    QList<double> seconds;
    int unsaved = 0;
    for (int round = 0; round < settings.repeat; ++round) {
        CostRates changed = rates.value();
        for (auto it = changed.operatorPerHourMinor.begin(); it != changed.operatorPerHourMinor.end(); ++it) {
            it.value() += it.value() / 10 + 1; // a different rate every round
        }
        PacedContactDesk desk(copy.path(), kIntervalMs, settings.seed + round);
        QElapsedTimer timer;
        timer.start();
        const Status saved = CostRatesService(db).save(Actor {owner->toLongLong(), Role::Owner}, changed);
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        desk.stop();
        if (!saved) {
            QTextStream(stderr) << name << ": " << saved.errorString() << Qt::endl;
            return 2;
        }
        rates = changed;
        waits += desk.waits();
        unsaved += desk.unsaved();
        if (!desk.firstError().isEmpty()) {
            QTextStream(stderr) << name << ": a contact was not saved: " << desk.firstError() << Qt::endl;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    printLatencies(name,
                   waits,
                   {{QStringLiteral("interval_ms"), kIntervalMs},
                    {QStringLiteral("unsaved"), unsaved},
                    {QStringLiteral("recompute_seconds"), seconds.at(seconds.size() / 2)}});
    return unsaved == 0 ? 0 : 2;
}

namespace {

// ------------------------------------------------------------ import_customers

// The two files import_customers brings in, as an old billing system
// exports them, and how many rows each holds.
struct ImportFiles
{
    QString customers;
    QString contacts;
    int customerRows = 0;
    qint64 contactRows = 0;
    qint64 bytes = 0;
};

constexpr const char* kImportPlans[] = {"Home 100", "Business 500"};

// A CSV field: quoted when it holds the separator, a quote or a line break.
void appendCsvField(QByteArray& row, const QByteArray& text)
{
    if (text.contains(',') || text.contains('"') || text.contains('\n')) {
        QByteArray quoted = text;
        quoted.replace("\"", "\"\"");
        row += '"' + quoted + '"';
    } else {
        row += text;
    }
}

QByteArray zeroPadded(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

// Writes `text` to `file` once it has gathered a megabyte, and at the end.
bool flushCsv(QFile& file, QByteArray& text, bool last)
{
    if (!last && text.size() < (1 << 20)) {
        return true;
    }
    const bool written = file.write(text) == text.size();
    text.clear();
    return written;
}

// Two CSV files in `folder`, the same for the same seed and sizes:
// `customers` customers (contract, name, one phone, an address with a
// comma, so quoted, one of the two plans, since when, an opening balance,
// a seventh of them owing), and ten times as many contacts over their last
// six years (contract, local time, channel as people write it, duration as
// m:ss, topic, a summary with commas and quotes now and then, the old
// system's id). Times are between 08:00 and 20:00, clear of the hour a
// change to summer time skips.
std::optional<ImportFiles> writeImportFiles(const QString& folder, int customers, quint64 seed)
{
    static const char* const firstNames[] = {
        "James", "Mary",   "Robert", "Patricia", "John",  "Jennifer", "Michael", "Linda", "David",  "Elizabeth",
        "Olga",  "Dmitry", "Anna",   "Sergei",   "Maria", "Ivan",     "Oksana",  "Taras", "Sophie", "Lucas",
        "Emma",  "Noah",   "Olivia", "Liam",     "Ava",   "Ethan",    "Mia",     "Mason", "Chloe",  "Leo"};
    static const char* const lastNames[] = {
        "Smith",     "Johnson",  "Williams",  "Brown",   "Jones",    "Garcia",   "Miller",   "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez",   "Gonzalez", "Wilson",   "Anderson", "Thomas",
        "Taylor",    "Moore",    "Jackson",   "Martin",  "Lee",      "Perez",    "Thompson", "White",
        "Harris",    "Sanchez",  "Clark",     "Ramirez", "Lewis",    "Robinson", "Walker",   "Young",
        "Allen",     "King",     "Wright",    "Scott",   "Torres",   "Nguyen",   "Hill",     "Flores"};
    static const char* const streets[] = {"Maple Street",
                                          "Oak Avenue",
                                          "Pine Road",
                                          "Cedar Lane",
                                          "Elm Street",
                                          "Birch Drive",
                                          "Lakeview Terrace",
                                          "Hillside Avenue",
                                          "Mill Road",
                                          "River Street",
                                          "Station Road",
                                          "Church Lane"};
    static const char* const towns[] = {
        "Millbrook", "Fairview", "Riverton", "Lakeside", "Greenfield", "Springdale", "Ashford", "Brookhaven"};
    static const char* const areas[] = {"212", "415", "312", "617", "773", "503", "404", "206", "713", "480"};
    static const char* const topics[] = {"No connection",
                                         "Slow speed",
                                         "Billing question",
                                         "Router setup",
                                         "Plan change",
                                         "Payment not received",
                                         "Wi-Fi drops",
                                         "Moving house",
                                         "Outage report",
                                         "Password reset"};
    static const char* const summaries[] = {"Restarted the router; works again.",
                                            "Explained the invoice, line by line.",
                                            "Line test passed, customer to call back if it happens again.",
                                            "Sent a technician, slot \"morning\" agreed.",
                                            "Customer asked about a cheaper plan; options sent by e-mail.",
                                            "Payment found, posted to the account.",
                                            "Changed the Wi-Fi channel, 5 GHz now.",
                                            "Outage in the area, customer informed",
                                            "Reset the password and confirmed the login.",
                                            ""};
    struct ChannelWord
    {
        const char* word;
        int upTo; // cumulative percent
        bool talk;
    };
    static const ChannelWord channels[] = {{"call", 55, true},
                                           {"outgoing call", 65, true},
                                           {"e-mail", 80, false},
                                           {"ticket", 90, false},
                                           {"chat", 98, true},
                                           {"visit", 100, true}};
    const auto pick = [](QRandomGenerator& random, const auto& list) {
        return QByteArray(list[random.bounded(static_cast<quint32>(std::size(list)))]);
    };

    ImportFiles files;
    files.customers = folder + QStringLiteral("/customers.csv");
    files.contacts = folder + QStringLiteral("/contacts.csv");
    files.customerRows = customers;
    files.contactRows = qint64(customers) * 10;
    QRandomGenerator random(seed);

    QFile customerFile(files.customers);
    if (!customerFile.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "import_customers: " << customerFile.errorString() << Qt::endl;
        return std::nullopt;
    }
    QByteArray text = "contract,name,phone,address,plan,since,balance\r\n";
    const QDate firstSince(2015, 1, 1);
    for (int i = 1; i <= customers; ++i) {
        const int subscriber = 2000000 + i; // a distinct seven-digit local number each
        const qint64 cents = qint64(random.bounded(20000)) - (i % 7 == 0 ? 25000 : 0);
        text += QByteArray::number(1000000 + i) + ',';
        text += pick(random, firstNames) + ' ' + pick(random, lastNames) + ',';
        text += "+1 " + QByteArray(areas[std::size_t(i) % std::size(areas)]) + ' '
            + QByteArray::number(subscriber / 10000) + ' ' + zeroPadded(subscriber % 10000, 4) + ',';
        appendCsvField(text,
                       QByteArray::number(1 + random.bounded(199)) + ' ' + pick(random, streets) + ", "
                           + pick(random, towns));
        text += ',' + QByteArray(kImportPlans[i % 5 == 0 ? 1 : 0]) + ',';
        text += firstSince.addDays(random.bounded(4000)).toString(Qt::ISODate).toLatin1() + ',';
        text += (cents < 0 ? "-" : "") + QByteArray::number(std::abs(cents) / 100) + '.'
            + zeroPadded(std::abs(cents) % 100, 2) + "\r\n";
        if (!flushCsv(customerFile, text, false)) {
            return std::nullopt;
        }
    }
    if (!flushCsv(customerFile, text, true)) {
        return std::nullopt;
    }
    files.bytes += customerFile.size();

    QFile contactFile(files.contacts);
    if (!contactFile.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "import_customers: " << contactFile.errorString() << Qt::endl;
        return std::nullopt;
    }
    const QDate firstDay(2021, 1, 1);
    QList<QByteArray> days;
    for (QDate day = firstDay; day < QDate(2026, 12, 1); day = day.addDays(1)) {
        days.append(day.toString(Qt::ISODate).toLatin1());
    }
    text = "contract,started,channel,duration,topic,summary,id\r\n";
    for (qint64 j = 1; j <= files.contactRows; ++j) {
        const int second = 8 * 3600 + int(random.bounded(12 * 3600));
        const int percent = int(random.bounded(100));
        const ChannelWord* channel = std::find_if(
            std::begin(channels), std::end(channels), [percent](const ChannelWord& c) { return percent < c.upTo; });
        const int duration = channel->talk ? 30 + int(random.bounded(1500)) : 0;
        text += QByteArray::number(1000001 + random.bounded(customers)) + ',';
        text += days.at(random.bounded(int(days.size()))) + ' ' + zeroPadded(second / 3600, 2) + ':'
            + zeroPadded(second / 60 % 60, 2) + ':' + zeroPadded(second % 60, 2) + ',';
        text += QByteArray(channel->word) + ',';
        text += QByteArray::number(duration / 60) + ':' + zeroPadded(duration % 60, 2) + ',';
        text += pick(random, topics) + ',';
        appendCsvField(text, pick(random, summaries));
        text += ",T" + zeroPadded(j, 8) + "\r\n";
        if (!flushCsv(contactFile, text, false)) {
            return std::nullopt;
        }
    }
    if (!flushCsv(contactFile, text, true)) {
        return std::nullopt;
    }
    files.bytes += contactFile.size();
    return files;
}

// A new Abonent database at `path` with the plans the files name; null
// (and said why) when it cannot be made.
std::unique_ptr<Database> createImportTarget(const QString& path)
{
    DatabaseFile::removeWithSideFiles(path);
    auto database = openAbonentDatabase(path, Database::Mode::Create);
    if (!database) {
        QTextStream(stderr) << "import_customers: " << database.errorString() << Qt::endl;
        return nullptr;
    }
    const QSqlDatabase db = database.value()->connection();
    const QString currency = OfficeSettings(db).currency().value_or(QStringLiteral("USD"));
    for (std::size_t i = 0; i < std::size(kImportPlans); ++i) {
        Plan plan;
        plan.name = QString::fromLatin1(kImportPlans[i]);
        plan.monthlyFee = Money {i == 0 ? 2500 : 9900, currency};
        plan.includedSupportMinutes = 60;
        plan.paidSupportRatePerMinuteMinor = 100;
        if (auto added = PlanRepository(db).add(plan); !added) {
            QTextStream(stderr) << "import_customers: " << added.errorString() << Qt::endl;
            return nullptr;
        }
    }
    return std::move(database).value();
}

// One file through CsvImport::run, as `abonent import` runs it: checked
// whole, then written in one transaction. The seconds it took and the peak
// resident memory meanwhile, each also by phase: the check pass, the write
// pass, and the rest (commit, folding contacts into the roll-ups). The
// phases are told apart by the progress CsvImport reports (the check pass
// counts the file's bytes once, the write pass once more).
struct ImportTiming
{
    double seconds = 0;
    double peakMegabytes = -1;
    std::array<double, 3> phaseSeconds {};
    std::array<double, 3> phasePeakMegabytes {-1, -1, -1};
};

std::optional<ImportTiming> timeCsvImport(const QSqlDatabase& db, ImportKind kind, const QString& path, qint64 rows)
{
    ImportMapping mapping;
    mapping.kind = kind;
    CsvImport import(db, path, mapping);
    ImportTiming timing;
    // The check pass reports the bytes it has read up to the file's size,
    // the write pass from there to twice the size; both report their end at
    // the exact size. The reader reads ahead a megabyte at a time, so a
    // phase ends at the last report of its end, and whatever happens before
    // the next phase reports (the transaction begun, say) counts in that one.
    const qint64 size = QFileInfo(path).size();
    std::size_t phase = 0;
    std::array<double, 3> ends {};
    QElapsedTimer timer;
    const auto notePeak = [&] {
        timing.phasePeakMegabytes.at(phase) = std::max(timing.phasePeakMegabytes.at(phase), peakResidentMegabytes());
        resetPeakResident();
    };
    const ImportProgress progress = [&](qint64 done, qint64) {
        if (phase < 2 && done > size * qint64(phase + 1)) {
            ++phase;
        }
        if (phase < 2 && done == size * qint64(phase + 1)) {
            ends.at(phase) = double(timer.nsecsElapsed()) / 1e9;
            notePeak();
        }
        return true;
    };
    resetPeakResident();
    timer.start();
    auto report = import.run(Actor {}, progress);
    timing.seconds = double(timer.nsecsElapsed()) / 1e9;
    phase = 2;
    notePeak();
    ends.at(2) = timing.seconds;
    timing.phaseSeconds = {ends.at(0), ends.at(1) - ends.at(0), ends.at(2) - ends.at(1)};
    timing.peakMegabytes = *std::max_element(timing.phasePeakMegabytes.cbegin(), timing.phasePeakMegabytes.cend());
    if (!report || !report->imported || report->added != rows) {
        QTextStream err(stderr);
        err << "import_customers: " << ImportSpec::nameOf(kind) << " not imported: "
            << (report ? QStringLiteral("%1 added of %2 rows").arg(report->added).arg(rows) : report.errorString())
            << Qt::endl;
        if (report) {
            for (const ImportProblem& problem : report->problems.mid(0, 10)) {
                err << "  line " << problem.line << ", " << problem.column << " \"" << problem.value
                    << "\": " << problem.message << Qt::endl;
            }
        }
        return std::nullopt;
    }
    return timing;
}

// The sqlite3 shell reading `script` on `database`: the seconds it took,
// or -1 (and why on stderr). Its standard output (what PRAGMAs answer) is
// not looked at; anything on its standard error is a failure.
double runShell(const QString& shell, const QString& database, const QString& script, const QString& what)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {QStringLiteral("-batch"), QStringLiteral("-bail"), database});
    if (!process.waitForStarted(60000)) {
        QTextStream(stderr) << "import_customers: " << shell << " did not start: " << process.errorString() << Qt::endl;
        return -1;
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !errors.isEmpty()) {
        QTextStream(stderr) << "import_customers: sqlite3, " << what << ": " << errors << Qt::endl;
        return -1;
    }
    return seconds;
}

// What every shell run sets first: the connection settings Abonent's own
// connection uses (models/storage/Database.cpp), so the comparison is
// between the two ways of writing, not two configurations.
QString shellSettings()
{
    return QStringLiteral("PRAGMA journal_mode = WAL;\n"
                          "PRAGMA foreign_keys = ON;\n"
                          "PRAGMA synchronous = NORMAL;\n"
                          "PRAGMA cache_size = -65536;\n"
                          "PRAGMA temp_store = MEMORY;\n"
                          "PRAGMA mmap_size = 67108864;\n");
}

// A file name as the shell's dot-commands take it.
QString shellQuoted(const QString& path)
{
    return QLatin1Char('"') + QString(path).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
}

// The shell's equivalent of importing the customers file into Abonent's
// schema. `.import` can only append a file's columns to one table, so the
// file goes into a temporary table as it is (`.import --csv --skip 1`) and
// from there, in the same transaction, INSERT … SELECT writes what Abonent
// writes for a new customer: the customers row (kind, status, the date
// normalised, the search words and digits the full-text indexes are fed
// from by their triggers), the phone (E.164, the reversed national number
// the caller lookup's index uses), the open plan period (plan found by name)
// and the opening balance in minor units, each row finding its customer by
// contract number through the unique index. Everything the schema holds
// applies: constraints, foreign keys, indexes, triggers. What it does not
// do is what the program does on top: no row is checked beyond the schema's
// constraints, numbers are not parsed by libphonenumber (the SQL knows this
// file writes them as "+1 AAA EEE NNNN"), no duplicate contract is reported
// with its line, no audit entry. It is a lower bound for the same result,
// and the result is compared with Abonent's afterwards.
QString shellCustomersScript(const QString& file, const QString& currency)
{
    // The national number "AAAEEENNNN" reversed, digit by digit: SQLite has no reverse().
    QStringList reversed;
    for (int digit = 10; digit >= 1; --digit) {
        reversed << QStringLiteral("substr(national, %1, 1)").arg(digit);
    }
    return shellSettings()
        + QStringLiteral(
              "BEGIN;\n"
              "CREATE TEMP TABLE customers_in (contract TEXT, name TEXT, phone TEXT, address TEXT, plan TEXT,"
              " since TEXT, balance TEXT);\n"
              ".import --csv --skip 1 --schema temp %1 customers_in\n"
              "CREATE TEMP VIEW customers_read AS SELECT rowid AS line, trim(contract) AS contract, trim(name) AS name,"
              " trim(phone) AS raw, replace(trim(phone), ' ', '') AS e164, substr(replace(trim(phone), ' ', ''), 3)"
              " AS national, trim(address) AS address, trim(plan) AS plan, date(trim(since)) AS since,"
              " trim(balance) AS balance FROM customers_in;\n"
              "INSERT INTO customers (contract_number, kind, name, address, email, notes, status, customer_since,"
              " search_words, search_digits, created_at, updated_at)"
              " SELECT contract, 'person', name, address, '', '', 'active', since,"
              " lower(name || ' ' || contract || ' ' || address || '  '),"
              " contract || ' ' || national || ' ' || substr(e164, 2), unixepoch(), unixepoch()"
              " FROM customers_read ORDER BY line;\n"
              "INSERT INTO phones (customer_id, position, raw, e164, extension, tail_key, label)"
              " SELECT c.id, 0, r.raw, r.e164, '', %2, '' FROM customers_read r"
              " JOIN customers c ON c.contract_number = r.contract ORDER BY r.line;\n"
              "INSERT INTO plan_periods (customer_id, plan_id, starts_on)"
              " SELECT c.id, p.id, r.since FROM customers_read r JOIN customers c ON c.contract_number = r.contract"
              " JOIN plans p ON lower(p.name) = lower(r.plan) ORDER BY r.line;\n"
              "INSERT INTO opening_balances (customer_id, as_of, balance_minor, currency, recorded_at)"
              " SELECT c.id, date('now', 'localtime'), CAST(round(r.balance * 100) AS INTEGER), '%3', unixepoch()"
              " FROM customers_read r JOIN customers c ON c.contract_number = r.contract WHERE r.balance <> ''"
              " ORDER BY r.line;\n"
              "COMMIT;\n")
              .arg(shellQuoted(file), reversed.join(QLatin1String(" || ")), currency);
}

// The same for the contacts file: into a temporary table, then one
// INSERT … SELECT into contacts (customer by contract through the unique
// index, the channel's word looked up in a small table, local time to UTC
// seconds, m:ss to seconds; the trigger keeps each customer's last contact
// as it does for the program), and the old system's ids into import_keys
// (its primary key index), in one transaction. Contact ids are given as
// SQLite would give them (the highest so far plus the line), so the keys
// can name them. Then, as CsvImport::run does after its commit, the new
// contacts are folded into the monthly roll-ups with the statement
// Rollups::foldChanges runs.
QString shellContactsScript(const QString& file)
{
    const SqlDialect sqlite(SqlDialect::Engine::SQLite);
    // Rollups::foldChanges, statement for statement.
    const QString fold =
        QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                       " handling_seconds, cost_minor) SELECT customer_id, month, sum(contacts),"
                       " sum(conversation_seconds), sum(handling_seconds), sum(cost_minor) FROM (%1)"
                       " WHERE true GROUP BY customer_id, month%2;\n"
                       "UPDATE rollup_state SET folded_through = (SELECT coalesce(max(id), 0) FROM contacts);\n")
            .arg(Rollups::pendingContactsSql(sqlite),
                 sqlite.upsertClause({QStringLiteral("customer_id"), QStringLiteral("month")},
                                     QStringLiteral("contacts = contacts + excluded.contacts,"
                                                    " conversation_seconds = conversation_seconds"
                                                    " + excluded.conversation_seconds,"
                                                    " handling_seconds = handling_seconds + excluded.handling_seconds,"
                                                    " cost_minor = cost_minor + excluded.cost_minor")));
    return shellSettings()
        + QStringLiteral(
              "BEGIN;\n"
              "CREATE TEMP TABLE contacts_in (contract TEXT, started TEXT, channel TEXT, duration TEXT, topic TEXT,"
              " summary TEXT, id TEXT);\n"
              "CREATE TEMP TABLE channel_words (word TEXT PRIMARY KEY, code TEXT NOT NULL);\n"
              "INSERT INTO channel_words VALUES ('call', 'phone_in'), ('outgoing call', 'phone_out'),"
              " ('e-mail', 'email'), ('ticket', 'ticket'), ('chat', 'chat'), ('visit', 'visit');\n"
              ".import --csv --skip 1 --schema temp %1 contacts_in\n"
              "CREATE TEMP TABLE first_id AS SELECT coalesce(max(id), 0) AS id FROM main.contacts;\n"
              "CREATE TEMP VIEW contacts_read AS SELECT rowid AS line, trim(contract) AS contract, trim(started) AS"
              " started, lower(trim(channel)) AS channel, trim(duration) AS duration, trim(topic) AS topic,"
              " trim(summary) AS summary, trim(id) AS id FROM contacts_in;\n"
              "INSERT INTO contacts (id, customer_id, channel, started_at, duration_s, topic, summary, outcome,"
              " conduct)"
              " SELECT (SELECT id FROM first_id) + r.line, c.id, w.code,"
              " CAST(strftime('%s', r.started, 'utc') AS INTEGER),"
              " CAST(substr(r.duration, 1, instr(r.duration, ':') - 1) AS INTEGER) * 60"
              " + CAST(substr(r.duration, instr(r.duration, ':') + 1) AS INTEGER),"
              " r.topic, r.summary, 'resolved', 'normal'"
              " FROM contacts_read r JOIN customers c ON c.contract_number = r.contract"
              " JOIN channel_words w ON w.word = r.channel ORDER BY r.line;\n"
              "INSERT INTO import_keys (source, external_id, row_id)"
              " SELECT 'contact', r.id, (SELECT id FROM first_id) + r.line FROM contacts_read r ORDER BY r.line;\n"
              "COMMIT;\n"
              "BEGIN;\n%2COMMIT;\n")
              .arg(shellQuoted(file), fold);
}

// The shell's plain `.import` of a file into a table of the file's columns
// with no index, no trigger, nothing to convert.
QString shellBareScript(const QString& file, const QString& table, const QString& columns)
{
    return shellSettings()
        + QStringLiteral("CREATE TABLE %2 (%3);\n"
                         ".import --csv --skip 1 %1 %2\n")
              .arg(shellQuoted(file), table, columns);
}

// Rows that differ, either way, between what Abonent wrote (main) and what
// the shell wrote (the database attached as `ref`), table by table, leaving
// out the times each wrote its rows at. Said on stderr when not 0.
qint64 differingRows(const QSqlDatabase& db, const QString& reference)
{
    const std::pair<const char*, const char*> tables[] = {
        {"customers",
         "id, contract_number, kind, name, address, email, notes, status, customer_since, search_words,"
         " search_digits, last_contact_at"},
        {"phones", "id, customer_id, position, raw, e164, extension, tail_key, label"},
        {"plan_periods", "id, customer_id, plan_id, starts_on, ends_on"},
        {"opening_balances", "customer_id, as_of, balance_minor, currency"},
        {"contacts", "*"},
        {"import_keys", "*"},
        {"customer_months", "*"},
        {"rollup_state", "*"},
    };
    QSqlQuery attach(db);
    if (!attach.exec(QStringLiteral("ATTACH DATABASE '%1' AS ref")
                         .arg(QString(reference).replace(QLatin1Char('\''), QLatin1String("''"))))) {
        QTextStream(stderr) << "import_customers: " << attach.lastError().text() << Qt::endl;
        return -1;
    }
    qint64 total = 0;
    for (const auto& [table, columns] : tables) {
        const QString one = QStringLiteral("SELECT %2 FROM %3.%1");
        const QString name = QLatin1String(table);
        const QString cols = QLatin1String(columns);
        auto differing = sql::scalar(
            db,
            QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2))"
                           " + (SELECT count(*) FROM (%2 EXCEPT %1))")
                .arg(one.arg(name, cols, QStringLiteral("main")), one.arg(name, cols, QStringLiteral("ref"))));
        const qint64 count = differing ? differing->toLongLong() : -1;
        if (count != 0) {
            QTextStream(stderr) << "import_customers: " << name << ": "
                                << (differing ? QString(QString::number(count)
                                                        + QStringLiteral(" rows differ from the shell's"))
                                              : differing.errorString())
                                << Qt::endl;
            total += count < 0 ? 1 : count;
        }
    }
    attach.exec(QStringLiteral("DETACH DATABASE ref"));
    return total;
}

} // namespace

// import_customers: an office's old data brought in from CSV, as `abonent
// import` does it (CsvImport: every row checked, then all written in one
// transaction): --customers customers with a phone each (default 100,000),
// then ten times as many contacts, from files generated in a temporary
// folder beside --db (which is not touched). The peak resident memory is
// the process's highest during each import. Then, with the sqlite3 shell
// when there is one, the same files into an empty database made the same
// way, with the schema's indexes and triggers (see shellCustomersScript and
// shellContactsScript), and into bare tables. ratio = our speed ÷ the
// shell's with the schema (the goal: at least 0.5); bare_ratio = the shell's
// speed into bare tables ÷ into the schema. One line per file and one for both.
int importCustomers(const Settings& settings)
{
    const QString name = QStringLiteral("import_customers");
    QTemporaryDir folder(QFileInfo(settings.database).absolutePath() + QStringLiteral("/import-bench-XXXXXX"));
    if (!folder.isValid()) {
        QTextStream(stderr) << name << ": no temporary folder: " << folder.errorString() << Qt::endl;
        return 2;
    }
    if (qEnvironmentVariableIsSet("ABONENT_BENCH_KEEP_FILES")) {
        // The files and the databases, to look at or to run the shell on by hand.
        folder.setAutoRemove(false);
        QTextStream(stderr) << name << ": keeping " << folder.path() << Qt::endl;
    }
    QElapsedTimer generation;
    generation.start();
    const auto files = writeImportFiles(folder.path(), settings.customers, settings.seed);
    if (!files) {
        return 2;
    }
    const double generationSeconds = double(generation.nsecsElapsed()) / 1e9;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        QTextStream(stderr) << name
                            << ": no sqlite3 on PATH, so the shell's .import is not measured beside it"
                               " (Debian: apt-get install sqlite3)"
                            << Qt::endl;
    }

    struct Figures
    {
        QList<double> ours, shell, bare, peak;
        std::array<QList<double>, 3> phaseSeconds, phasePeak;

        void add(const ImportTiming& timing)
        {
            ours.append(timing.seconds);
            peak.append(timing.peakMegabytes);
            for (std::size_t phase = 0; phase < timing.phaseSeconds.size(); ++phase) {
                phaseSeconds.at(phase).append(timing.phaseSeconds.at(phase));
                phasePeak.at(phase).append(timing.phasePeakMegabytes.at(phase));
            }
        }
    };
    Figures customers;
    Figures contacts;
    double residentBefore = 0;
    qint64 differing = 0;
    for (int round = 0; round < settings.repeat; ++round) {
        const QString ours = folder.filePath(QStringLiteral("abonent.sqlite"));
        const QString reference = folder.filePath(QStringLiteral("shell.sqlite"));
        const QString bare = folder.filePath(QStringLiteral("bare.sqlite"));
        QString currency;
        {
            // The shell's target: made as ours is, then closed for the shell to open.
            const auto target = createImportTarget(reference);
            if (!target) {
                return 2;
            }
            currency = OfficeSettings(target->connection()).currency().value_or(QStringLiteral("USD"));
        }
        auto database = createImportTarget(ours);
        if (!database) {
            return 2;
        }
        const QSqlDatabase db = database->connection();
        if (round == 0) {
            residentBefore = residentMegabytes();
        }
        const auto importBoth = [&]() -> bool {
            const auto customersTime = timeCsvImport(db, ImportKind::Customers, files->customers, files->customerRows);
            const auto contactsTime = customersTime
                ? timeCsvImport(db, ImportKind::Contacts, files->contacts, files->contactRows)
                : std::nullopt;
            if (!customersTime || !contactsTime) {
                return false;
            }
            customers.add(*customersTime);
            contacts.add(*contactsTime);
            return true;
        };
        // The same files with the shell: into the schema, then into bare tables.
        const auto shellBoth = [&]() -> bool {
            DatabaseFile::removeWithSideFiles(bare);
            const double shellCustomers = runShell(
                shell, reference, shellCustomersScript(files->customers, currency), QStringLiteral("customers"));
            const double shellContacts = shellCustomers < 0
                ? -1
                : runShell(shell, reference, shellContactsScript(files->contacts), QStringLiteral("contacts"));
            const double bareCustomers =
                runShell(shell,
                         bare,
                         shellBareScript(files->customers,
                                         QStringLiteral("customers_in"),
                                         QStringLiteral("contract TEXT, name TEXT, phone TEXT, address TEXT, plan TEXT,"
                                                        " since TEXT, balance TEXT")),
                         QStringLiteral("bare customers"));
            const double bareContacts =
                runShell(shell,
                         bare,
                         shellBareScript(files->contacts,
                                         QStringLiteral("contacts_in"),
                                         QStringLiteral("contract TEXT, started TEXT, channel TEXT, duration TEXT,"
                                                        " topic TEXT, summary TEXT, id TEXT")),
                         QStringLiteral("bare contacts"));
            if (shellCustomers < 0 || shellContacts < 0 || bareCustomers < 0 || bareContacts < 0) {
                return false;
            }
            customers.shell.append(shellCustomers);
            contacts.shell.append(shellContacts);
            customers.bare.append(bareCustomers);
            contacts.bare.append(bareContacts);
            return true;
        };
        const auto shellIfAny = [&] { return shell.isEmpty() || shellBoth(); };
        // Turn about, so that neither always runs first on a machine others share.
        if (!(round % 2 == 0 ? importBoth() && shellIfAny() : shellIfAny() && importBoth())) {
            return 2;
        }
        if (shell.isEmpty()) {
            continue;
        }
        differing = std::max(differing, differingRows(db, reference));
    }

    const auto median = [](const QList<double>& values) { return values.isEmpty() ? 0.0 : percentile(values, 0.5); };
    const auto line =
        [&](const QString& file, qint64 rows, double ours, double peak, double shellSeconds, double bareSeconds) {
            QJsonObject result {{QStringLiteral("name"), name},
                                {QStringLiteral("file"), file},
                                {QStringLiteral("n"), rows},
                                {QStringLiteral("seconds"), ours},
                                {QStringLiteral("rows_per_s"), double(rows) / ours},
                                {QStringLiteral("rate"), double(rows) / ours},
                                {QStringLiteral("unit"), QStringLiteral("rows/s")},
                                {QStringLiteral("peak_rss_mb"), peak}};
            if (shell.isEmpty()) {
                result.insert(QStringLiteral("sqlite3"), QStringLiteral("missing"));
            } else {
                result.insert(QStringLiteral("sqlite3_seconds"), shellSeconds);
                result.insert(QStringLiteral("ratio"), shellSeconds / ours);
                result.insert(QStringLiteral("bare_seconds"), bareSeconds);
                result.insert(QStringLiteral("bare_ratio"), shellSeconds / bareSeconds);
            }
            return result;
        };
    // One file's line, with where the time and the memory went: the check
    // pass, the write pass, the commit and the fold.
    const auto printFile = [&](const QString& file, qint64 rows, const Figures& figures) {
        QJsonObject result =
            line(file, rows, median(figures.ours), median(figures.peak), median(figures.shell), median(figures.bare));
        const char* phases[] = {"check", "write", "commit"};
        for (std::size_t phase = 0; phase < std::size(phases); ++phase) {
            const QString prefix = QLatin1String(phases[phase]);
            result.insert(prefix + QStringLiteral("_seconds"), median(figures.phaseSeconds.at(phase)));
            result.insert(prefix + QStringLiteral("_peak_rss_mb"), median(figures.phasePeak.at(phase)));
        }
        print(result);
    };
    printFile(QStringLiteral("customers"), files->customerRows, customers);
    printFile(QStringLiteral("contacts"), files->contactRows, contacts);
    QList<double> both;
    QList<double> bothShell;
    QList<double> bothBare;
    for (int round = 0; round < customers.ours.size(); ++round) {
        both.append(customers.ours.at(round) + contacts.ours.at(round));
        if (round < customers.shell.size()) {
            bothShell.append(customers.shell.at(round) + contacts.shell.at(round));
            bothBare.append(customers.bare.at(round) + contacts.bare.at(round));
        }
    }
    QJsonObject total = line(QStringLiteral("both"),
                             files->customerRows + files->contactRows,
                             median(both),
                             std::max(percentile(customers.peak, 1.0), percentile(contacts.peak, 1.0)),
                             median(bothShell),
                             median(bothBare));
    total.insert(QStringLiteral("customers"), files->customerRows);
    total.insert(QStringLiteral("contacts"), files->contactRows);
    total.insert(QStringLiteral("rss_before_mb"), residentBefore);
    total.insert(QStringLiteral("csv_bytes"), files->bytes);
    total.insert(QStringLiteral("generation_seconds"), generationSeconds);
    total.insert(QStringLiteral("runs"), settings.repeat);
    if (!shell.isEmpty()) {
        QJsonArray ratios;
        for (int round = 0; round < both.size(); ++round) {
            ratios.append(bothShell.at(round) / both.at(round));
        }
        total.insert(QStringLiteral("ratios"), ratios);
        total.insert(QStringLiteral("reference_differing"), differing);
    }
    print(total);
    return 0;
}

} // namespace abonent::bench
