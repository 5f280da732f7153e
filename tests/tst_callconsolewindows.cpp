#include "AmiClient.h"
#include "CallConsole.h"
#include "CallTestSupport.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "FakeAmiServer.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// The call console among real windows: run under Xvfb with openbox
// (tests/run-under-xvfb.sh), where the window manager decides which window
// is in front and which gets the keys, as on an operator's desktop.
class TestCallConsoleWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachCallComesToTheFrontWithTheKeyboard();
    void aCallWhileAnotherProgramIsInFront();
    void aWithheldCallIsKeptWithEveryQuestionOverItsConsole();

private:
    // A demo office with three customers who will call (their ids), its
    // window active and listening to `pbx`; empty when any of that fails.
    // `deskKnown`: whether this desk's operator is chosen already.
    QList<qint64>
    startListening(const QString& path, test::FakeAmiServer& pbx, GuiApplication& gui, bool deskKnown = true);

    QTemporaryDir m_dir;
};

namespace {

const QStringList kCallers {QStringLiteral("2125550201"), QStringLiteral("2125550202"), QStringLiteral("2125550203")};

// The manager's news of call `index` ringing at extension 101.
QByteArray ringing(int index)
{
    return QStringLiteral("Event: Newstate\nPrivilege: call,all\nChannel: PJSIP/101-000000%1\nChannelState: 5\n"
                          "ChannelStateDesc: Ringing\nCallerIDNum: 101\nCallerIDName: Desk 101\n"
                          "ConnectedLineNum: %2\nConnectedLineName: <unknown>\nUniqueid: 1764200000.%1\n"
                          "Linkedid: 1764199999.%1\n\n")
        .arg(QString::number(10 + index), kCallers.at(index))
        .toUtf8();
}

// Whether nothing covers the middle of `window`, as the X server stacks the
// windows. Asked where the window is now: the window manager places it
// after it is shown.
bool onTop(QWidget* window)
{
    QWidget* shown = QApplication::widgetAt(window->geometry().center());
    return shown && shown->window() == window;
}

} // namespace

void TestCallConsoleWindows::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run under tests/run-under-xvfb.sh: this suite is about a real window system");
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    qputenv("ABONENT_KEYCHAIN", "off");
    Translations::install(*qApp, QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestCallConsoleWindows::init()
{
    test::useOwnInstanceName();
    QSettings().clear();
}

QList<qint64> TestCallConsoleWindows::startListening(const QString& path,
                                                     test::FakeAmiServer& pbx,
                                                     GuiApplication& gui,
                                                     bool deskKnown)
{
    QList<Customer> callers;
    for (int index = 0; index < kCallers.size(); ++index) {
        callers << test::caller(
            QStringLiteral("W-%1").arg(index + 1), QStringLiteral("Caller %1").arg(index + 1), kCallers.at(index));
    }
    const QList<qint64> ids = test::prepareOffice(path, callers);
    if (!deskKnown) {
        QSettings().remove(DeskSettings::deskOperatorKey(path)); // nobody has said who sits here yet
    }
    if (ids.size() != kCallers.size() || !pbx.listen()
        || gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}) != -1
        || !test::waitUntilActive(gui.mainWindow())) {
        return {};
    }
    gui.connectPhone(test::listeningAt(pbx.port()), QStringLiteral("s3cret"));
    if (!QTest::qWaitFor([&gui] { return gui.phone()->state() == AmiClient::State::Connected; },
                         test::kWindowPatienceMs)) {
        return {};
    }
    return ids;
}

void TestCallConsoleWindows::eachCallComesToTheFrontWithTheKeyboard()
{
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    GuiApplication gui;
    const QList<qint64> ids = startListening(test::location(m_dir.filePath(QStringLiteral("front.sqlite"))), pbx, gui);
    QCOMPARE(ids.size(), kCallers.size());
    MainWindow* window = gui.mainWindow();

    // The operator is busy in the main window when the phone first rings,
    // then writing the note of the call before when the next one rings.
    window->focusSearch();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("busy"));
    for (int call = 0; call < kCallers.size(); ++call) {
        pbx.send(ringing(call));
        QTRY_COMPARE_WITH_TIMEOUT(gui.openConsoles().size(), call + 1, test::kWindowPatienceMs);
        CallConsole* console = gui.openConsoles().last();
        QCOMPARE(console->customerId(), ids.at(call));
        // In front of every other window, with the keyboard in its topic.
        QVERIFY(QTest::qWaitFor([console] { return console->isActiveWindow(); }, test::kWindowPatienceMs));
        QVERIFY(QTest::qWaitFor([console] { return QApplication::focusWidget() == console->topicField(); },
                                test::kWindowPatienceMs));
        QVERIFY(QTest::qWaitFor([console] { return onTop(console); }, test::kWindowPatienceMs));
        const QString topic = QStringLiteral("Call %1").arg(call + 1);
        QTest::keyClicks(QApplication::focusWidget(), topic);
        QCOMPARE(console->topicField()->text(), topic);
    }
    QCOMPARE(gui.openConsoles().size(), kCallers.size());
    // Nothing to keep: the notes go without a question.
    for (CallConsole* console : gui.openConsoles()) {
        console->topicField()->clear();
        QVERIFY(console->close());
    }
}

void TestCallConsoleWindows::aCallWhileAnotherProgramIsInFront()
{
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    GuiApplication gui;
    const QList<qint64> ids = startListening(test::location(m_dir.filePath(QStringLiteral("other.sqlite"))), pbx, gui);
    QCOMPARE(ids.size(), kCallers.size());
    // Another program over the whole screen has the keyboard.
    QProcess other;
    other.start(QStringLiteral("xmessage"),
                {QStringLiteral("-geometry"), QStringLiteral("1366x768+0+0"), QStringLiteral("another program")});
    QVERIFY(other.waitForStarted());
    auto stop = qScopeGuard([&other] {
        other.kill();
        other.waitForFinished();
    });
    QVERIFY(QTest::qWaitFor([] { return QApplication::activeWindow() == nullptr; }, test::kWindowPatienceMs));
    pbx.send(ringing(0));
    QTRY_COMPARE_WITH_TIMEOUT(gui.openConsoles().size(), 1, test::kWindowPatienceMs);
    CallConsole* console = gui.openConsoles().last();
    // Over the other program, with the keyboard: the caller is on the line.
    QVERIFY(
        QTest::qWaitFor([console] { return onTop(console) && console->isActiveWindow(); }, test::kWindowPatienceMs));
    QCOMPARE(console->customerId(), ids.first());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Router"));
    QCOMPARE(console->topicField()->text(), QStringLiteral("Router"));
    console->topicField()->clear();
    QVERIFY(console->close());
}

void TestCallConsoleWindows::aWithheldCallIsKeptWithEveryQuestionOverItsConsole()
{
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    GuiApplication gui;
    const QString path = test::location(m_dir.filePath(QStringLiteral("withheld.sqlite")));
    QCOMPARE(startListening(path, pbx, gui, false).size(), kCallers.size());
    gui.showCall({QStringLiteral("anonymous"), QString()});
    QTRY_COMPARE_WITH_TIMEOUT(gui.openConsoles().size(), 1, test::kWindowPatienceMs);
    QPointer<CallConsole> console = gui.openConsoles().last();
    QVERIFY(QTest::qWaitFor([&console] { return console->isActiveWindow(); }, test::kWindowPatienceMs));
    console->topicField()->setFocus();
    QTest::keyClicks(console->topicField(), QStringLiteral("Would not give a name"));
    // Who is at the desk, then whether to keep the call unlinked: each
    // question over the console, in front, never over the main window.
    QObject context;
    QStringList askedOver;
    const auto answer = [&askedOver, &console](QWidget* question) {
        QVERIFY(QTest::qWaitFor([question] { return onTop(question); }, test::kWindowPatienceMs));
        askedOver << question->objectName() + QLatin1Char(':')
                + (question->parentWidget() && question->parentWidget()->window() == console ? QStringLiteral("console")
                                                                                             : QStringLiteral("other"));
        QTest::keyClick(question, Qt::Key_Return);
    };
    test::whenActive(&context, test::modalNamed(QStringLiteral("DeskOperatorDialog")), answer);
    test::whenActive(&context, test::modalNamed(QStringLiteral("keepUnlinked")), answer);
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!console, test::kWindowPatienceMs);
    QCOMPARE(askedOver,
             QStringList({QStringLiteral("DeskOperatorDialog:console"), QStringLiteral("keepUnlinked:console")}));
}

QTEST_MAIN(TestCallConsoleWindows)
#include "tst_callconsolewindows.moc"
