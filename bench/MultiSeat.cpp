// multiseat: an office of several desks on one PostgreSQL server, each desk a
// process of its own doing what the window does at a busy front desk.
//
// Every second each seat looks a caller up, opens a card and records a
// contact with one of "its" customers (every seat's list shows them all on
// its first page); now and then it adds a line to one customer's notes that
// every seat writes to, and issues a support reminder. Each seat listens for
// the other desks' changes as the window does (LiveUpdates into its own
// ChangeNotifier, the customer list following each change), and notes when
// its list has read each changed customer again. The coordinator starts the
// seats together, then joins what they report:
//   - card and lookup latency, as each seat waited for them;
//   - how long after a seat began saving a contact each other seat's list had
//     read the customer again (from before the save began, so the save itself
//     is counted: an upper bound);
//   - lost updates: contacts a seat saved that the database lacks, note lines
//     a seat saved that the notes lack;
//   - letter numbers of the year issued twice or skipped.
//
// It writes into the database it is given (contacts, note lines, letters):
// run it on a copy (createdb -T).

#include "BenchReport.h"
#include "BenchSupport.h"
#include "CallerLookup.h"
#include "ChangeNotifier.h"
#include "CustomerCardReader.h"
#include "CustomerListModel.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "DatabaseLocation.h"
#include "LetterService.h"
#include "LiveUpdates.h"
#include "Measurements.h"
#include "ProblemSummary.h"
#include "SqlSupport.h"
#include "StandardTimeline.h"
#include "TimelineModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace abonent::bench {

namespace {

const QString kName = QStringLiteral("multiseat");

// Wall-clock microseconds: the seats are processes on one computer, so their
// times compare.
qint64 nowMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString seatTopic(const QString& run, int seat)
{
    return QStringLiteral("multiseat %1 seat %2").arg(run).arg(seat);
}

QString noteLine(const QString& run, int seat, int edit)
{
    return QStringLiteral("multiseat %1 seat %2 edit %3").arg(run, QString::number(seat), QString::number(edit));
}

// One desk. Prepared before the start (its list read, its samples drawn),
// then driven by a one-second timer on its own event loop, so that the other
// desks' announcements are received between its own actions, as in the window.
class Seat
{
public:
    Seat(const Settings& settings, std::unique_ptr<Database> database)
        : m_settings(settings)
        , m_database(std::move(database))
        , m_db(m_database->connection())
        , m_live(m_db, &m_notifier)
        , m_list(m_db)
        , m_cards(m_db)
        , m_problems(m_db)
        , m_timeline(m_db, standardTimelineSources())
        , m_customers(m_db, &m_notifier)
        , m_letters(m_db, &m_notifier)
        , m_random(settings.seed * 1000 + static_cast<quint64>(settings.seat))
    {
    }

    // Everything read before the start; false (and said why) when it cannot be.
    bool prepare()
    {
        if (const Status listening = m_live.listen(); !listening) {
            return fail(QStringLiteral("cannot listen: ") + listening.errorString());
        }
        const QString country = officeCountry(m_db);
        if (country.isEmpty()) {
            return false;
        }
        m_lookup = std::make_unique<CallerLookup>(m_db, country);
        if (m_list.rowCount() < m_settings.seats + 1) {
            return fail(QStringLiteral("the list's first page has too few customers"));
        }
        // Row 0's notes are everyone's; rows after it are shared out by seat.
        m_sharedNotes = m_list.customerIdAt(0);
        for (int row = 1; row < m_list.rowCount(); ++row) {
            if (row % m_settings.seats == m_settings.seat) {
                m_own << m_list.customerIdAt(row);
            }
        }
        QSqlQuery pick(m_db);
        if (!pick.exec(QStringLiteral("SELECT raw FROM phones WHERE id IN (%1)")
                           .arg(sampledIds(m_db, QStringLiteral("phones"), 300)))) {
            return fail(pick.lastError().text());
        }
        while (pick.next()) {
            m_numbers << pick.value(0).toString();
        }
        if (!pick.exec(QStringLiteral("SELECT id FROM customers WHERE id IN (%1)")
                           .arg(sampledIds(m_db, QStringLiteral("customers"), 300)))) {
            return fail(pick.lastError().text());
        }
        while (pick.next()) {
            m_cardCustomers << pick.value(0).toLongLong();
        }
        auto run = prepareLetterRun(m_db, kName);
        if (!run) {
            return false;
        }
        m_owner = run->owner;
        for (qsizetype i = m_settings.seat; i < run->customers.size(); i += m_settings.seats) {
            m_letterCustomers << run->customers.at(i);
        }
        const auto anyone = sql::scalar(m_db, QStringLiteral("SELECT min(id) FROM operators"));
        if (!anyone || m_numbers.isEmpty() || m_cardCustomers.isEmpty()) {
            return fail(QStringLiteral("no operators, phones or customers to work with"));
        }
        m_operator = anyone->toLongLong();
        // A window has looked a caller up and opened a card long before the
        // busy hour: its statements are prepared, the server's caches warm.
        lookUpACaller();
        openACard();
        m_lookups.clear();
        m_cardTimes.clear();

        QObject::connect(&m_notifier, &ChangeNotifier::customerChanged, &m_list, [this](qint64 customer) {
            m_list.followChange(customer);
            m_seen.append(QJsonArray {customer, nowMicroseconds()});
        });
        QObject::connect(&m_notifier, &ChangeNotifier::customersReset, &m_list, [this] {
            m_list.reload();
            m_seen.append(QJsonArray {0, nowMicroseconds()}); // everyone read again
        });
        return true;
    }

    // Runs the seat for the set time, then a few seconds more to receive the
    // last announcements, and returns what it saw.
    QJsonObject run(const QString& runId)
    {
        m_runId = runId;
        QTimer tick;
        tick.setInterval(1000);
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, [this, &tick] {
            if (m_ticks == m_settings.seconds) {
                tick.stop();
                QTimer::singleShot(kDrainMs, qApp, &QCoreApplication::quit);
                return;
            }
            work();
            ++m_ticks;
        });
        // The seats' seconds are spread out, as calls are.
        QTimer::singleShot(1000 * m_settings.seat / m_settings.seats, &tick, [&tick] { tick.start(); });
        QCoreApplication::exec();
        return report();
    }

private:
    static constexpr int kDrainMs = 3000;
    static constexpr int kMostNoteAttempts = 100;

    bool fail(const QString& message)
    {
        QTextStream(stderr) << kName << " seat " << m_settings.seat << ": " << message << Qt::endl;
        return false;
    }

    void error(const QString& message)
    {
        if (m_errors.size() < 10) {
            m_errors.append(message);
        }
    }

    void work()
    {
        lookUpACaller();
        openACard();
        recordAContact();
        if (m_ticks % 5 == 0) {
            startANoteLine(); // every seat at once: their saves cross
        } else if (m_noteBase) {
            saveTheNoteLine();
        }
        if (m_ticks % 10 == m_settings.seat % 10 && !m_letterCustomers.isEmpty()) {
            issueALetter();
        }
    }

    void lookUpACaller()
    {
        const QString& number = m_numbers.at(m_random.bounded(static_cast<int>(m_numbers.size())));
        QElapsedTimer timer;
        timer.start();
        auto found = m_lookup->lookup(number);
        m_lookups.append(millisecondsSince(timer));
        if (!found) {
            error(found.errorString());
        }
    }

    // As the card reads itself: its header, the problem summary, the timeline.
    void openACard()
    {
        const qint64 customer = m_cardCustomers.at(m_random.bounded(static_cast<int>(m_cardCustomers.size())));
        QElapsedTimer timer;
        timer.start();
        auto card = m_cards.read(customer);
        auto summary = m_problems.read(customer);
        const Status timeline = m_timeline.load(customer);
        m_cardTimes.append(millisecondsSince(timer));
        if (!card || !summary || !timeline) {
            error(!card ? card.errorString() : !summary ? summary.errorString() : timeline.errorString());
        }
    }

    void recordAContact()
    {
        Contact contact;
        contact.customerId = m_own.at(m_ticks % m_own.size());
        contact.startedAt = QDateTime::currentDateTimeUtc().addSecs(-240);
        contact.durationSeconds = 180;
        contact.operatorId = m_operator;
        contact.topic = seatTopic(m_runId, m_settings.seat);
        const qint64 began = nowMicroseconds();
        auto saved = m_customers.addContact(Actor {m_operator, Role::Operator}, contact);
        if (saved) {
            m_saves.append(QJsonArray {contact.customerId, began});
        } else {
            error(saved.errorString());
        }
    }

    // As people writing one customer's notes: the notes as they were when
    // the person began, saved a second later on that version. Told another
    // desk saved first, take theirs in and save again (the merge prompt's
    // "Save Yours" with both texts kept).
    void startANoteLine()
    {
        auto customer = CustomerRepository(m_db).find(m_sharedNotes);
        if (!customer) {
            error(customer.errorString());
            return;
        }
        m_noteBase = std::make_pair(customer->notes, customer->notesVersion);
    }

    void saveTheNoteLine()
    {
        const QString line = noteLine(m_runId, m_settings.seat, m_ticks);
        auto [notes, version] = *std::exchange(m_noteBase, std::nullopt);
        for (int attempt = 0; attempt < kMostNoteAttempts; ++attempt) {
            const Status saved = m_customers.saveNotes(Actor {m_operator, Role::Operator},
                                                       m_sharedNotes,
                                                       notes.isEmpty() ? line : notes + u'\n' + line,
                                                       version);
            if (saved) {
                m_noteLines.append(line);
                return;
            }
            if (saved.error().code != Error::Code::Stale) {
                error(saved.errorString());
                return;
            }
            ++m_staleNotes;
            auto theirs = CustomerRepository(m_db).find(m_sharedNotes);
            if (!theirs) {
                error(theirs.errorString());
                return;
            }
            notes = theirs->notes;
            version = theirs->notesVersion;
        }
        error(QStringLiteral("notes: gave up after %1 clashes").arg(kMostNoteAttempts));
    }

    void issueALetter()
    {
        LetterRequest request;
        request.kind = LetterKind::SupportReminder;
        request.customerId = m_letterCustomers.at(m_letterIndex++ % m_letterCustomers.size());
        auto issued = m_letters.issue(m_owner, request);
        if (issued) {
            m_letterNumbers.append(issued->number);
        } else {
            error(issued.errorString());
        }
    }

    QJsonObject report() const
    {
        QJsonArray cards;
        for (double ms : m_cardTimes) {
            cards.append(ms);
        }
        QJsonArray lookups;
        for (double ms : m_lookups) {
            lookups.append(ms);
        }
        return {
            {QStringLiteral("seat"), m_settings.seat},
            {QStringLiteral("listening"), m_live.isListening()},
            {QStringLiteral("card_ms"), cards},
            {QStringLiteral("lookup_ms"), lookups},
            {QStringLiteral("saves"), m_saves},
            {QStringLiteral("seen"), m_seen},
            {QStringLiteral("note_lines"), QJsonArray::fromStringList(m_noteLines)},
            {QStringLiteral("stale_notes"), m_staleNotes},
            {QStringLiteral("letters"), QJsonArray::fromStringList(m_letterNumbers)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(m_errors)},
        };
    }

    const Settings& m_settings;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    ChangeNotifier m_notifier;
    LiveUpdates m_live;
    CustomerListModel m_list;
    CustomerCardReader m_cards;
    ProblemSummaryReader m_problems;
    TimelineModel m_timeline;
    CustomerService m_customers;
    LetterService m_letters;
    std::unique_ptr<CallerLookup> m_lookup;
    QRandomGenerator m_random;

    QString m_runId;
    qint64 m_sharedNotes = 0;
    qint64 m_operator = 0;
    Actor m_owner;
    QList<qint64> m_own;
    QList<qint64> m_cardCustomers;
    QList<qint64> m_letterCustomers;
    QStringList m_numbers;
    std::optional<std::pair<QString, qint64>> m_noteBase; // notes and version, as read
    int m_ticks = 0;
    int m_letterIndex = 0;

    QList<double> m_cardTimes;
    QList<double> m_lookups;
    QJsonArray m_saves; // [customer, µs when the save began]
    QJsonArray m_seen; // [customer (0: all), µs when the list had read it again]
    QStringList m_noteLines;
    int m_staleNotes = 0;
    QStringList m_letterNumbers;
    QStringList m_errors;
};

// A seat process: prepares, says "ready", waits for "go <run>" on its
// standard input, works, and prints its report as one JSON line.
int runSeat(const Settings& settings)
{
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    Seat seat(settings, std::move(database));
    if (!seat.prepare()) {
        return 2;
    }
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        return 2;
    }
    const QByteArray go = in.readLine().trimmed();
    if (!go.startsWith("go ")) {
        return 2;
    }
    const QJsonObject report = seat.run(QString::fromUtf8(go.mid(3)));
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// What the seats reported, joined into the measurement's figures.
struct Joined
{
    QList<double> cards;
    QList<double> lookups;
    QList<double> visible;
    int notVisible = 0;
    int contactsSaved = 0;
    int noteLinesSaved = 0;
    int staleNotes = 0;
    QStringList noteLines;
    QStringList letters;
    QStringList errors;
    bool allListening = true;
};

Joined join(const std::vector<QJsonObject>& reports)
{
    Joined joined;
    // Per seat, per customer, when its list read that customer again.
    std::vector<QHash<qint64, QList<qint64>>> seenBy(reports.size());
    for (size_t seat = 0; seat < reports.size(); ++seat) {
        const QJsonObject& report = reports.at(seat);
        joined.allListening &= report.value(QStringLiteral("listening")).toBool();
        for (const QJsonValue& ms : report.value(QStringLiteral("card_ms")).toArray()) {
            joined.cards << ms.toDouble();
        }
        for (const QJsonValue& ms : report.value(QStringLiteral("lookup_ms")).toArray()) {
            joined.lookups << ms.toDouble();
        }
        for (const QJsonValue& seen : report.value(QStringLiteral("seen")).toArray()) {
            const QJsonArray pair = seen.toArray();
            seenBy[seat][pair.at(0).toInteger()] << pair.at(1).toInteger();
        }
        for (const QJsonValue& line : report.value(QStringLiteral("note_lines")).toArray()) {
            joined.noteLines << line.toString();
        }
        joined.staleNotes += report.value(QStringLiteral("stale_notes")).toInt();
        for (const QJsonValue& number : report.value(QStringLiteral("letters")).toArray()) {
            joined.letters << number.toString();
        }
        for (const QJsonValue& message : report.value(QStringLiteral("errors")).toArray()) {
            joined.errors << QStringLiteral("seat %1: %2").arg(seat).arg(message.toString());
        }
    }
    joined.noteLinesSaved = static_cast<int>(joined.noteLines.size());
    // The first time each other seat read the customer again after the save began.
    const auto firstAfter = [](const QList<qint64>& times, qint64 began) {
        std::optional<qint64> first;
        for (qint64 time : times) {
            if (time >= began && (!first || time < *first)) {
                first = time;
            }
        }
        return first;
    };
    for (size_t writer = 0; writer < reports.size(); ++writer) {
        for (const QJsonValue& save : reports.at(writer).value(QStringLiteral("saves")).toArray()) {
            const qint64 customer = save.toArray().at(0).toInteger();
            const qint64 began = save.toArray().at(1).toInteger();
            ++joined.contactsSaved;
            for (size_t reader = 0; reader < reports.size(); ++reader) {
                if (reader == writer) {
                    continue;
                }
                const auto one = firstAfter(seenBy[reader].value(customer), began);
                const auto all = firstAfter(seenBy[reader].value(0), began);
                const std::optional<qint64> first = one && all ? std::min(*one, *all) : one ? one : all;
                if (first) {
                    joined.visible << double(*first - began) / 1000.0;
                } else {
                    ++joined.notVisible;
                }
            }
        }
    }
    return joined;
}

// Reads the seats' output as it comes; their reports are their last lines.
class SeatProcess
{
public:
    SeatProcess(const Settings& settings, int seat)
    {
        QStringList arguments {QStringLiteral("--db"),
                               settings.database,
                               QStringLiteral("--seed"),
                               QString::number(settings.seed),
                               QStringLiteral("--seats"),
                               QString::number(settings.seats),
                               QStringLiteral("--seconds"),
                               QString::number(settings.seconds),
                               QStringLiteral("--seat"),
                               QString::number(seat),
                               kName};
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), arguments);
    }

    // Waits for the line "ready"; false when the seat ended or took too long.
    bool waitUntilReady(QDeadlineTimer deadline)
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning
                || !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
                return false;
            }
        }
        return m_process.readLine().trimmed() == "ready";
    }

    // Written at once: QProcess would otherwise hold it until this process
    // next waits on this seat, and the seats would start one after another.
    bool go(const QString& runId)
    {
        m_process.write("go " + runId.toUtf8() + '\n');
        return m_process.waitForBytesWritten(10000);
    }

    std::optional<QJsonObject> waitForReport(QDeadlineTimer deadline)
    {
        if (!m_process.waitForFinished(static_cast<int>(deadline.remainingTime()))
            || m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
            m_process.kill();
            return std::nullopt;
        }
        const QJsonDocument report = QJsonDocument::fromJson(m_process.readAll().trimmed());
        return report.isObject() ? std::optional<QJsonObject>(report.object()) : std::nullopt;
    }

private:
    QProcess m_process;
};

} // namespace

int multiSeat(const Settings& settings)
{
    if (settings.seat >= 0) {
        return runSeat(settings);
    }
    auto location = DatabaseLocation::parse(settings.database);
    if (!location || !location->isServer()) {
        QTextStream(stderr) << kName << " needs a database on a PostgreSQL server: --db postgresql://…" << Qt::endl;
        return 2;
    }
    auto database = openExisting(settings);
    if (!database) {
        return 2;
    }
    const QSqlDatabase db = database->connection();
    // The letterhead, once, before the seats look for it.
    if (!prepareLetterRun(db, kName)) {
        return 2;
    }
    const QString runId = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const int year = QDate::currentDate().year();

    std::vector<std::unique_ptr<SeatProcess>> seats;
    for (int seat = 0; seat < settings.seats; ++seat) {
        seats.push_back(std::make_unique<SeatProcess>(settings, seat));
    }
    const QDeadlineTimer setUp(std::chrono::minutes(5));
    for (size_t seat = 0; seat < seats.size(); ++seat) {
        if (!seats.at(seat)->waitUntilReady(setUp)) {
            QTextStream(stderr) << kName << ": seat " << seat << " did not get ready" << Qt::endl;
            return 2;
        }
    }
    for (size_t seat = 0; seat < seats.size(); ++seat) {
        if (!seats.at(seat)->go(runId)) {
            QTextStream(stderr) << kName << ": seat " << seat << " could not be started" << Qt::endl;
            return 2;
        }
    }
    const QDeadlineTimer finish(std::chrono::seconds(settings.seconds + 120));
    std::vector<QJsonObject> reports;
    for (size_t seat = 0; seat < seats.size(); ++seat) {
        auto report = seats.at(seat)->waitForReport(finish);
        if (!report) {
            QTextStream(stderr) << kName << ": seat " << seat << " did not report" << Qt::endl;
            return 2;
        }
        reports.push_back(*report);
    }
    const Joined joined = join(reports);
    for (const QString& message : joined.errors) {
        QTextStream(stderr) << kName << ": " << message << Qt::endl;
    }

    // Lost updates: what the seats saved that the database does not hold.
    qint64 contactsFound = 0;
    for (int seat = 0; seat < settings.seats; ++seat) {
        contactsFound +=
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE topic = ?"), {seatTopic(runId, seat)})
                .value_or(0)
                .toLongLong();
    }
    QSqlQuery notesQuery(db);
    notesQuery.prepare(QStringLiteral("SELECT notes FROM customers WHERE notes LIKE ?"));
    notesQuery.addBindValue(QString(QStringLiteral("%multiseat ") + runId + QStringLiteral(" seat%")));
    const QString notes = notesQuery.exec() && notesQuery.next() ? notesQuery.value(0).toString() : QString();
    int noteLinesLost = 0;
    for (const QString& line : joined.noteLines) {
        noteLinesLost += notes.split(u'\n').contains(line) ? 0 : 1;
    }
    // The year's numbers: each once, none skipped, and every one a seat was given is there.
    QSqlQuery numbering(db);
    numbering.prepare(QStringLiteral("SELECT count(*), count(DISTINCT number), coalesce(max(sequence), 0)"
                                     " FROM letters WHERE year = ?"));
    numbering.addBindValue(year);
    if (!numbering.exec() || !numbering.next()) {
        QTextStream(stderr) << kName << ": " << numbering.lastError().text() << Qt::endl;
        return 2;
    }
    const qint64 letters = numbering.value(0).toLongLong();
    const qint64 distinct = numbering.value(1).toLongLong();
    const qint64 highest = numbering.value(2).toLongLong();
    qint64 lettersMissing = highest - distinct;
    for (const QString& number : joined.letters) {
        lettersMissing += sql::scalar(db, QStringLiteral("SELECT count(*) FROM letters WHERE number = ?"), {number})
                              .value_or(0)
                              .toLongLong()
            == 0;
    }

    print({{QStringLiteral("name"), kName},
           {QStringLiteral("n"), joined.contactsSaved},
           {QStringLiteral("seats"), settings.seats},
           {QStringLiteral("seconds"), settings.seconds},
           {QStringLiteral("all_listening"), joined.allListening},
           {QStringLiteral("card_n"), joined.cards.size()},
           {QStringLiteral("card_p50_ms"), percentile(joined.cards, 0.50)},
           {QStringLiteral("card_p99_ms"), percentile(joined.cards, 0.99)},
           {QStringLiteral("lookup_n"), joined.lookups.size()},
           {QStringLiteral("lookup_p50_ms"), percentile(joined.lookups, 0.50)},
           {QStringLiteral("lookup_p99_ms"), percentile(joined.lookups, 0.99)},
           {QStringLiteral("visible_n"), joined.visible.size()},
           {QStringLiteral("visible_p50_ms"), percentile(joined.visible, 0.50)},
           {QStringLiteral("visible_p99_ms"), percentile(joined.visible, 0.99)},
           {QStringLiteral("visible_max_ms"), percentile(joined.visible, 1.0)},
           {QStringLiteral("not_visible"), joined.notVisible},
           {QStringLiteral("contacts_saved"), joined.contactsSaved},
           {QStringLiteral("contacts_lost"), joined.contactsSaved - contactsFound},
           {QStringLiteral("note_lines_saved"), joined.noteLinesSaved},
           {QStringLiteral("note_saves_refused_stale"), joined.staleNotes},
           {QStringLiteral("note_lines_lost"), noteLinesLost},
           {QStringLiteral("letters_issued"), joined.letters.size()},
           {QStringLiteral("letter_numbers_duplicate"), letters - distinct},
           {QStringLiteral("letter_numbers_missing"), lettersMissing},
           {QStringLiteral("errors"), joined.errors.size()}});
    return joined.errors.isEmpty() ? 0 : 1;
}

} // namespace abonent::bench
