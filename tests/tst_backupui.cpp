#include "AbonentDatabase.h"
#include "DeskTestSupport.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OfficeSettings.h"
#include "OfficeSetup.h"
#include "OperatorRepository.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Getting everything out and back through the window as a manager does:
// File → Back Up…, File → Restore… (what it replaces kept), File → Export
// Everything… (CSV per table and one JSON file).
using namespace abonent;

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backedUpAndRestored();
    void aServerDatabaseIsCopiedOnTheServer();
    void everythingExported();

private:
    void start();
    void addCustomer(const QString& contract);
    int customers() const;
    // Answers the next file dialog with `path`, typed into its name field.
    // Fills in and accepts the next file dialog; checks first that it opened
    // in `opensIn` when one is given.
    void answerFileDialog(const QString& path, const QString& opensIn = {});
    QAction* action(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<GuiApplication> m_gui;
};

void TestBackupUi::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestBackupUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::location(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(test::writeOwnersDesk(m_path, QStringLiteral("US"), QStringLiteral("USD")));
    {
        auto database = openAbonentDatabase(m_path, Database::Mode::ReadWrite);
        QVERIFY(database);
        QVERIFY(OfficeSetup(database.value()->connection()).markFinished().ok());
    }
    addCustomer(QStringLiteral("A-1"));
}

void TestBackupUi::cleanup()
{
    m_gui.reset();
    m_dir.reset();
}

void TestBackupUi::start()
{
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
}

void TestBackupUi::addCustomer(const QString& contract)
{
    // Through a connection of its own, as another desk would.
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadWrite);
    QVERIFY(database);
    QSqlQuery write(database.value()->connection());
    QVERIFY(write.prepare(QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since,"
                                         " created_at, updated_at) VALUES (?, 'person', 'Someone', '2026-01-01', 0,"
                                         " 0)")));
    write.addBindValue(contract);
    QVERIFY(write.exec());
}

int TestBackupUi::customers() const
{
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    return database ? sql::scalar(database.value()->connection(), QStringLiteral("SELECT count(*) FROM customers"))
                          .value_or(-1)
                          .toInt()
                    : -1;
}

void TestBackupUi::answerFileDialog(const QString& path, const QString& opensIn)
{
    test::whenActive(m_gui.get(), test::modalOf<QFileDialog>(), [path, opensIn](QWidget* modal) {
        auto* files = qobject_cast<QFileDialog*>(modal);
        if (!opensIn.isEmpty()) {
            QCOMPARE(files->directory().absolutePath(), QDir(opensIn).absolutePath());
            QVERIFY2(files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->text().isEmpty(),
                     "the dialog opened on a folder name it took for a file");
        }
        files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
        static_cast<QDialog*>(files)->accept(); // as its Save, Open or Choose button does
    });
}

QAction* TestBackupUi::action(const char* name) const
{
    return m_gui->mainWindow()->findChild<QAction*>(QLatin1String(name));
}

void TestBackupUi::backedUpAndRestored()
{
    if (test::testsOnServer()) {
        QSKIP("Back Up and Restore copy a file; aServerDatabaseIsCopiedOnTheServer covers the server.");
    }
    start();
    MainWindow* window = m_gui->mainWindow();

    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    answerFileDialog(backup);
    action("backUpAction")->trigger();
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up")),
             qPrintable(window->statusBar()->currentMessage()));
    {
        auto copy = openAbonentDatabase(backup, Database::Mode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.errorString()));
        QCOMPARE(sql::scalar(copy.value()->connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 1);
    }

    // A customer recorded after the backup goes when it is put back, and the
    // file it replaced is kept.
    addCustomer(QStringLiteral("A-2"));
    QCOMPARE(customers(), 2);
    // The restore looks first where the newest backup is, not in a daily
    // folder that has none yet.
    answerFileDialog(backup, m_dir->path());
    test::whenActive(m_gui.get(), test::modalOf<QMessageBox>(), [backup](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box->text().contains(QStringLiteral("kept")));
        // Which backup it is: the day it was written.
        const QString written = QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat);
        QVERIFY2(box->text().contains(written), qPrintable(box->text()));
        box->button(QMessageBox::Yes)->click();
    });
    action("restoreAction")->trigger();
    QCOMPARE(customers(), 1);
    QTRY_COMPARE(window->findChild<QTableView*>(QStringLiteral("customerView"))->model()->rowCount(), 1);
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("office.sqlite*")}, QDir::Files);
    QVERIFY2(kept.size() >= 2, qPrintable(kept.join(QLatin1Char(' '))));
}

void TestBackupUi::aServerDatabaseIsCopiedOnTheServer()
{
    if (!test::testsOnServer()) {
        QSKIP("Only a database on a server is backed up elsewhere; backedUpAndRestored covers a file.");
    }
    start();
    // A desk's copy would not be the office's database, and putting one back
    // would undo every other desk's work: both are offered only for a file,
    // and the menu says where it is done instead.
    for (const char* name : {"backUpAction", "restoreAction"}) {
        QAction* copy = action(name);
        QVERIFY2(!copy->isEnabled(), name);
        QVERIFY2(copy->statusTip().contains(QStringLiteral("pg_dump")), qPrintable(copy->statusTip()));
    }
    // Its shortcut-free trigger, as a script might: nothing opens, nothing is written.
    action("backUpAction")->trigger();
    action("restoreAction")->trigger();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(customers(), 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
    QVERIFY(action("exportAction")->isEnabled());
}

void TestBackupUi::everythingExported()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    // Everything out, into a folder of its own under the one chosen.
    const QString parent = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(parent));
    answerFileDialog(parent);
    action("exportAction")->trigger();
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported to")));
    const QStringList folders = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    const QDir exported(QDir(parent).filePath(folders.first()));
    for (const char* file : {"customers.csv", "payments.csv", "contacts.csv", "letters.csv", "abonent.json"}) {
        QVERIFY2(QFileInfo::exists(exported.filePath(QLatin1String(file))), file);
    }
    QVERIFY(test::fileBytes(exported.filePath(QStringLiteral("customers.csv"))).contains("A-1"));
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
