#include "CaseService.h"
#include "ChangeNotifier.h"
#include "ContactDialog.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "FormSupport.h"
#include "ServerConnection.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace abonent;

// The server going away and coming back while a desk works on it (a real
// PostgreSQL 15, run-with-postgresql.sh): what fails says so plainly, the
// connection is made again by itself, statements prepared before work
// after, and what a person typed into a form is still there to save.
class TestServerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCutConnectionIsSaidAndMadeAgain();
    void aServerRestartMidSessionIsRidden();
    void whatWasTypedIsKeptAndSavedOnceTheServerIsBack();

private:
    QSqlDatabase db() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_server;
    std::unique_ptr<Database> m_database;
};

namespace {

constexpr int kShortMs = 50; // the watcher's intervals in these tests
constexpr int kServerBackMs = 60000; // how long a restarted server may take to answer

// Ends the server process behind `db`'s session, as a server restart or a
// dropped network does to it, from a connection of the test's own.
bool cutSessionOf(const QSqlDatabase& db)
{
    auto pid = sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid) {
        return false;
    }
    bool cut = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (admin.open()) {
            QSqlQuery query(admin);
            cut = query.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value().toLongLong()))
                && query.next() && query.value(0).toBool();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return cut;
}

// Restarts the whole cluster this test runs against (pg_virtualenv's, the
// one at PGPORT), as `pg_ctlcluster … restart` does on a server.
bool restartServer()
{
    QProcess list;
    list.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("--no-header")});
    if (!list.waitForFinished(30000) || list.exitCode() != 0) {
        qWarning("pg_lsclusters: %s", list.readAllStandardError().constData());
        return false;
    }
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    for (const QString& line : QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 3 || fields.at(2) != port) {
            continue;
        }
        QProcess restart;
        restart.start(
            QStringLiteral("pg_ctlcluster"),
            {fields.at(0), fields.at(1), QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast")});
        if (!restart.waitForFinished(120000) || restart.exitCode() != 0) {
            qWarning("pg_ctlcluster: %s", restart.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    qWarning("No cluster on port %s", qPrintable(port));
    return false;
}

} // namespace

void TestServerLoss::initTestCase()
{
    QVERIFY2(test::testsOnServer() || qEnvironmentVariableIsSet("PGPORT"), "run through run-with-postgresql.sh");
    qputenv("ABONENT_TEST_ENGINE", "postgresql");
    QVERIFY(m_dir.isValid());
}

void TestServerLoss::init()
{
    m_server = std::make_unique<test::ScratchDatabase>(m_dir, QString());
    QVERIFY(!m_server->location().isEmpty());
    m_database = test::openDatabase(m_server->location());
    QVERIFY(m_database);
    DemoOptions demo;
    demo.customers = 5;
    demo.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(db()).generate(demo));
}

void TestServerLoss::cleanup()
{
    m_database.reset();
    m_server.reset();
}

void TestServerLoss::aCutConnectionIsSaidAndMadeAgain()
{
    ServerConnection watch(*m_database);
    watch.setIntervals(kShortMs, kShortMs);
    QSignalSpy lost(&watch, &ServerConnection::lost);
    QSignalSpy restored(&watch, &ServerConnection::restored);
    auto byId = sql::prepareSelect(db(), QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    QVERIFY(byId);
    QVERIFY(sql::execPrepared(byId.value(), {1}) && byId->next());
    const QString name = byId->value(0).toString();

    QVERIFY(cutSessionOf(db()));
    QSqlQuery write(db());
    const Status refused = sql::exec(write, QStringLiteral("UPDATE customers SET notes = 'lost?' WHERE id = 1"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Unreachable);
    QVERIFY2(refused.errorString().contains(QStringLiteral("cannot be reached")), qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(QStringLiteral("try again")), qPrintable(refused.errorString()));

    // Noticed by the next look, and made again at once: the server is up.
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QVERIFY(watch.isConnected());
    QCOMPARE(lost.count(), 1);

    // The failed change was never made; the same one now is.
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT notes FROM customers WHERE id = 1"))->toString(), QString());
    QVERIFY(sql::exec(write, QStringLiteral("UPDATE customers SET notes = 'back' WHERE id = 1")));
    // A statement prepared before the cut runs after it.
    QVERIFY(sql::execPrepared(byId.value(), {1}) && byId->next());
    QCOMPARE(byId->value(0).toString(), name);
    // The session is set up as before: the desk's own time zone.
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zone.isEmpty()) {
        QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT current_setting('TimeZone')"))->toString(), zone);
    }
}

void TestServerLoss::aServerRestartMidSessionIsRidden()
{
    ServerConnection watch(*m_database);
    watch.setIntervals(kShortMs, kShortMs);
    QSignalSpy lost(&watch, &ServerConnection::lost);
    QSignalSpy restored(&watch, &ServerConnection::restored);
    QVERIFY(sql::execDirect(db(), QStringLiteral("UPDATE customers SET notes = 'before' WHERE id = 2")));

    QVERIFY(restartServer());
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kServerBackMs);
    QCOMPARE(lost.count(), 1);
    QVERIFY(watch.isConnected());
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT notes FROM customers WHERE id = 2"))->toString(),
             QStringLiteral("before"));
    QVERIFY(sql::execDirect(db(), QStringLiteral("UPDATE customers SET notes = 'after' WHERE id = 2")));
}

void TestServerLoss::whatWasTypedIsKeptAndSavedOnceTheServerIsBack()
{
    ChangeNotifier notifier;
    CustomerService customers(db(), &notifier);
    TagService tags(db(), &notifier);
    CaseService cases(db(), &notifier);
    const qint64 owner =
        sql::scalar(db(), QStringLiteral("SELECT min(id) FROM operators WHERE role = 'owner'"))->toLongLong();
    QVERIFY(owner > 0);
    DeskContext desk;
    desk.db = db();
    desk.databasePath = m_database->path();
    desk.customers = &customers;
    desk.tags = &tags;
    desk.cases = &cases;
    desk.notifier = &notifier;
    desk.actor = [owner] { return std::optional<Actor>(Actor {owner, Role::Owner}); };
    desk.knownOperator = [owner] { return std::optional<qint64>(owner); };
    desk.defaultCountry = QStringLiteral("US");
    desk.currency = QStringLiteral("USD");
    ServerConnection watch(*m_database);
    watch.setIntervals(kShortMs, kShortMs);
    QSignalSpy restored(&watch, &ServerConnection::restored);
    const qint64 contactsBefore = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM contacts"))->toLongLong();

    ContactDialog dialog(desk, 3, QStringLiteral("Customer three"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* duration = dialog.findChild<QLineEdit*>(QStringLiteral("duration"));
    auto* topic = dialog.findChild<QLineEdit*>(QStringLiteral("topic"));
    auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summary"));
    QVERIFY(duration && topic && summary);
    QTest::keyClicks(duration, QStringLiteral("4:30"));
    QTest::keyClicks(topic, QStringLiteral("Router keeps rebooting"));
    QTest::keyClicks(summary, QStringLiteral("Typed while the server was away."));

    QVERIFY(cutSessionOf(db()));
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    if (!save) {
        save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    // Not saved, still open, everything typed still there, and why said.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(topic->text(), QStringLiteral("Router keeps rebooting"));
    QCOMPARE(summary->toPlainText(), QStringLiteral("Typed while the server was away."));
    QCOMPARE(duration->text(), QStringLiteral("4:30"));
    const QList<FieldMessage*> messages = dialog.findChildren<FieldMessage*>();
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const FieldMessage* message) {
        return message->text().contains(QStringLiteral("cannot be reached"));
    }));

    // The watcher makes the connection again; the same press saves it.
    watch.check();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM contacts"))->toLongLong(), contactsBefore + 1);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT summary FROM contacts WHERE id = ?"), {dialog.contactId()})
                 ->toString(),
             QStringLiteral("Typed while the server was away."));
}

QTEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
