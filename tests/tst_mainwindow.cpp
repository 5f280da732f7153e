#include "CaseService.h"
#include "ChangeNotifier.h"
#include "CustomerListModel.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReferenceListModels.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace abonent;

// The main window on its own, with the pieces the application would give it.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCustomersOfTheDatabase();
    void scrollingFetchesMore();
    void keyboardReachesTheMenus();
    void remembersTheColumnLayout();
    void demoActionFollowsTheApplication();
    void languageMenuTicksTheChoice();
    void statusBarNamesTheDeskOperator();
    void aSearchThatFindsNoOneHereOffersEveryone();

private:
    static QAction* actionNamed(QWidget& window, const QString& text);
    QString countText(MainWindow& window) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<CustomerService> m_service;
    std::unique_ptr<TagService> m_tags;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<CustomerListModel> m_model;
    std::unique_ptr<PlanListModel> m_plans;
    DeskContext m_desk;
};

void TestMainWindow::initTestCase()
{
    test::useOwnUserFolders();
    QSettings().clear();
    // As the application does: English text with English plural forms.
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    m_database = test::openDatabase(m_dir.filePath(QStringLiteral("window.sqlite")));
    QVERIFY(m_database);
    DemoOptions options;
    options.customers = 600;
    options.contacts = 3000;
    options.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(m_database->connection()).generate(options).ok());
}

void TestMainWindow::init()
{
    m_notifier = std::make_unique<ChangeNotifier>();
    m_service = std::make_unique<CustomerService>(m_database->connection(), m_notifier.get());
    m_model = std::make_unique<CustomerListModel>(m_database->connection());
    m_plans = std::make_unique<PlanListModel>(m_database->connection(), false, nullptr, QStringLiteral("Any plan"));
    m_desk.db = m_database->connection();
    m_desk.databasePath = m_database->path();
    m_desk.customers = m_service.get();
    m_tags = std::make_unique<TagService>(m_database->connection(), m_notifier.get());
    m_cases = std::make_unique<CaseService>(m_database->connection(), m_notifier.get());
    m_desk.tags = m_tags.get();
    m_desk.cases = m_cases.get();
    m_desk.notifier = m_notifier.get();
    m_desk.actor = [] { return Actor {}; };
    m_desk.defaultCountry = QStringLiteral("US");
    m_desk.currency = QStringLiteral("USD");
}

void TestMainWindow::cleanup()
{
    m_plans.reset();
    m_model.reset();
    m_service.reset();
    m_tags.reset();
    m_cases.reset();
    m_notifier.reset();
}

QAction* TestMainWindow::actionNamed(QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

QString TestMainWindow::countText(MainWindow& window) const
{
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("customer"))) {
            return label->text();
        }
    }
    return {};
}

void TestMainWindow::showsTheCustomersOfTheDatabase()
{
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    window.show();
    QVERIFY(test::waitUntilActive(&window)); // only the active window's widgets have the focus

    QTableView* view = window.customerView();
    QCOMPARE(view->model(), m_model.get());
    QVERIFY(window.searchField()->hasFocus()); // ready to type a name
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->model()->columnCount(), int(CustomerListModel::ColumnCount));
    QCOMPARE(countText(window), QStringLiteral("%1 customers").arg(m_model->totalCount()));
    bool pathShown = false;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        pathShown |= label->text() == m_database->shownLocation();
    }
    QVERIFY(pathShown);
}

void TestMainWindow::scrollingFetchesMore()
{
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    window.show();
    QVERIFY(test::waitUntilActive(&window)); // keys go to the active window
    QTableView* view = window.customerView();
    QCOMPARE(m_model->rowCount(), CustomerListModel::kPageSize);
    // Paging down to the end of what is loaded asks the model for more.
    view->setFocus();
    for (int i = 0; i < 60 && m_model->rowCount() < m_model->totalCount(); ++i) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    QCOMPARE(m_model->rowCount(), int(m_model->totalCount()));
}

void TestMainWindow::keyboardReachesTheMenus()
{
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
        QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text())); // Alt+letter
    }
    QCOMPARE(menus,
             (QStringList {QStringLiteral("&File"),
                           QStringLiteral("&Customers"),
                           QStringLiteral("&Settings"),
                           QStringLiteral("&Help")}));
    QSignalSpy open(&window, &MainWindow::openDatabaseRequested);
    window.show();
    QVERIFY(test::waitUntilActive(&window)); // shortcuts reach only the active window
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(open.count(), 1);
    // Ctrl+F goes back to the search box from anywhere.
    window.customerView()->setFocus();
    QTest::keyClick(window.customerView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.searchField()->hasFocus());
}

void TestMainWindow::remembersTheColumnLayout()
{
    {
        MainWindow window;
        window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
        window.customerView()->horizontalHeader()->resizeSection(CustomerListModel::NameColumn, 321);
        window.close();
    }
    MainWindow again;
    again.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    QCOMPARE(again.customerView()->horizontalHeader()->sectionSize(CustomerListModel::NameColumn), 321);
}

void TestMainWindow::demoActionFollowsTheApplication()
{
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    QAction* demo = actionNamed(window, QStringLiteral("Fill with &Demo Data…"));
    QVERIFY(demo);
    QVERIFY(!demo->isEnabled()); // until the application says the database is empty
    window.setDemoDataAvailable(true);
    QVERIFY(demo->isEnabled());
    QSignalSpy requested(&window, &MainWindow::demoDataRequested);
    demo->trigger();
    QCOMPARE(requested.count(), 1);
    window.setDemoDataAvailable(false);
    QVERIFY(!demo->isEnabled());
}

void TestMainWindow::languageMenuTicksTheChoice()
{
    MainWindow window;
    window.setLanguageChoice(QStringLiteral("uk"));
    QStringList ticked;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->isCheckable() && action->isChecked()) {
            ticked << action->text();
        }
    }
    QCOMPARE(ticked, QStringList {QStringLiteral("Українська")});
    QSignalSpy chosen(&window, &MainWindow::languageChosen);
    actionNamed(window, QStringLiteral("Русский"))->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("ru"));
}

void TestMainWindow::statusBarNamesTheDeskOperator()
{
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    auto* desk = window.findChild<QLabel*>(QStringLiteral("deskOperator"));
    QVERIFY(desk);
    window.setDeskOperatorName(QString());
    QVERIFY(desk->text().contains(QStringLiteral("Who is at this desk?")));
    window.setDeskOperatorName(QStringLiteral("Olga <Duty>"));
    QVERIFY(desk->text().contains(QStringLiteral("Olga &lt;Duty&gt;")));
    QSignalSpy change(&window, &MainWindow::deskOperatorChangeRequested);
    emit desk->linkActivated(QStringLiteral("desk"));
    QCOMPARE(change.count(), 1);
}

void TestMainWindow::aSearchThatFindsNoOneHereOffersEveryone()
{
    // A customer who left is not among the current ones the list starts with.
    const QString contract =
        sql::scalar(m_database->connection(),
                    QStringLiteral("SELECT contract_number FROM customers WHERE status = 'terminated' LIMIT 1"))
            .value_or(QVariant())
            .toString();
    QVERIFY(!contract.isEmpty());
    MainWindow window;
    window.setDesk(m_desk, m_model.get(), m_plans.get(), m_database->shownLocation());
    window.show();
    QVERIFY(test::waitUntilActive(&window));
    auto* noMatch = window.findChild<QWidget*>(QStringLiteral("noMatch"));
    QVERIFY(noMatch && !noMatch->isVisible());

    QTest::keyClicks(window.searchField(), contract);
    QTRY_VERIFY(noMatch->isVisible());
    QCOMPARE(m_model->rowCount(), 0);
    QTest::keyClick(&window, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_model->index(0, CustomerListModel::ContractColumn).data().toString(), contract);
    QVERIFY(!noMatch->isVisible());
    QVERIFY(window.searchField()->hasFocus()); // to type on
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
