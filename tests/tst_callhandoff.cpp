#include "CallConsole.h"
#include "CallHandOff.h"
#include "CustomerCardView.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "GuiApplication.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace abonent;

// Calls reach the running window: from `abonent call` in another process,
// over the per-user local socket, and the window shows the caller.
class TestCallHandOff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void linesRoundTrip();
    void secondProcessDeliversToTheFirst();
    void withNobodyListeningDeliveryFails();
    void windowShowsTheCaller();
    void consoleWarnsTimesAndRecordsTheCall();

private:
    QTemporaryDir m_dir;
};

void TestCallHandOff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestCallHandOff::init()
{
    // A name of this test's own, so parallel test runs never share it.
    qputenv("ABONENT_INSTANCE", "abonent-test-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12));
}

void TestCallHandOff::linesRoundTrip()
{
    const CallRequest call {QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("201")};
    const QByteArray line = CallHandOff::encode(call);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one line a call, whatever the number holds
    const auto back = CallHandOff::decode(line);
    QVERIFY(back);
    QCOMPARE(back->from, call.from);
    QCOMPARE(back->to, call.to);
    QVERIFY(!CallHandOff::decode("not json\n"));
    QVERIFY(!CallHandOff::decode("{\"other\":1}\n"));
    // A withheld number is an empty "from", still a call.
    QVERIFY(CallHandOff::decode(CallHandOff::encode({QString(), QString()})));
}

void TestCallHandOff::secondProcessDeliversToTheFirst()
{
    CallListener listener;
    QVERIFY2(listener.listen(), qPrintable(listener.error()));
    QSignalSpy received(&listener, &CallListener::callReceived);
    // A second listener under the same name defers to the first.
    CallListener second;
    QVERIFY(!second.listen());
    QVERIFY(!second.error().isEmpty());

    QProcess pbx; // as an Asterisk dialplan or any PBX script would run it
    pbx.start(QStringLiteral(ABONENT_EXECUTABLE),
              {QStringLiteral("call"),
               QStringLiteral("--from"),
               QStringLiteral("+74951234567"),
               QStringLiteral("--to"),
               QStringLiteral("201")});
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 30000);
    // (It may well have finished while the test waited for the call.)
    QTRY_COMPARE_WITH_TIMEOUT(pbx.state(), QProcess::NotRunning, 30000);
    QCOMPARE(pbx.exitCode(), 0);
    const auto call = received.first().first().value<CallRequest>();
    QCOMPARE(call.from, QStringLiteral("+74951234567"));
    QCOMPARE(call.to, QStringLiteral("201"));

    // Without --from the command refuses, and nothing is delivered.
    pbx.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("call")});
    QVERIFY(pbx.waitForFinished(30000));
    QCOMPARE(pbx.exitCode(), 2);
    QCOMPARE(received.count(), 1);
}

void TestCallHandOff::withNobodyListeningDeliveryFails()
{
    const Status delivered = CallHandOff::deliver({QStringLiteral("+74951234567"), QString()}, 500);
    QVERIFY(!delivered.ok());
    QCOMPARE(delivered.error().code, Error::Code::NotFound);
}

void TestCallHandOff::windowShowsTheCaller()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("calls.sqlite"));
    qint64 known = 0;
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        DemoOptions options;
        options.customers = 50;
        options.asOf = QDate(2026, 11, 25);
        QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
        Customer caller;
        caller.contractNumber = QStringLiteral("C-1");
        caller.name = QStringLiteral("Calling Customer");
        caller.customerSince = QDate(2026, 1, 1);
        caller.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0199"), QString()).value())};
        known = CustomerService(database->connection()).create(Actor {}, caller).value();
    }
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    MainWindow* window = gui.mainWindow();

    // Handed over as `abonent call` would: the caller's card comes forward.
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    QProcess pbx;
    pbx.start(QStringLiteral(ABONENT_EXECUTABLE),
              {QStringLiteral("call"), QStringLiteral("--from"), QStringLiteral("2125550199")});
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(pbx.state(), QProcess::NotRunning, 30000);
    QCOMPARE(pbx.exitCode(), 0);
    auto* card = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
    QVERIFY(card);
    QCOMPARE(card->customerId(), known);

    // A number nobody has: the list, searching for it.
    gui.showCall({QStringLiteral("+1 999 555 0000"), QString()});
    QCOMPARE(window->tabs()->currentIndex(), 0);
    QCOMPARE(window->searchField()->text(), QStringLiteral("+1 999 555 0000"));
    // Withheld: the search, ready to type a name.
    gui.showCall({QStringLiteral("anonymous"), QString()});
    QCOMPARE(window->tabs()->currentIndex(), 0);
}

void TestCallHandOff::consoleWarnsTimesAndRecordsTheCall()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
    qint64 caller = 0;
    qint64 desk = 0;
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        const QSqlDatabase db = database->connection();
        DemoOptions options;
        options.customers = 50;
        options.asOf = QDate(2026, 11, 25);
        QVERIFY(DemoGenerator(db).generate(options).ok());
        desk = sql::scalar(db, QStringLiteral("SELECT min(id) FROM operators")).value().toLongLong();
        Customer customer;
        customer.contractNumber = QStringLiteral("C-2");
        customer.name = QStringLiteral("Loud Caller");
        customer.customerSince = QDate(2026, 1, 1);
        customer.phones = {
            CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0123"), QString()).value())};
        caller = CustomerService(db).create(Actor {desk, Role::Owner}, customer).value();
        TagService tags(db);
        TagRequest warning;
        warning.tagId = tags.shippedTag(QLatin1String(ShippedTags::threats)).value().id;
        warning.reason = QStringLiteral("Threatened the engineer on Monday");
        QVERIFY(tags.assign(Actor {desk, Role::Owner}, caller, warning).ok());
    }
    QSettings().setValue(GuiApplication::deskOperatorKey(path), desk);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("(212) 555-0123"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QTRY_VERIFY(console->isVisible());
    QCOMPARE(console->customerId(), caller);
    // The warning, its reason and what to do, before the caller finishes "hello".
    QVERIFY(console->bannerLabel()->isVisible());
    QVERIFY(console->bannerLabel()->text().contains(QStringLiteral("Threatened the engineer on Monday")));
    QVERIFY(console->bannerLabel()->text().contains(QStringLiteral("Write down the exact words")));
    // The timer runs.
    const QString started = console->timerLabel()->text();
    QTRY_VERIFY_WITH_TIMEOUT(console->timerLabel()->text() != started, 5000);
    // Keyboard only: the topic has the focus; Ctrl+Enter records the call with its time.
    QTest::keyClicks(console->topicField(), QStringLiteral("Threats again"));
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    auto database = Database::open(path, Database::Mode::ReadOnly);
    const QSqlDatabase db = database.value()->connection();
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = ? AND topic = ?"),
                         {caller, QStringLiteral("Threats again")})
                 .value()
                 .toInt(),
             1);
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT duration_s FROM contacts WHERE customer_id = ?"), {caller})
                .value()
                .toInt()
            >= 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT operator_id FROM contacts WHERE customer_id = ?"), {caller})
                 .value()
                 .toLongLong(),
             desk);
    QTRY_VERIFY(!gui.callConsole()); // closed once recorded
}

QTEST_MAIN(TestCallHandOff)
#include "tst_callhandoff.moc"
