#include "CustomerListModel.h"
#include "DemoGenerator.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace abonent;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheCustomersOfTheDatabase();
    void scrollingFetchesMore();
    void keyboardReachesTheMenus();
    void remembersTheColumnLayout();
    void demoActionFollowsTheApplication();
    void languageMenuTicksTheChoice();

private:
    static QAction* demoAction(MainWindow& window);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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

void TestMainWindow::showsTheCustomersOfTheDatabase()
{
    MainWindow window;
    CustomerListModel model(m_database->connection());
    window.setCustomerModel(&model, m_database->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView* view = window.customerView();
    QCOMPARE(view->model(), &model);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!view->isColumnHidden(CustomerListModel::NameColumn));
    // The status bar says how many customers there are and which file this is.
    bool countShown = false;
    bool pathShown = false;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        countShown |= label->text() == QStringLiteral("600 customers");
        pathShown |= label->text().endsWith(QStringLiteral("window.sqlite"));
    }
    QVERIFY(countShown);
    QVERIFY(pathShown);
}

void TestMainWindow::scrollingFetchesMore()
{
    MainWindow window;
    CustomerListModel model(m_database->connection());
    window.setCustomerModel(&model, m_database->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* view = window.customerView();
    QCOMPARE(model.rowCount(), CustomerListModel::kPageSize);
    // Paging down to the end of what is loaded asks the model for more.
    view->setFocus();
    for (int i = 0; i < 60 && model.rowCount() < 600; ++i) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    QCOMPARE(model.rowCount(), 600);
}

void TestMainWindow::keyboardReachesTheMenus()
{
    MainWindow window;
    CustomerListModel model(m_database->connection());
    window.setCustomerModel(&model, m_database->path());
    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
        QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text())); // Alt+letter
    }
    QCOMPARE(menus, (QStringList {QStringLiteral("&File"), QStringLiteral("&Settings"), QStringLiteral("&Help")}));
    QSignalSpy open(&window, &MainWindow::openDatabaseRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(open.count(), 1);
}

void TestMainWindow::remembersTheColumnLayout()
{
    {
        MainWindow window;
        CustomerListModel model(m_database->connection());
        window.setCustomerModel(&model, m_database->path());
        window.customerView()->horizontalHeader()->resizeSection(CustomerListModel::NameColumn, 321);
        window.close();
    }
    MainWindow again;
    CustomerListModel model(m_database->connection());
    again.setCustomerModel(&model, m_database->path());
    QCOMPARE(again.customerView()->horizontalHeader()->sectionSize(CustomerListModel::NameColumn), 321);
}

void TestMainWindow::demoActionFollowsTheApplication()
{
    MainWindow window;
    CustomerListModel model(m_database->connection());
    window.setCustomerModel(&model, m_database->path());
    QAction* demo = demoAction(window);
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
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Русский")) {
            action->trigger();
        }
    }
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("ru"));
}

QAction* TestMainWindow::demoAction(MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Fill with &Demo Data…")) {
            return action;
        }
    }
    return nullptr;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
