#include "AbonentDatabase.h"
#include "CustomerCardView.h"
#include "CustomerListModel.h"
#include "CustomerService.h"
#include "DatabaseLocation.h"
#include "DatabaseTrials.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "LettersView.h"
#include "MainWindow.h"
#include "Migrations.h"
#include "OperatorRepository.h"
#include "PortfolioView.h"
#include "ProblemClientsView.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace abonent;

// The program's start as a person meets it: a refused file explains itself
// and offers a way out; a good one opens; --demo fills a new one.
class TestGuiApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedFileShowsWhyAndStaysUntouched();
    void anotherProgramsServerDatabaseIsLeftAlone();
    void missingDatabaseIsCreatedOnlyWhenAsked();
    void missingServerDatabaseIsSaidToBeMissing();
    void emptyDatabaseIsSetUpOnlyWhenAsked();
    void opensAGoodDatabase();
    void opensAFileNamedAlone();
    void anEmptyDatabaseOptionOpensNothing();
    void demoFillsANewDatabase();
    void demoActionOnlyForAnEmptyDatabase();
    void cancellingTheFillKeepsNothing();
    void quittingDuringTheFillStopsIt();
    void reopensTheLastDatabase();
    void everyPageKeepsTheWindowsHoldOnItsFile();

private:
    static QAction* demoAction(MainWindow& window);
    // Clicks the button labelled `label` on the next message box `gui` shows,
    // and remembers what the box said.
    void answerNextMessageBox(GuiApplication& gui, const QString& label);
    // The database a test names `name`, on the engine this run tests.
    QString databaseNamed(const QString& name) const { return test::location(m_dir.filePath(name)); }
    // One value read from a server database through a plain connection.
    static QVariant readOnServer(const QString& location, const QString& statement, const QVariantList& values = {});

    QTemporaryDir m_dir;
    QString m_seenMessage;
};

void TestGuiApplication::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    QSettings().clear();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestGuiApplication::answerNextMessageBox(GuiApplication& gui, const QString& label)
{
    test::whenActive(&gui, test::modalOf<QMessageBox>(), [this, label](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        m_seenMessage = box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == label) {
                button->click();
                return;
            }
        }
    });
}

QVariant TestGuiApplication::readOnServer(const QString& location, const QString& statement, const QVariantList& values)
{
    // A plain connection: the program's own refuses another program's database.
    const QString name = QStringLiteral("read-on-server");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        DatabaseLocation::parse(location)->configure(db);
        if (db.open()) {
            value = sql::scalar(db, statement, values).value_or(QVariant());
        } else {
            qWarning("%s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestGuiApplication::refusedFileShowsWhyAndStaysUntouched()
{
    if (test::testsOnServer()) {
        QSKIP("A file of another kind; anotherProgramsServerDatabaseIsLeftAlone is the server's.");
    }
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(path, "Call Ivanov back on Monday\n");
    const QByteArray before = test::fileDigest(path);

    GuiApplication gui;
    m_seenMessage.clear();
    answerNextMessageBox(gui, QStringLiteral("Quit"));
    const int exit = gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path});
    QCOMPARE(exit, 2);
    QVERIFY2(m_seenMessage.contains(QStringLiteral("not an SQLite database")), qPrintable(m_seenMessage));
    QVERIFY(m_seenMessage.contains(QStringLiteral("notes.txt")));
    QCOMPARE(test::fileDigest(path), before);
    QVERIFY(!gui.mainWindow()->isVisible());
}

void TestGuiApplication::anotherProgramsServerDatabaseIsLeftAlone()
{
    if (!test::testsOnServer()) {
        QSKIP("A server database; refusedFileShowsWhyAndStaysUntouched is the file's.");
    }
    test::ScratchDatabase other(m_dir, {}, test::ScratchDatabase::Start::Empty);
    {
        auto opened = Database::open(other.location(), Schema {}, Database::Mode::Create); // no steps: only connects
        QVERIFY2(opened, qPrintable(opened.errorString()));
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(sql::execDirect(db, QStringLiteral("CREATE TABLE notes (body text)")).ok());
        QVERIFY(sql::execDirect(db, QStringLiteral("INSERT INTO notes VALUES ('Call Ivanov back')")).ok());
    }
    GuiApplication gui;
    m_seenMessage.clear();
    answerNextMessageBox(gui, QStringLiteral("Quit"));
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), other.location()}), 2);
    QVERIFY2(m_seenMessage.contains(QStringLiteral("another program")), qPrintable(m_seenMessage));
    QVERIFY(!gui.mainWindow()->isVisible());
    QCOMPARE(
        readOnServer(other.location(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            .toInt(),
        1);
    QCOMPARE(readOnServer(other.location(), QStringLiteral("SELECT body FROM notes")).toString(),
             QStringLiteral("Call Ivanov back"));
}

void TestGuiApplication::missingDatabaseIsCreatedOnlyWhenAsked()
{
    if (test::testsOnServer()) {
        QSKIP("Only a file is made by the program; missingServerDatabaseIsSaidToBeMissing is the server's.");
    }
    // A typing mistake in --db must not leave a stray database behind.
    const QString path = m_dir.filePath(QStringLiteral("typo/shp.sqlite"));
    {
        GuiApplication gui;
        m_seenMessage.clear();
        answerNextMessageBox(gui, QStringLiteral("Quit"));
        QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), 2);
        QVERIFY2(m_seenMessage.contains(QStringLiteral("does not exist")), qPrintable(m_seenMessage));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));

    GuiApplication gui;
    answerNextMessageBox(gui, QStringLiteral("Create It"));
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(gui.mainWindow()->isVisible());
}

void TestGuiApplication::missingServerDatabaseIsSaidToBeMissing()
{
    if (!test::testsOnServer()) {
        QSKIP("A server database; missingDatabaseIsCreatedOnlyWhenAsked is the file's.");
    }
    // Making a database on a server is its administrator's (createdb): a
    // mistyped name is said to be missing, and nothing is made.
    const QString name = QStringLiteral("abonent_typo_%1").arg(QCoreApplication::applicationPid());
    GuiApplication gui;
    m_seenMessage.clear();
    answerNextMessageBox(gui, QStringLiteral("Quit"));
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), QStringLiteral("postgresql:///") + name}),
             2);
    QVERIFY2(m_seenMessage.contains(QStringLiteral("does not exist")), qPrintable(m_seenMessage));
    QVERIFY(!gui.mainWindow()->isVisible());
    QCOMPARE(readOnServer(QStringLiteral("postgresql:///postgres"),
                          QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"),
                          {name})
                 .toInt(),
             0);
}

void TestGuiApplication::emptyDatabaseIsSetUpOnlyWhenAsked()
{
    // An empty file, or a database an administrator has just made on the
    // server: the program offers to set it up, and does only when told.
    const auto emptyDatabase = [this](const QString& name) {
        auto scratch = std::make_shared<test::ScratchDatabase>(m_dir, name, test::ScratchDatabase::Start::Empty);
        if (!test::testsOnServer()) {
            test::writeFile(scratch->location(), QByteArray());
        }
        return scratch;
    };
    const auto tables = [](const QString& location) {
        if (!test::testsOnServer()) {
            return QFileInfo(location).size() == 0 ? 0 : -1;
        }
        return readOnServer(location, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            .toInt();
    };

    const auto declined = emptyDatabase(QStringLiteral("declined.sqlite"));
    {
        GuiApplication gui;
        m_seenMessage.clear();
        answerNextMessageBox(gui, QStringLiteral("Quit"));
        QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), declined->location()}), 2);
        QVERIFY2(m_seenMessage.contains(QStringLiteral("no Abonent data")), qPrintable(m_seenMessage));
    }
    QCOMPARE(tables(declined->location()), 0);

    const auto accepted = emptyDatabase(QStringLiteral("accepted.sqlite"));
    GuiApplication gui;
    answerNextMessageBox(gui, QStringLiteral("Set It Up"));
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), accepted->location()}), -1);
    QVERIFY(gui.mainWindow()->isVisible());
    auto opened = openAbonentDatabase(accepted->location(), Database::Mode::ReadOnly);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    QVERIFY(opened.value()->isEmpty().value());
}

void TestGuiApplication::opensAGoodDatabase()
{
    const QString path = databaseNamed(QStringLiteral("good.sqlite"));
    QVERIFY(test::openDatabase(path));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QVERIFY(gui.mainWindow()->isVisible());
    QVERIFY(gui.mainWindow()->customerView()->model());
    QCOMPARE(gui.mainWindow()->customerView()->model()->rowCount(), 0);
}

void TestGuiApplication::opensAFileNamedAlone()
{
    // "abonent /path/office.sqlite", as a file manager starts it: that
    // file, not the one used last time.
    const QString last = databaseNamed(QStringLiteral("used-last.sqlite"));
    QVERIFY(test::openDatabase(last));
    DeskSettings::setValue(DeskSetting::LastDatabase, last);
    const QString path = databaseNamed(QStringLiteral("named-alone.sqlite"));
    QVERIFY(test::openDatabase(path));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), path}), -1);
    QVERIFY(gui.mainWindow()->isVisible());
    const QString remembered = DeskSettings::value(DeskSetting::LastDatabase).toString();
    if (test::testsOnServer()) {
        QCOMPARE(remembered, path);
    } else {
        QCOMPARE(QFileInfo(remembered), QFileInfo(path));
    }
}

void TestGuiApplication::anEmptyDatabaseOptionOpensNothing()
{
    // A script's unset variable ("--db $DB") names no file: neither the
    // database used last nor the default one is opened in its place.
    const QString last = databaseNamed(QStringLiteral("last.sqlite"));
    QVERIFY(test::openDatabase(last));
    QSettings().setValue(DeskSettings::key(DeskSetting::LastDatabase), last);
    GuiApplication gui;
    m_seenMessage.clear();
    answerNextMessageBox(gui, QStringLiteral("Quit"));
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), QString()}), 2);
    QVERIFY2(m_seenMessage.contains(QStringLiteral("No database file was given")), qPrintable(m_seenMessage));
    QVERIFY(!gui.mainWindow()->isVisible());
    QSettings().remove(DeskSettings::key(DeskSetting::LastDatabase));
}

void TestGuiApplication::demoFillsANewDatabase()
{
    const QString path = databaseNamed(QStringLiteral("demo.sqlite"));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path, QStringLiteral("--demo")}), -1);
    auto* model = qobject_cast<CustomerListModel*>(gui.mainWindow()->customerView()->model());
    QVERIFY(model);
    // The window is up at once; the data arrives when generation commits.
    QVERIFY(gui.mainWindow()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(gui.isFillingDemoData(), 5000);
    QVERIFY(!demoAction(*gui.mainWindow())->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!gui.isFillingDemoData(), 60000);
    auto written = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY(written.ok());
    const QSqlDatabase db = written.value()->connection();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 2000);
    // The list shows them all but the archived, which is its default.
    QCOMPARE(
        model->totalCount(),
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE status NOT IN ('archived', 'terminated')"))
            .value()
            .toLongLong());
    QCOMPARE(model->rowCount(), CustomerListModel::kPageSize);
    QVERIFY(!demoAction(*gui.mainWindow())->isEnabled()); // no longer empty
}

void TestGuiApplication::demoActionOnlyForAnEmptyDatabase()
{
    const QString emptyPath = databaseNamed(QStringLiteral("e.sqlite"));
    QVERIFY(test::openDatabase(emptyPath));
    {
        // One window at a time, as for a person: a second would hand over to it.
        GuiApplication empty;
        QCOMPARE(empty.start({QStringLiteral("abonent"), QStringLiteral("--db"), emptyPath}), -1);
        QVERIFY(demoAction(*empty.mainWindow())->isEnabled());
    }

    const QString full = databaseNamed(QStringLiteral("full.sqlite"));
    {
        auto database = test::openDatabase(full);
        DemoOptions options;
        options.customers = 5;
        options.asOf = QDate(2026, 11, 25);
        QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
    }
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), full}), -1);
    QVERIFY(!demoAction(*gui.mainWindow())->isEnabled());
}

void TestGuiApplication::cancellingTheFillKeepsNothing()
{
    const QString path = databaseNamed(QStringLiteral("cancel.sqlite"));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path, QStringLiteral("--demo")}), -1);
    QTRY_VERIFY_WITH_TIMEOUT(gui.mainWindow()->findChild<QProgressDialog*>(), 5000);
    QProgressDialog* progress = gui.mainWindow()->findChild<QProgressDialog*>();
    QTest::keyClick(progress, Qt::Key_Escape); // as a person would, or with the Cancel button
    QTRY_VERIFY_WITH_TIMEOUT(!gui.isFillingDemoData(), 60000);
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY(database.ok());
    QVERIFY(database.value()->isEmpty().value());
    QVERIFY(demoAction(*gui.mainWindow())->isEnabled()); // still empty, so it may be tried again
}

void TestGuiApplication::quittingDuringTheFillStopsIt()
{
    // Closing the program (or the session ending) while demo data is being
    // written stops the writer and leaves the database as it was.
    const QString path = databaseNamed(QStringLiteral("quit.sqlite"));
    {
        GuiApplication gui;
        QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path, QStringLiteral("--demo")}), -1);
        QTRY_VERIFY_WITH_TIMEOUT(gui.isFillingDemoData(), 5000);
        gui.mainWindow()->close();
    } // the application object goes, as at the end of main()
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY(database.ok());
    QVERIFY(database.value()->isEmpty().value());
}

void TestGuiApplication::reopensTheLastDatabase()
{
    const QString path = databaseNamed(QStringLiteral("remembered.sqlite"));
    QVERIFY(test::openDatabase(path));
    {
        GuiApplication first;
        QCOMPARE(first.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    }
    GuiApplication second;
    QCOMPARE(second.start({QStringLiteral("abonent")}), -1);
    bool shown = false;
    for (const QLabel* label : second.mainWindow()->findChildren<QLabel*>()) {
        // The file's native path, or the server's database by name.
        shown |= label->text().endsWith(path.section(QLatin1Char('/'), -1));
    }
    QVERIFY(shown);
}

void TestGuiApplication::everyPageKeepsTheWindowsHoldOnItsFile()
{
    // Pages that read in the background open connections of their own; none
    // of that may cost the window its locks, or another program reading the
    // file would delete the log the window commits to.
    if (test::testsOnServer()) {
        QSKIP("Locks on a file and its log; a server keeps its own.");
    }
    const QString path = m_dir.filePath(QStringLiteral("office.sqlite"));
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        DemoOptions options;
        options.customers = 300;
        options.asOf = QDate(2026, 11, 25);
        QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
    }
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    MainWindow* window = gui.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const DeskContext desk = window->deskContext();
    const qint64 customer = sql::scalar(desk.db, QStringLiteral("SELECT min(id) FROM customers")).value().toLongLong();
    for (int round = 0; round < 2; ++round) {
        window->tabs()->setCurrentWidget(window->problemClients());
        QTRY_VERIFY(!window->problemClients()->isReading() && window->problemClients()->model()->rowCount() > 0);
        window->tabs()->setCurrentWidget(window->portfolio());
        QTRY_VERIFY(!window->portfolio()->isReading() && !window->portfolio()->report().portfolio.customers.isEmpty());
        window->tabs()->setCurrentWidget(window->letters());
        window->openCard(customer);
        QVERIFY(qobject_cast<CustomerCardView*>(window->tabs()->currentWidget()));
        window->problemClients()->refresh();
        window->portfolio()->refresh();
    }
    QTRY_VERIFY(!window->problemClients()->isReading() && !window->portfolio()->isReading());
#ifdef Q_OS_LINUX
    QVERIFY2(test::posixLocksHeldOn(path) > 0, "the window's connection holds its shared lock");
#endif

    // Another program reads the file and goes.
    QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("300"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
#ifdef Q_OS_LINUX
    QCOMPARE(test::deletedFilesStillOpen(path), QStringList());
#endif

    // What the window records afterwards is in the file every program reads.
    const Operator owner = OperatorRepository(desk.db).all().value().first();
    Contact contact;
    contact.customerId = customer;
    contact.startedAt = QDateTime::currentDateTimeUtc();
    contact.durationSeconds = 90;
    contact.operatorId = owner.id;
    contact.topic = QStringLiteral("Recorded after another program read the file");
    auto recorded = desk.customers->addContact(Actor {owner.id, owner.role}, contact);
    QVERIFY2(recorded.ok(), qPrintable(recorded.errorString()));
    QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT topic FROM contacts WHERE id = %1").arg(recorded.value())),
             contact.topic);
}

QAction* TestGuiApplication::demoAction(MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Fill with &Demo Data…")) {
            return action;
        }
    }
    return nullptr;
}

QTEST_MAIN(TestGuiApplication)
#include "tst_guiapplication.moc"
