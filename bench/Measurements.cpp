#include "Measurements.h"

#include "AbonentDatabase.h"
#include "BenchReport.h"
#include "CallHandOff.h"
#include "CallRouting.h"
#include "CallScreen.h"
#include "CallerLookup.h"
#include "CostModel.h"
#include "CostRates.h"
#include "CustomerCardReader.h"
#include "CustomerListModel.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "DomainTypes.h"
#include "Economics.h"
#include "FileOutput.h"
#include "LetterBatch.h"
#include "LetterPdf.h"
#include "OfficeSettings.h"
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

#include <array>
#include <atomic>

namespace abonent::bench {

namespace {

double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printLatencies(const QString& name, const QList<double>& samples, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("name"), name);
    extra.insert(QStringLiteral("n"), samples.size());
    extra.insert(QStringLiteral("p50_ms"), percentile(samples, 0.50));
    extra.insert(QStringLiteral("p99_ms"), percentile(samples, 0.99));
    extra.insert(QStringLiteral("max_ms"), percentile(samples, 1.0));
    print(extra);
}

std::unique_ptr<Database> openExisting(const Settings& settings)
{
    if (!QFileInfo::exists(settings.database)) {
        QTextStream(stderr) << settings.database
                            << " does not exist; create it first with: abonent_bench --db PATH demo_generation"
                            << Qt::endl;
        return nullptr;
    }
    auto database = openAbonentDatabase(settings.database);
    if (!database) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return nullptr;
    }
    return std::move(database).value();
}

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

// The office's country, which numbers without a country code belong to;
// empty (and said why) when it cannot be read.
QString officeCountry(const QSqlDatabase& db)
{
    auto country = OfficeSettings(db).defaultCountry();
    if (!country) {
        QTextStream(stderr) << country.errorString() << Qt::endl;
        return {};
    }
    return country.value();
}

// Resident memory of this process in MB, from the kernel's own account.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // procfs reports a size of 0, so read until the end rather than by size.
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
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
        pick.exec(
            QStringLiteral("SELECT c.name, c.contract_number, (SELECT raw FROM phones WHERE customer_id = c.id"
                           " LIMIT 1), c.address FROM customers c WHERE c.id IN"
                           " (SELECT abs(random()) % (SELECT max(id) FROM customers) + 1 FROM customers LIMIT 40)"));
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
    pick.exec(QStringLiteral("SELECT abs(random()) % (SELECT max(id) FROM customers) + 1 FROM customers LIMIT 170"));
    while (pick.next()) {
        customers << pick.value(0).toLongLong();
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
    pick.exec(QStringLiteral("SELECT raw, e164, tail_key FROM phones WHERE id IN"
                             " (SELECT abs(random()) % (SELECT max(id) FROM phones) + 1 FROM phones LIMIT 400)"));
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
    pick.exec(QStringLiteral("SELECT raw, e164, tail_key FROM phones WHERE id IN"
                             " (SELECT abs(random()) % (SELECT max(id) FROM phones) + 1 FROM phones LIMIT %1)")
                  .arg(count));
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

// Whom the letters measurements write to, as the office's owner: up to 500
// customers over their allowance in the newest month.
struct LetterRun
{
    Actor owner;
    QList<qint64> customers;
};

// Gives a trial copy a letterhead when it has none and picks the customers.
std::optional<LetterRun> prepareLetterRun(const QSqlDatabase& db, const QString& measurement)
{
    OfficeSettings office(db);
    if (office.text(QStringLiteral("letters.company.name"), {}).value_or({}).isEmpty()) {
        for (const auto& [key, value] : {std::pair {"letters.company.name", "Benchmark Broadband LLC"},
                                         std::pair {"letters.company.address", "1 Test Street, Testville"},
                                         std::pair {"letters.company.phone", "+1 555 0100"},
                                         std::pair {"letters.company.email", "care@benchmark.example"},
                                         std::pair {"letters.company.signatory", "Pat Owner"}}) {
            if (!office.setText(QLatin1String(key), QLatin1String(value))) {
                return std::nullopt;
            }
        }
    }
    auto ownerId = sql::scalar(db, QStringLiteral("SELECT id FROM operators WHERE role = 'owner' ORDER BY id LIMIT 1"));
    if (!ownerId) {
        QTextStream(stderr) << measurement << ": the database has no owner" << Qt::endl;
        return std::nullopt;
    }
    constexpr int kLetters = 500;
    QSqlQuery over(db);
    if (!over.exec(QStringLiteral("SELECT cm.customer_id FROM customer_months cm"
                                  " JOIN plan_periods pp ON pp.customer_id = cm.customer_id AND pp.ends_on IS NULL"
                                  " JOIN plans p ON p.id = pp.plan_id"
                                  " WHERE cm.month = (SELECT max(month) FROM customer_months)"
                                  " AND p.support_included = 1 AND p.included_support_minutes > 0"
                                  " AND cm.conversation_seconds > p.included_support_minutes * 60 + 30"
                                  " ORDER BY cm.customer_id LIMIT %1")
                       .arg(kLetters))) {
        QTextStream(stderr) << measurement << ": " << over.lastError().text() << Qt::endl;
        return std::nullopt;
    }
    LetterRun run {Actor {ownerId->toLongLong(), Role::Owner}, {}};
    while (over.next()) {
        run.customers.append(over.value(0).toLongLong());
    }
    return run;
}

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

} // namespace abonent::bench
