// The office brought in through the window: File → Import…, the columns as
// read, the dry run's list, the import, and the list that then fills; the
// empty list's guidance; the daily copy kept as the window closes.
#include "CommandSupport.h"
#include "DatabaseCopies.h"
#include "DeskSettings.h"
#include "DeskTestSupport.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "ImportTables.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "OfficeSettings.h"
#include "OfficeSetup.h"
#include "OperatorRepository.h"
#include "PlanRepository.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "TextEncoding.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anEmptyOfficeIsToldHowToGetCustomers();
    void aSpreadsheetIsCheckedFixedAndImported();
    void aDailyCopyIsKeptAndOldOnesGo();
    void theFileSaysWhatItHolds();

private:
    void start();
    qint64 count(const QString& statement) const;
    QString writeSheet(const QString& lastRow) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<GuiApplication> m_gui;
};

void TestImportUi::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestImportUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::location(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(test::writeOwnersDesk(m_path, QStringLiteral("RU"), QStringLiteral("RUB")));
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadWrite);
    QVERIFY(database);
    Plan home;
    home.name = QStringLiteral("Дом");
    home.monthlyFee = Money {50000, QStringLiteral("RUB")};
    QVERIFY(PlanRepository(database.value()->connection()).add(home).ok());
}

void TestImportUi::cleanup()
{
    m_gui.reset();
    m_dir.reset();
}

void TestImportUi::start()
{
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
}

qint64 TestImportUi::count(const QString& statement) const
{
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    return database ? sql::scalar(database.value()->connection(), statement).value().toLongLong() : -1;
}

QString TestImportUi::writeSheet(const QString& lastRow) const
{
    const QString text = QStringLiteral("Номер договора;ФИО;Телефон;Тариф;Баланс;Дата подключения\r\n"
                                        "А-1;Анна Белова;+7 912 111-22-33;Дом;150,00;01.02.2024\r\n"
                                        "А-2;Борис Волков;+7 912 222-33-44;Дом;-20,50;15.03.2023\r\n")
        + lastRow + QStringLiteral("\r\n");
    const QString path = m_dir->filePath(QStringLiteral("customers.csv"));
    test::writeFile(path, TextEncodings::encode(text, TextEncoding::Windows1251));
    return path;
}

void TestImportUi::anEmptyOfficeIsToldHowToGetCustomers()
{
    // While it sets up, the set-up list offers the import as its last step.
    start();
    auto* checklist = m_gui->mainWindow()->findChild<QWidget*>(QStringLiteral("setupChecklist"));
    QVERIFY(checklist);
    QTRY_VERIFY(checklist->isVisible());
    bool openedFromSetup = false;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("ImportWizard")), [&](QWidget* wizard) {
        openedFromSetup = true;
        test::closeWindow(wizard);
    });
    QTest::mouseClick(m_gui->mainWindow()->findChild<QAbstractButton*>(QStringLiteral("setupImport")), Qt::LeftButton);
    QVERIFY(openedFromSetup);
    m_gui.reset();

    // Set up and still without customers: the list says how to get some.
    {
        auto database = openAbonentDatabase(m_path, Database::Mode::ReadWrite);
        QVERIFY(database);
        QVERIFY(OfficeSetup(database.value()->connection()).markFinished());
    }
    start();
    auto* guide = m_gui->mainWindow()->findChild<QLabel*>(QStringLiteral("emptyGuide"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(!m_gui->mainWindow()->findChild<QWidget*>(QStringLiteral("setupChecklist"))->isVisible());
    QVERIFY(guide->text().contains(QStringLiteral("Import")));
    // Its link opens the import, as the menu does.
    bool opened = false;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("ImportWizard")), [&opened](QWidget* wizard) {
        opened = true;
        test::closeWindow(wizard);
    });
    emit guide->linkActivated(QStringLiteral("import"));
    QVERIFY(opened);
}

void TestImportUi::aSpreadsheetIsCheckedFixedAndImported()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    auto* importAction = window->findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(importAction);
    const QString sheet = writeSheet(QStringLiteral("А-3;Вера Глебова;+7 912 333-44-55;Дом;0;31.09.2024"));

    // First try: one date that does not exist. The dry run names it.
    int refusedShown = -1;
    QString refusedValue;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("ImportWizard")), [&](QWidget* widget) {
        auto* wizard = qobject_cast<ImportWizard*>(widget);
        wizard->setFile(sheet, int(ImportKind::Customers));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPage));
        auto* encoding = wizard->findChild<QComboBox*>(QStringLiteral("encoding"));
        auto* separator = wizard->findChild<QComboBox*>(QStringLiteral("separator"));
        QCOMPARE(encoding->currentData().toInt(), int(TextEncoding::Windows1251));
        QCOMPARE(separator->currentData().toString(), QStringLiteral(";"));
        auto* preview = wizard->findChild<QTableView*>(QStringLiteral("preview"));
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("Анна Белова"));
        QVERIFY(preview->model()->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("→ Name")));
        auto* balance = wizard->findChild<QComboBox*>(QStringLiteral("field_balance"));
        QCOMPARE(balance->currentText(), QStringLiteral("Баланс"));
        // Leaving a column out, and taking it back, as a person does in the list.
        balance->setCurrentIndex(0);
        emit balance->activated(0);
        QVERIFY(preview->model()->headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("not imported")));
        balance->setCurrentIndex(balance->findText(QStringLiteral("Баланс")));
        emit balance->activated(balance->currentIndex());
        QVERIFY(preview->model()->headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("→ Balance")));
        // Read with commas, the file is one column; with ';' again, the columns come back.
        separator->setCurrentIndex(separator->findData(QStringLiteral(",")));
        emit separator->activated(separator->currentIndex());
        QCOMPARE(preview->model()->columnCount(), 1);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        separator->setCurrentIndex(separator->findData(QStringLiteral(";")));
        emit separator->activated(separator->currentIndex());
        QCOMPARE(preview->model()->columnCount(), 6);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
        auto* problems = wizard->findChild<QTableView*>(QStringLiteral("problems"));
        QVERIFY(QTest::qWaitFor([problems] { return problems->isVisible(); }, test::kWindowPatienceMs));
        refusedShown = problems->model()->rowCount();
        refusedValue = problems->model()->index(0, ImportProblemsModel::ValueColumn).data().toString();
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard->focusWidget(), problems);
        // Checked again with the mouse: the focus is then on Import, not on
        // whatever followed the button while it was disabled (Back).
        auto* again = wizard->findChild<QAbstractButton*>(QStringLiteral("checkAgain"));
        QTest::mouseClick(again, Qt::LeftButton);
        QAbstractButton* importButton = wizard->button(QWizard::NextButton);
        QVERIFY(QTest::qWaitFor([again] { return again->isEnabled(); }, test::kWindowPatienceMs));
        QVERIFY(!importButton->isEnabled());
        QCOMPARE(wizard->focusWidget(), problems);
        test::closeWindow(wizard);
    });
    importAction->trigger();
    QCOMPARE(refusedShown, 1);
    QCOMPARE(refusedValue, QStringLiteral("31.09.2024"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 0);

    // Fixed in the file: checked, imported, and the list shows them.
    writeSheet(QStringLiteral("А-3;Вера Глебова;+7 912 333-44-55;Дом;0;30.09.2024"));
    QString summary;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("ImportWizard")), [&](QWidget* widget) {
        auto* wizard = qobject_cast<ImportWizard*>(widget);
        wizard->setFile(sheet, int(ImportKind::Customers));
        wizard->next();
        wizard->next();
        QAbstractButton* importButton = wizard->button(QWizard::NextButton);
        QVERIFY(QTest::qWaitFor([importButton] { return importButton->isEnabled(); }, test::kWindowPatienceMs));
        QCOMPARE(importButton->text(), QStringLiteral("&Import"));
        QCOMPARE(wizard->focusWidget(), importButton);
        QTest::keyClick(importButton, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPage));
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        QVERIFY(QTest::qWaitFor([finish] { return finish->isEnabled(); }, test::kWindowPatienceMs));
        summary = wizard->page(ImportWizard::ImportPage)->findChild<QLabel*>(QStringLiteral("summary"))->text();
        QCOMPARE(wizard->focusWidget(), finish);
        QTest::keyClick(finish, Qt::Key_Return);
    });
    importAction->trigger();
    QVERIFY2(summary.startsWith(QStringLiteral("Imported: 3 added")), qPrintable(summary));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM opening_balances WHERE balance_minor = -2050")), 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND operator_id IS NOT NULL")), 1);
    auto* list = window->customerView()->model();
    QTRY_COMPARE(list->rowCount(), 3);
    QTRY_VERIFY(!window->findChild<QLabel*>(QStringLiteral("emptyGuide"))->isVisible());
    // The reading is remembered for the next file of customers.
    QVERIFY(QSettings().value(QStringLiteral("import/mapping/customers")).toByteArray().contains("windows-1251"));
}

void TestImportUi::theFileSaysWhatItHolds()
{
    // A contact history typed in as a path: the wizard reads its headings
    // and picks the kind; once the person picks one, a later file keeps it.
    const QString contacts = m_dir->filePath(QStringLiteral("history.csv"));
    test::writeFile(contacts,
                    TextEncodings::encode(QStringLiteral("Договор;Дата и время;Канал;Длительность;Тема\r\n"
                                                         "А-1;01.02.2024 10:00;звонок;4:30;Нет связи\r\n"),
                                          TextEncoding::Windows1251));
    const QString payments = m_dir->filePath(QStringLiteral("payments.csv"));
    test::writeFile(payments, QByteArray("Contract,Date,Amount,Purpose\r\nA-1,2024-02-01,500.00,fee\r\n"));
    start();
    QList<int> kinds;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("ImportWizard")), [&](QWidget* wizard) {
        auto* file = wizard->findChild<QLineEdit*>(QStringLiteral("file"));
        auto* kind = wizard->findChild<QComboBox*>(QStringLiteral("kind"));
        QTest::keyClicks(file, contacts);
        kinds << kind->currentData().toInt();
        file->clear();
        QTest::keyClicks(file, payments);
        kinds << kind->currentData().toInt();
        kind->setCurrentIndex(kind->findData(int(ImportKind::Phones)));
        emit kind->activated(kind->currentIndex());
        file->clear();
        QTest::keyClicks(file, contacts);
        kinds << kind->currentData().toInt();
        test::closeWindow(wizard);
    });
    m_gui->mainWindow()->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    QCOMPARE(kinds, QList<int>({int(ImportKind::Contacts), int(ImportKind::Payments), int(ImportKind::Phones)}));
}

void TestImportUi::aDailyCopyIsKeptAndOldOnesGo()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: a server database is backed up with its own tools, not a daily copy.");
    }
    // Copies of earlier days, another database's copy and a file of the
    // person's own in the folder: only this database's oldest copies go.
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QDate today = QDate::currentDate();
    for (int daysAgo = 1; daysAgo <= 4; ++daysAgo) {
        QVERIFY(DatabaseCopies::backUp(m_path, DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-daysAgo)))
                    .ok());
    }
    test::writeFile(QDir(folder).filePath(QStringLiteral("other-2020-01-01.sqlite")), "another office");
    test::writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "mine");
    // A database of the same name in another folder keeps its own copies.
    const QString namesake = m_dir->filePath(QStringLiteral("elsewhere/office.sqlite"));
    const QString namesakeCopy = DatabaseCopies::dailyCopyPath(folder, namesake, today.addDays(-9));
    QVERIFY(namesakeCopy != DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-9)));
    test::writeFile(namesakeCopy, "the other office");
    DeskSettings::setValue(DeskSetting::DailyBackup, true);
    DeskSettings::setValue(DeskSetting::DailyBackupsKept, 3);
    DeskSettings::setValue(DeskSetting::DailyBackupFolder, folder);
    start();
    // Closing the window takes today's copy.
    m_gui->mainWindow()->close();
    QVERIFY(QFileInfo::exists(DatabaseCopies::dailyCopyPath(folder, m_path, today)));
    QVERIFY(QFileInfo::exists(DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-1))));
    QVERIFY(QFileInfo::exists(DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-2))));
    QVERIFY(!QFileInfo::exists(DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-3))));
    QVERIFY(!QFileInfo::exists(DatabaseCopies::dailyCopyPath(folder, m_path, today.addDays(-4))));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("other-2020-01-01.sqlite"))));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
    QVERIFY(QFileInfo::exists(namesakeCopy));
    QVERIFY(cli::checkWholeDatabase(DatabaseCopies::dailyCopyPath(folder, m_path, today)).ok());
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
