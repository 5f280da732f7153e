#include "CallHandOff.h"
#include "CustomerCardView.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "GuiApplication.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
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

QTEST_MAIN(TestCallHandOff)
#include "tst_callhandoff.moc"
