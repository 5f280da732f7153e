#include "DeskTestSupport.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OfficeSettings.h"
#include "OperatorRepository.h"
#include "PlanTableModel.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A new office sets itself up through the window: the checklist above the
// empty list, each step's dialog typed into as a person does, and the list
// gone once every step is done.
using namespace abonent;

class TestSetupUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anEmptyOfficeIsSetUpStepByStep();
    void anOfficeWithCustomersIsNotAskedToSetUp();
    void theFirstPersonTypesTheirNameAndGoesOn();

private:
    void start();
    QString text(const QString& statement) const;
    QAbstractButton* button(const QString& name) const;
    QString setupTitle() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<GuiApplication> m_gui;
};

void TestSetupUi::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestSetupUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::location(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(test::writeOwnersDesk(m_path, QStringLiteral("US"), QStringLiteral("USD")));
}

void TestSetupUi::cleanup()
{
    m_gui.reset();
    m_dir.reset();
}

void TestSetupUi::start()
{
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
}

QString TestSetupUi::text(const QString& statement) const
{
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    if (!database) {
        return database.errorString();
    }
    auto value = sql::scalar(database.value()->connection(), statement);
    return value ? value->toString() : value.errorString();
}

QAbstractButton* TestSetupUi::button(const QString& name) const
{
    return m_gui->mainWindow()->findChild<QAbstractButton*>(name);
}

QString TestSetupUi::setupTitle() const
{
    auto* title = m_gui->mainWindow()->findChild<QLabel*>(QStringLiteral("setupTitle"));
    return title ? title->text() : QString();
}

void TestSetupUi::anEmptyOfficeIsSetUpStepByStep()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    auto* checklist = window->findChild<QWidget*>(QStringLiteral("setupChecklist"));
    auto* guide = window->findChild<QLabel*>(QStringLiteral("emptyGuide"));
    QVERIFY(checklist && guide);
    QTRY_VERIFY(checklist->isVisible());
    QVERIFY(!guide->isVisible());
    QVERIFY2(setupTitle().contains(QStringLiteral("0 of 6")), qPrintable(setupTitle()));

    // Country and currency, typed into the lists; on the first set-up the
    // currency follows the country until one is picked.
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("OfficeDialog")), [](QWidget* dialog) {
        auto* country = dialog->findChild<QComboBox*>(QStringLiteral("country"));
        auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("currency"));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Polan"));
        QCOMPARE(currency->currentData().toString(), QStringLiteral("PLN"));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Ukraine"));
        QCOMPARE(currency->currentData().toString(), QStringLiteral("UAH"));
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), QStringLiteral("eur"));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Polan"));
        QVERIFY2(currency->currentText().startsWith(QStringLiteral("eur"), Qt::CaseInsensitive),
                 qPrintable(currency->currentText()));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Ukraine"));
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), QStringLiteral("uah"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(button(QStringLiteral("setupOffice")), Qt::LeftButton);
    QCOMPARE(text(QStringLiteral("SELECT value FROM office_settings WHERE key = 'currency'")), QStringLiteral("UAH"));
    QCOMPARE(text(QStringLiteral("SELECT value FROM office_settings WHERE key = 'default_country'")),
             QStringLiteral("UA"));
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("1 of 6")), qPrintable(setupTitle()));

    // A plan made with the keyboard, then its fee raised from next month.
    QString nextFee;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("PlansDialog")), [&nextFee](QWidget* plans) {
        test::whenActive(plans, test::modalNamed(QStringLiteral("PlanEditorDialog")), [](QWidget* editor) {
            QTest::keyClicks(editor->focusWidget(), QStringLiteral("Home 100"));
            QTest::keyClick(editor->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(editor->focusWidget(), QStringLiteral("250"));
            QTest::keyClick(editor->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(editor->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(editor->focusWidget(), Qt::Key_Up); // one minute included
            QTest::keyClick(editor, Qt::Key_Return);
        });
        QTest::mouseClick(plans->findChild<QAbstractButton*>(QStringLiteral("newPlan")), Qt::LeftButton);
        auto* table = plans->findChild<QTableView*>(QStringLiteral("plans"));
        QCOMPARE(table->model()->rowCount(), 1);
        test::whenActive(plans, test::modalNamed(QStringLiteral("PlanFeeDialog")), [](QWidget* fee) {
            QTest::keyClicks(fee->findChild<QLineEdit*>(QStringLiteral("newFee")), QStringLiteral("275,50"));
            QTest::keyClick(fee, Qt::Key_Return);
        });
        QTest::mouseClick(plans->findChild<QAbstractButton*>(QStringLiteral("changeFee")), Qt::LeftButton);
        nextFee = table->model()->index(0, PlanTableModel::NextFee).data().toString();
        // Opened again and saved as it is: what the form shows reads back.
        bool edited = false;
        test::whenActive(plans, test::modalNamed(QStringLiteral("PlanEditorDialog")), [&edited](QWidget* editor) {
            QTest::keyClick(editor, Qt::Key_Return);
            edited = !editor->isVisible();
            if (!edited) {
                test::closeWindow(editor);
            }
        });
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QCOMPARE(plans->focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(edited);
        test::closeWindow(plans);
    });
    QTest::mouseClick(button(QStringLiteral("setupPlans")), Qt::LeftButton);
    QCOMPARE(text(QStringLiteral("SELECT name || ' ' || monthly_fee_minor || ' ' || currency || ' '"
                                 " || included_support_minutes FROM plans")),
             QStringLiteral("Home 100 25000 UAH 1"));
    QCOMPARE(text(QStringLiteral("SELECT monthly_fee_minor FROM plan_fee_changes")), QStringLiteral("27550"));
    QVERIFY2(nextFee.contains(QStringLiteral("275.50")), qPrintable(nextFee));
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("2 of 6")), qPrintable(setupTitle()));

    // One person: looking at the list is the confirmation.
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("PeopleDialog")), [](QWidget* people) {
        QCOMPARE(people->findChild<QTableView*>(QStringLiteral("people"))->model()->rowCount(), 1);
        test::closeWindow(people);
    });
    QTest::mouseClick(button(QStringLiteral("setupPeople")), Qt::LeftButton);
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("3 of 6")), qPrintable(setupTitle()));

    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("LetterheadDialog")), [](QWidget* letterhead) {
        QTest::keyClicks(letterhead->findChild<QLineEdit*>(QStringLiteral("companyName")),
                         QStringLiteral("Dnipro Net"));
        QTest::keyClick(letterhead, Qt::Key_Return);
    });
    QTest::mouseClick(button(QStringLiteral("setupLetterhead")), Qt::LeftButton);
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("4 of 6")), qPrintable(setupTitle()));

    // What support costs: a dialog left with Esc does not count; one saved
    // does, even as it was (a rate set there would do it by itself, as
    // tst_officesetup shows): this office's support costs nothing.
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("CostRatesDialog")), [](QWidget* rates) {
        QTest::keyClick(rates, Qt::Key_Escape);
    });
    QTest::mouseClick(button(QStringLiteral("setupSupportCost")), Qt::LeftButton);
    QVERIFY2(setupTitle().contains(QStringLiteral("4 of 6")), qPrintable(setupTitle()));
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("CostRatesDialog")), [](QWidget* rates) {
        auto* hourly = rates->findChild<QLineEdit*>(QStringLiteral("defaultRate"));
        QCOMPARE(rates->focusWidget(), hourly);
        QCOMPARE(hourly->selectedText(), QStringLiteral("0.00")); // what is typed replaces it
        QTest::keyClick(rates, Qt::Key_Return);
    });
    QTest::mouseClick(button(QStringLiteral("setupSupportCost")), Qt::LeftButton);
    QCOMPARE(text(QStringLiteral("SELECT value FROM office_settings WHERE key = 'setup.support_cost'")),
             QStringLiteral("1"));
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("5 of 6")), qPrintable(setupTitle()));

    // No customers to bring in: the office starts empty and the list goes.
    QTest::mouseClick(button(QStringLiteral("startEmpty")), Qt::LeftButton);
    QTRY_VERIFY(!checklist->isVisible());
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("set up")));
    QCOMPARE(text(QStringLiteral("SELECT value FROM office_settings WHERE key = 'setup.finished'")),
             QStringLiteral("1"));
}

void TestSetupUi::anOfficeWithCustomersIsNotAskedToSetUp()
{
    {
        auto database = openAbonentDatabase(m_path, Database::Mode::ReadWrite);
        QVERIFY(database);
        QSqlQuery write(database.value()->connection());
        QVERIFY(write.exec(QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since,"
                                          " created_at, updated_at) VALUES ('A-1', 'person', 'Ann', '2026-01-01',"
                                          " 0, 0)")));
    }
    start();
    auto* checklist = m_gui->mainWindow()->findChild<QWidget*>(QStringLiteral("setupChecklist"));
    QVERIFY(checklist);
    QTRY_COMPARE(m_gui->mainWindow()->findChild<QTableView*>(QStringLiteral("customerView"))->model()->rowCount(), 1);
    QVERIFY(!checklist->isVisible());
    // Settings still has every step.
    for (const char* action : {"officeAction", "peopleAction", "plansAction"}) {
        QVERIFY(m_gui->mainWindow()->findChild<QAction*>(QLatin1String(action)));
    }
}

void TestSetupUi::theFirstPersonTypesTheirNameAndGoesOn()
{
    // A database nobody has worked in: saving the first step asks who is at
    // the desk, the name is all there is to type, and Enter saves the step.
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::location(m_dir->filePath(QStringLiteral("new.sqlite")));
    QSettings().clear();
    DeskSettings::setValue(DeskSetting::DailyBackup, false);
    QVERIFY(test::openDatabase(m_path));
    start();
    bool asked = false;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("OfficeDialog")), [&asked, this](QWidget* office) {
        auto* country = office->findChild<QComboBox*>(QStringLiteral("country"));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Poland"));
        test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("DeskOperatorDialog")), [&asked](QWidget* who) {
            asked = true;
            QCOMPARE(who->focusWidget()->objectName(), QStringLiteral("newName"));
            QTest::keyClicks(who->focusWidget(), QStringLiteral("Olha Petrenko"));
            QTest::keyClick(who, Qt::Key_Return);
        });
        QTest::keyClick(office, Qt::Key_Return);
    });
    QTest::mouseClick(button(QStringLiteral("setupOffice")), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(text(QStringLiteral("SELECT name || ' ' || role FROM operators")), QStringLiteral("Olha Petrenko owner"));
    QCOMPARE(text(QStringLiteral("SELECT value FROM office_settings WHERE key = 'currency'")), QStringLiteral("PLN"));
    QTRY_VERIFY2(setupTitle().contains(QStringLiteral("1 of 6")), qPrintable(setupTitle()));
}

QTEST_MAIN(TestSetupUi)
#include "tst_setupui.moc"
