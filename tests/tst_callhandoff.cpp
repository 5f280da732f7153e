#include "AbonentDatabase.h"
#include "AmiClient.h"
#include "CallConsole.h"
#include "CallHandOff.h"
#include "CallTestSupport.h"
#include "CallerLookup.h"
#include "ContactRepository.h"
#include "CustomerCardView.h"
#include "CustomerFinder.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "FakeAmiServer.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "InstancePaths.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    void windowStartedForACallShowsIt();
    void consoleWarnsTimesAndRecordsTheCall();
    void unsavedNoteSurvivesARestart();
    void severalMatchesArePickedByKeyboard();
    void unknownNumberIsLinkedToACustomer();
    void withheldCallIsRecordedOnTheCustomerFoundInTheConsole();
    void theFirstSaveAsksWhoIsAtTheDeskOverTheConsole();
    void unknownNumberBecomesANewCustomer();
    void secondStartBringsTheFirstForward();
    void twoStartsAtOnceOpenOneWindow();
    void aLiveWindowKeepsItsLockAndACrashedOnesIsTakenOver();
    void withoutUserTheNameIsStillTheUsersOwn();
    void phoneSystemPopsTheConsole();
    void everyCallGetsOneConsoleFollowedToItsEnd();
    void aCallTakenAtAnotherPhoneLeavesNoConsole();
    void phoneSettingsKeepTheSecretOutOfTheSettingsFile();
    void withoutAKeychainTheStatusBarSaysTheSecretIsAsked();

private:
    // The real program opening its window on `path`, with settings of its own.
    void startWindow(QProcess& process, const QString& path);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsHome;
};

void TestCallHandOff::startWindow(QProcess& process, const QString& path)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // ABONENT_INSTANCE included
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settingsHome.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("--db"), path});
}

void TestCallHandOff::initTestCase()
{
    test::useOwnUserFolders();
    // Settings in a file on every platform (the secret test reads it back),
    // and no entries left in the keychain of whoever runs the tests.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    qputenv("ABONENT_KEYCHAIN", "off");
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestCallHandOff::init()
{
    test::useOwnInstanceName();
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
    const Status listening = listener.listen();
    QVERIFY2(listening, qPrintable(listening.errorString()));
    QSignalSpy received(&listener, &CallListener::callReceived);
    // A second listener under the same name defers to the first.
    CallListener second;
    const Status refused = second.listen();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Busy);

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
    const QString path = test::location(m_dir.filePath(QStringLiteral("calls.sqlite")));
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
    // Longer than any phone number: nobody has it, and the search is left as it was.
    gui.showCall({QString(16000, u'7'), QString()});
    QCOMPARE(window->tabs()->currentIndex(), 0);
    QCOMPARE(window->searchField()->text(), QStringLiteral("+1 999 555 0000"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("longer than any phone number")),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestCallHandOff::windowStartedForACallShowsIt()
{
    // `abonent call` with no window running starts one with --call-from: the
    // call waits for the database to open, then pops its console.
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("first-call.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path, {test::caller(QStringLiteral("F-1"), QStringLiteral("First Caller"), QStringLiteral("+1 212 555 0123"))});
    QCOMPARE(ids.size(), 1);
    GuiApplication gui;
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    QCOMPARE(gui.start({QStringLiteral("abonent"),
                        QStringLiteral("--db"),
                        path,
                        QStringLiteral("--call-from"),
                        QStringLiteral("2125550123")}),
             -1);
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(gui.callConsole());
    QCOMPARE(gui.callConsole()->customerId(), ids.first());
}

void TestCallHandOff::consoleWarnsTimesAndRecordsTheCall()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("console.sqlite")));
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
        TagRequest written;
        written.tagId = tags.shippedTag(QLatin1String("prefers_writing")).value().id;
        QVERIFY(tags.assign(Actor {desk, Role::Owner}, caller, written).ok());
    }
    QSettings().setValue(DeskSettings::deskOperatorKey(path), desk);
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
    const QString banner = console->bannerLabel()->text();
    QVERIFY(banner.contains(QStringLiteral("Write down the exact words")));
    // Every tag in force with its guidance, the problem first.
    QVERIFY(banner.contains(QStringLiteral("Confirm by e-mail what was said on the phone.")));
    QVERIFY(banner.indexOf(QStringLiteral("Threats")) < banner.indexOf(QStringLiteral("Prefers written contact")));
    // The timer runs.
    const QString started = console->timerLabel()->text();
    QTRY_VERIFY_WITH_TIMEOUT(console->timerLabel()->text() != started, 5000);
    // Keyboard only: the topic has the focus; Ctrl+T tags the caller (a few
    // letters of the tag, Enter, the reason, Ctrl+Enter); Ctrl+Enter records
    // the call with its time.
    QTest::keyClicks(console->topicField(), QStringLiteral("Threats again"));
    bool tagged = false;
    // The context dies with this function, so a dialog that never opened
    // cannot run this later, in another test, on dead locals.
    QObject context;
    test::whenActive(&context, test::modalNamed(QStringLiteral("TagPickerDialog")), [&tagged](QWidget* picker) {
        QTest::keyClicks(picker->focusWidget(), QStringLiteral("abus"));
        QTest::keyClick(picker->focusWidget(), Qt::Key_Return);
        QTest::keyClicks(picker->focusWidget(), QStringLiteral("Swore during the call"));
        QTest::keyClick(picker->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        tagged = true;
    });
    QTest::keyClick(console->topicField(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(tagged);
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
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
    // The tag is set with the reason and this call as its evidence.
    const qint64 call =
        sql::scalar(db, QStringLiteral("SELECT id FROM contacts WHERE topic = ?"), {QStringLiteral("Threats again")})
            .value()
            .toLongLong();
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT e.contact_id FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                                        " JOIN tag_evidence e ON e.assignment_id = a.id"
                                        " WHERE a.customer_id = ? AND t.shipped_key = 'abusive_language'"
                                        " AND a.reason = 'Swore during the call'"),
                         {caller})
                 .value()
                 .toLongLong(),
             call);
    QTRY_VERIFY(!gui.callConsole()); // closed once recorded
}

void TestCallHandOff::unsavedNoteSurvivesARestart()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("drafts.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path, {test::caller(QStringLiteral("D-1"), QStringLiteral("Draft Caller"), QStringLiteral("+1 212 555 0144"))});
    QCOMPARE(ids.size(), 1);
    {
        GuiApplication gui;
        QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
        gui.showCall({QStringLiteral("2125550144"), QString()});
        CallConsole* console = gui.callConsole();
        QVERIFY(console);
        QTest::keyClicks(console->topicField(), QStringLiteral("Router reboots at night"));
        // Written to the database a few seconds later, without anyone saving.
        QTRY_VERIFY_WITH_TIMEOUT(console->draftId() > 0, 3 * CallConsole::kDraftIntervalMs);
        // Then the power goes: no close, no question, no save.
        delete console;
    }
    {
        auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
        QCOMPARE(sql::scalar(database.value()->connection(), QStringLiteral("SELECT topic FROM call_drafts"))
                     .value()
                     .toString(),
                 QStringLiteral("Router reboots at night"));
    }
    // The next start offers it back, on the same customer, ready to save.
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QTRY_VERIFY(gui.callConsole());
    CallConsole* console = gui.callConsole();
    QCOMPARE(console->customerId(), ids.first());
    QCOMPARE(console->topicField()->text(), QStringLiteral("Router reboots at night"));
    QVERIFY(console->findChild<QLabel*>(QStringLiteral("resumed"))->text().contains(QStringLiteral("Recovered")));
    const int timed = console->elapsedSeconds();
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!gui.callConsole());
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    const QSqlDatabase db = database.value()->connection();
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT duration_s FROM contacts WHERE customer_id = ? AND topic = ?"),
                         {ids.first(), QStringLiteral("Router reboots at night")})
                 .value()
                 .toInt(),
             timed);
    // Recorded once: the draft is gone and is not offered again.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM call_drafts")).value().toInt(), 0);
}

void TestCallHandOff::severalMatchesArePickedByKeyboard()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("shared.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("S-1"), QStringLiteral("First Flatmate"), QStringLiteral("+1 212 555 0177")),
         test::caller(QStringLiteral("S-2"), QStringLiteral("Second Flatmate"), QStringLiteral("+1 212 555 0177"))});
    QCOMPARE(ids.size(), 2);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("+12125550177"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QTRY_VERIFY(console->isVisible());
    // Both are offered, and the choice has the focus.
    QCOMPARE(console->matchesBox()->count(), 2);
    QVERIFY(console->matchesBox()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(console->matchesBox()));
    const qint64 first = console->customerId();
    QVERIFY(ids.contains(first));
    QTest::keyClick(console->matchesBox(), Qt::Key_Down);
    const qint64 second = console->customerId();
    QVERIFY(ids.contains(second));
    QVERIFY(second != first);
    QVERIFY(console->findChild<QLabel*>(QStringLiteral("caller"))
                ->text()
                .contains(second == ids.at(1) ? QStringLiteral("Second Flatmate") : QStringLiteral("First Flatmate")));
    // Tab to the topic, type, record: on the one chosen.
    QTest::keyClick(console->matchesBox(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Which of us pays"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!gui.callConsole());
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QCOMPARE(sql::scalar(database.value()->connection(),
                         QStringLiteral("SELECT customer_id FROM contacts WHERE topic = ?"),
                         {QStringLiteral("Which of us pays")})
                 .value()
                 .toLongLong(),
             second);
}

void TestCallHandOff::withheldCallIsRecordedOnTheCustomerFoundInTheConsole()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("withheld.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("W-9"), QStringLiteral("Perpetua Quill"), QStringLiteral("+1 212 555 0190"))});
    QCOMPARE(ids.size(), 1);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("anonymous"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QVERIFY(test::waitUntilActive(console));
    QCOMPARE(console->customerId(), 0);
    // The console asks who is calling, with the list's search in it: the
    // keys go there first; the name, Enter.
    QVERIFY(console->finder()->isVisible());
    QCOMPARE(QApplication::focusWidget(), console->finder()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Perpetua Qu"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(console->customerId(), ids.first());
    QVERIFY(!console->finder()->isVisible());
    // On to the note, and Ctrl+Enter records the call on that customer.
    QCOMPARE(QApplication::focusWidget(), console->topicField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Asked about the bill"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(console->savedContactId() > 0);
    const qint64 saved = console->savedContactId();
    auto contacts = ContactRepository(gui.mainWindow()->deskContext().db).contactsOf(ids.first());
    QVERIFY2(contacts, qPrintable(contacts.errorString()));
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().id, saved);
    QCOMPARE(contacts->first().topic, QStringLiteral("Asked about the bill"));
}

void TestCallHandOff::theFirstSaveAsksWhoIsAtTheDeskOverTheConsole()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("first-save.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path, {test::caller(QStringLiteral("F-7"), QStringLiteral("First Save"), QStringLiteral("+1 212 555 0177"))});
    QCOMPARE(ids.size(), 1);
    QSettings().remove(DeskSettings::deskOperatorKey(path)); // nobody chosen at this desk yet
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("2125550177"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QVERIFY(test::waitUntilActive(console));
    QTest::keyClicks(console->topicField(), QStringLiteral("First call here"));
    // The question belongs to the console it came from, not to the main window.
    QWidget* askedOver = nullptr;
    QObject context;
    test::whenActive(&context, test::modalNamed(QStringLiteral("DeskOperatorDialog")), [&askedOver](QWidget* dialog) {
        askedOver = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(askedOver, console);
    QTRY_VERIFY(console->savedContactId() > 0);
}

void TestCallHandOff::unknownNumberIsLinkedToACustomer()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("link.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path, {test::caller(QStringLiteral("L-77"), QStringLiteral("New Mobile"), QStringLiteral("+1 212 555 0101"))});
    QCOMPARE(ids.size(), 1);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("+1 646 555 0188"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QTRY_VERIFY(console->isVisible());
    QCOMPARE(console->customerId(), 0);
    auto* link = console->findChild<QPushButton*>(QStringLiteral("linkNumber"));
    QVERIFY(link && link->isVisible());
    // The picker: type the contract, Enter takes the first result.
    bool picked = false;
    // The context dies with this function, so a dialog that never opened
    // cannot run this later, in another test, on dead locals.
    QObject context;
    test::whenActive(&context, test::modalNamed(QStringLiteral("CustomerPickerDialog")), [&picked](QWidget* picker) {
        auto* search = picker->findChild<QLineEdit*>(QStringLiteral("search"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("L-77"));
        QTest::keyClick(search, Qt::Key_Return);
        picked = true;
    });
    console->linkNumber();
    QVERIFY(picked);
    QCOMPARE(console->customerId(), ids.first());
    QVERIFY(!link->isVisible());
    // The next call from that number finds them.
    QCOMPARE(CallerLookup(gui.mainWindow()->deskContext().db, QStringLiteral("US"))
                 .lookup(QStringLiteral("6465550188"))
                 .value()
                 .matches.value(0)
                 .customerId,
             ids.first());
}

void TestCallHandOff::unknownNumberBecomesANewCustomer()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("new-from-call.sqlite")));
    QVERIFY(
        !test::prepareOffice(
             path,
             {test::caller(QStringLiteral("N-0"), QStringLiteral("Someone Else"), QStringLiteral("+1 212 555 0181"))})
             .isEmpty());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("+1 646 555 0142"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QTRY_VERIFY(console->isVisible());
    // The editor comes with the number filled in; the rest is typed.
    QString phone;
    // The context dies with this function, so a dialog that never opened
    // cannot run this later, in another test, on dead locals.
    QObject context;
    test::whenActive(&context, test::modalNamed(QStringLiteral("CustomerEditorDialog")), [&phone](QWidget* editor) {
        phone = editor->findChild<QLineEdit*>(QStringLiteral("phone"))->text();
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("contract")), QStringLiteral("N-1"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("First Time Caller"));
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    console->findChild<QPushButton*>(QStringLiteral("newCustomer"))->click();
    QCOMPARE(phone, QStringLiteral("+1 646 555 0142"));
    // The console now shows the new customer, and the call is recorded on them.
    QVERIFY(console->customerId() > 0);
    QVERIFY(
        console->findChild<QLabel*>(QStringLiteral("caller"))->text().contains(QStringLiteral("First Time Caller")));
    QTest::keyClicks(console->topicField(), QStringLiteral("Wants to connect"));
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!gui.callConsole());
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QCOMPARE(sql::scalar(database.value()->connection(),
                         QStringLiteral("SELECT c.contract_number FROM contacts k JOIN customers c"
                                        " ON c.id = k.customer_id WHERE k.topic = ?"),
                         {QStringLiteral("Wants to connect")})
                 .value()
                 .toString(),
             QStringLiteral("N-1"));
}

void TestCallHandOff::secondStartBringsTheFirstForward()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("single.sqlite")));
    QVERIFY(
        !test::prepareOffice(
             path, {test::caller(QStringLiteral("X-1"), QStringLiteral("Someone"), QStringLiteral("+1 212 555 0182"))})
             .isEmpty());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QSignalSpy raised(&gui, &GuiApplication::broughtForward);
    QProcess second;
    // Settings of its own, so a language chosen by whoever runs the tests does not matter.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("--db"), path});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 30000);
    QCOMPARE(second.exitCode(), 0);
    // The first window was asked to come forward, and no second one opened.
    QTRY_COMPARE(raised.count(), 1);
    QVERIFY(second.readAllStandardOutput().contains("already running"));
}

void TestCallHandOff::twoStartsAtOnceOpenOneWindow()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("race.sqlite")));
    QVERIFY(test::openDatabase(path));
    // Two starts at the same moment (a double click, or two calls ringing at
    // once): neither finds a window to hand over to when it starts.
    QProcess first;
    QProcess second;
    startWindow(first, path);
    startWindow(second, path);
    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning || second.state() == QProcess::NotRunning, 60000);
    QProcess& handedOver = first.state() == QProcess::NotRunning ? first : second;
    QProcess& window = &handedOver == &first ? second : first;
    QCOMPARE(handedOver.exitStatus(), QProcess::NormalExit);
    QCOMPARE(handedOver.exitCode(), 0);
    QVERIFY(handedOver.readAllStandardOutput().contains("already running"));
    // The other is the one window, and the one calls reach.
    const Status raised = CallHandOff::raiseRunning(GuiApplication::kHandOverMs);
    QVERIFY2(raised, qPrintable(raised.errorString()));
    QCOMPARE(window.state(), QProcess::Running);

    window.kill();
    QVERIFY(window.waitForFinished(30000));
    CallListener next; // takes the lock the killed window left, and removes it when it goes
    QVERIFY(next.listen());
}

void TestCallHandOff::aLiveWindowKeepsItsLockAndACrashedOnesIsTakenOver()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("crash.sqlite")));
    QVERIFY(test::openDatabase(path));
    QProcess window;
    startWindow(window, path);
    QTRY_VERIFY_WITH_TIMEOUT(CallHandOff::raiseRunning(1000).ok(), 60000);

    // Open for weeks: a lock's age does not make it stale while its window lives.
    QFile lockFile(InstancePaths::lockFile());
    QVERIFY(lockFile.open(QIODevice::ReadOnly));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-30), QFileDevice::FileModificationTime));
    lockFile.close();
    CallListener meanwhile;
    QCOMPARE(meanwhile.listen().error().code, Error::Code::Busy);

    // The window crashes: its lock file and socket stay behind.
    window.kill();
    QVERIFY(window.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(InstancePaths::lockFile()));
    QCOMPARE(CallHandOff::raiseRunning(1000).error().code, Error::Code::NotFound);
    // The next window takes them over, and calls reach it.
    CallListener next;
    const Status listening = next.listen();
    QVERIFY2(listening, qPrintable(listening.errorString()));
    QSignalSpy received(&next, &CallListener::callReceived);
    Status delivered;
    // From another thread: this one answers it.
    std::unique_ptr<QThread> caller(QThread::create([&delivered] {
        delivered = CallHandOff::deliver({QStringLiteral("+74951234567"), QString()}, GuiApplication::kHandOverMs);
    }));
    caller->start();
    QVERIFY(received.wait(GuiApplication::kHandOverMs));
    QVERIFY(caller->wait(GuiApplication::kHandOverMs));
    QVERIFY2(delivered, qPrintable(delivered.errorString()));
}

void TestCallHandOff::withoutUserTheNameIsStillTheUsersOwn()
{
#ifdef Q_OS_UNIX
    // A script started outside the desktop session (no USER, no
    // XDG_RUNTIME_DIR), and no test instance name in the way.
    const QList<QByteArray> variables {"ABONENT_INSTANCE", "USER", "USERNAME", "LOGNAME", "XDG_RUNTIME_DIR"};
    QHash<QByteArray, QByteArray> saved;
    for (const QByteArray& variable : variables) {
        if (qEnvironmentVariableIsSet(variable.constData())) {
            saved.insert(variable, qgetenv(variable.constData()));
        }
        qunsetenv(variable.constData());
    }
    const auto restore = qScopeGuard([&saved] {
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            qputenv(it.key().constData(), it.value());
        }
    });

    // In a folder that is this user's (by uid) and closed to everybody else,
    // so no other user can have the same socket or lock.
    const QFileInfo socket(InstancePaths::serverName());
    QVERIFY2(socket.isAbsolute(), qPrintable(socket.filePath()));
    const QFileInfo folder(socket.absolutePath());
    QVERIFY(folder.isDir());
    QCOMPARE(folder.ownerId(), uint(::getuid()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(folder.permissions() & others, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(InstancePaths::lockFile()).absolutePath(), folder.absoluteFilePath());
    // Anybody can set USER: it changes nothing.
    qputenv("USER", "alice");
    QCOMPARE(InstancePaths::serverName(), socket.filePath());
    qputenv("USER", "bob");
    QCOMPARE(InstancePaths::serverName(), socket.filePath());
    qunsetenv("USER");
#else
    QSKIP("Folder owners and permission bits are checked on Unix.");
#endif
}

void TestCallHandOff::phoneSystemPopsTheConsole()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("pbx.sqlite")));
    const QList<qint64> ids = test::prepareOffice(path,
                                                  {test::caller(QStringLiteral("P-1"),
                                                                QStringLiteral("Rings Through Asterisk"),
                                                                QStringLiteral("+1 212 555 0144"))});
    QCOMPARE(ids.size(), 1);
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    pbx.addSession({test::FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")), false});
    QVERIFY(pbx.listen());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QVERIFY(!gui.mainWindow()->phoneStateLabel()->isVisible()); // not set up: not shown
    AmiSettings settings;
    settings.enabled = true;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = pbx.port();
    settings.user = QStringLiteral("desk");
    settings.extension = QStringLiteral("101");
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    gui.connectPhone(settings, QStringLiteral("s3cret"));
    // The ring at extension 101 pops the console on the caller's card.
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(gui.callConsole());
    QCOMPARE(gui.callConsole()->customerId(), ids.first());
    QCOMPARE(shown.first().first().value<CallRequest>().to, QStringLiteral("101"));
    // The status bar says where the phone system is.
    QLabel* state = gui.mainWindow()->phoneStateLabel();
    QVERIFY(state->isVisible());
    QVERIFY(state->text().contains(QStringLiteral("extension 101")));
}

// The window on `path`, and a fake phone system that will play the calls of
// `fixture` and then one more, still ringing, once the window connects: when
// that last console pops, every event before it has been read.
static bool startWithCalls(GuiApplication& gui, test::FakeAmiServer& pbx, const QString& path, const QString& fixture)
{
    pbx.addSession(
        {test::FakeAmiServer::fixture(fixture) + test::FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")),
         false});
    return pbx.listen() && gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}) == -1;
}

void TestCallHandOff::everyCallGetsOneConsoleFollowedToItsEnd()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("three-calls.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("T-1"), QStringLiteral("First Caller"), QStringLiteral("+1 212 555 0101")),
         test::caller(QStringLiteral("T-2"), QStringLiteral("Second Caller"), QStringLiteral("+1 212 555 0102")),
         test::caller(QStringLiteral("T-3"), QStringLiteral("Third Caller"), QStringLiteral("+1 212 555 0103"))});
    QCOMPARE(ids.size(), 3);
    // Three calls whose dials carry no Linkedid (one not even a Uniqueid),
    // each answered and hung up.
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    GuiApplication gui;
    QVERIFY(startWithCalls(gui, pbx, path, QStringLiteral("dialbegin-without-linkedid.ami")));
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    gui.connectPhone(test::listeningAt(pbx.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(shown.count(), 4);
    const QList<CallConsole*> consoles = gui.openConsoles();
    QCOMPARE(consoles.size(), 4);
    for (int call = 0; call < 3; ++call) {
        CallConsole* console = consoles.at(call);
        QCOMPARE(console->customerId(), ids.at(call));
        // Ended in place: the timer stands still and says so.
        QCOMPARE(console->callStateLabel()->text(), QStringLiteral("Call ended."));
        const QString stopped = console->timerLabel()->text();
        QTRY_VERIFY(console->isVisible());
        QCOMPARE(console->elapsedSeconds(), 0); // answered and hung up at once
        QCOMPARE(console->timerLabel()->text(), stopped);
    }
    QVERIFY(consoles.last()->callStateLabel()->text().isEmpty()); // still ringing
    // Escape closes a console nothing was written in.
    QPointer<CallConsole> first = consoles.first();
    QTest::keyClick(first->topicField(), Qt::Key_Escape);
    QTRY_VERIFY(!first);
    QCOMPARE(gui.openConsoles().size(), 3);
}

void TestCallHandOff::aCallTakenAtAnotherPhoneLeavesNoConsole()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("ring-group.sqlite")));
    QVERIFY(
        !test::prepareOffice(
             path,
             {test::caller(QStringLiteral("R-1"), QStringLiteral("Group Caller"), QStringLiteral("+1 212 555 0122"))})
             .isEmpty());
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    GuiApplication gui;
    QVERIFY(startWithCalls(gui, pbx, path, QStringLiteral("ring-group.ami")));
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    QSignalSpy messages(gui.mainWindow()->statusBar(), &QStatusBar::messageChanged);
    gui.connectPhone(test::listeningAt(pbx.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(shown.count(), 2);
    // 102 took the group's call: its console went, the status bar said why.
    QCOMPARE(gui.openConsoles().size(), 1);
    // Caller IDs as the office's numbers are shown: "+1 (212) 555-0144" came, in the US.
    QCOMPARE(gui.openConsoles().first()->windowTitle(), QStringLiteral("Call from (212) 555-0144"));
    QStringList said;
    for (const QList<QVariant>& message : std::as_const(messages)) {
        said << message.first().toString();
    }
    QVERIFY2(said.contains(QStringLiteral("The call from (212) 555-0122 was answered at another phone.")),
             qPrintable(said.join(QLatin1Char('\n'))));
}

void TestCallHandOff::phoneSettingsKeepTheSecretOutOfTheSettingsFile()
{
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("pbx-settings.sqlite")));
    QVERIFY(
        !test::prepareOffice(
             path, {test::caller(QStringLiteral("Q-1"), QStringLiteral("Anyone"), QStringLiteral("+1 212 555 0183"))})
             .isEmpty());
    test::FakeAmiServer pbx(QStringLiteral("Zebra-Secret-42"));
    QVERIFY(pbx.listen());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    // Settings → Phone System…, filled in by keyboard.
    QAction* phoneAction = nullptr;
    for (QAction* action : gui.mainWindow()->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Phone System…")) {
            phoneAction = action;
        }
    }
    QVERIFY(phoneAction);
    bool filled = false;
    // The context dies with this function, so a dialog that never opened
    // cannot run this later, in another test, on dead locals.
    QObject context;
    test::whenActive(
        &context, test::modalNamed(QStringLiteral("PhoneSettingsDialog")), [&filled, &pbx](QWidget* dialog) {
            QTest::keyClick(dialog->findChild<QCheckBox*>(), Qt::Key_Space);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("host")), QStringLiteral("127.0.0.1"));
            auto* port = dialog->findChild<QSpinBox*>();
            port->selectAll();
            QTest::keyClicks(port, QString::number(pbx.port()));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("user")), QStringLiteral("desk"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")),
                             QStringLiteral("Zebra-Secret-42"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("extension")), QStringLiteral("101"));
            QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("extension")), Qt::Key_Return);
            filled = true;
        });
    QSignalSpy said(gui.mainWindow()->statusBar(), &QStatusBar::messageChanged);
    phoneAction->trigger();
    QVERIFY(filled);
    // The status bar says what became of the connection...
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.first().first().toString(),
             QStringLiteral("Phone settings saved: connecting to 127.0.0.1:%1 for extension 101. Calls on screen stay "
                            "open.")
                 .arg(pbx.port()));
    // ...connected with the secret typed...
    QTRY_COMPARE(gui.phone()->state(), AmiClient::State::Connected);
    QCOMPARE(pbx.logins().first().value(QLatin1String("Secret")), QStringLiteral("Zebra-Secret-42"));
    // ...which is nowhere in the settings file.
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("phone/host")).toString(), QStringLiteral("127.0.0.1"));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("127.0.0.1"));
    QVERIFY(!stored.contains("Zebra-Secret-42"));
}

void TestCallHandOff::withoutAKeychainTheStatusBarSaysTheSecretIsAsked()
{
    // The keychain is off (ABONENT_KEYCHAIN): while the secret is asked for,
    // the phone's place in the status bar says so, not that the keychain is
    // being read beside a message that there is none.
    QSettings().clear();
    {
        QSettings settings;
        AmiSettings {true, QStringLiteral("127.0.0.1"), 5038, QStringLiteral("desk"), QStringLiteral("101")}.save(
            settings);
    }
    const QString path = test::location(m_dir.filePath(QStringLiteral("no-keychain.sqlite")));
    QVERIFY(test::openDatabase(path));
    GuiApplication gui;
    QString stateWhileAsked;
    QString messageWhileAsked;
    bool asked = false;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    test::whenActive(&context, test::modalOf<QInputDialog>(), [&](QWidget* dialog) {
        stateWhileAsked = gui.mainWindow()->phoneStateLabel()->text();
        messageWhileAsked = gui.mainWindow()->statusBar()->currentMessage();
        asked = true;
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QTRY_VERIFY(asked);
    QCOMPARE(messageWhileAsked, QStringLiteral("The keychain is switched off."));
    QVERIFY2(!stateWhileAsked.contains(QStringLiteral("keychain")), qPrintable(stateWhileAsked));
    QVERIFY2(stateWhileAsked.contains(QStringLiteral("Phone: asking for the secret")), qPrintable(stateWhileAsked));
    // Not given: it says so.
    QTRY_VERIFY(
        gui.mainWindow()->phoneStateLabel()->text().contains(QStringLiteral("Phone: not connected, no secret")));
    QSettings().clear();
}

QTEST_MAIN(TestCallHandOff)
#include "tst_callhandoff.moc"
