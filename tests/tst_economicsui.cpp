#include "AbonentDatabase.h"
#include "ChartSupport.h"
#include "CustomerEconomicsChart.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Money.h"
#include "OperatorRatesModel.h"
#include "Rollups.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace abonent;

// The economics as the manager sees them: the card's chart shows the same
// months the service computes, says where revenue came from, and switches
// to minutes against the allowance.
class TestEconomicsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardChartShowsTheServicesMonths();
    void ratesAreEditedAndHistoryFollows();
    void theMonthUnderWayIsMarked();

private:
    QTemporaryDir m_dir;
};

void TestEconomicsUi::initTestCase()
{
    test::useOwnUserFolders();
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestEconomicsUi::cardChartShowsTheServicesMonths()
{
    auto database = test::openDatabase(m_dir.filePath(QStringLiteral("chart.sqlite")));
    QVERIFY(database);
    QVERIFY(test::writeEconomicsFixture(database->connection()));
    DeskContext desk;
    desk.db = database->connection();
    desk.databasePath = database->path();
    desk.currency = QStringLiteral("USD");
    CustomerEconomicsChart chart(desk, 1);
    chart.resize(800, 300);
    chart.show();
    // The last twelve months up to this one, as the service gives them.
    const EconomicsRange range = EconomicsRange::lastTwelve(QDate::currentDate());
    const auto expected = EconomicsService(desk.db).customerMonths(1, range.firstMonth, range.lastMonth).value();
    QCOMPARE(chart.months().size(), 12);
    QCOMPARE(chart.months().size(), expected.size());
    for (int index = 0; index < 12; ++index) {
        QCOMPARE(chart.months().at(index).revenueMinor(), expected.at(index).revenueMinor());
        QCOMPARE(chart.months().at(index).costMinor, expected.at(index).costMinor);
    }
    // Bars for revenue and cost, a line for the margin, one value a month.
    auto* bars = qobject_cast<QBarSeries*>(chart.chart()->series().value(0));
    auto* margin = qobject_cast<QLineSeries*>(chart.chart()->series().value(1));
    QVERIFY(bars && margin);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), 12);
    QCOMPARE(margin->count(), 12);
    // The money axis names the currency as the figures below it write it.
    QCOMPARE(chart.chart()->axes(Qt::Vertical).first()->titleText(), QStringLiteral("$"));
    // Hovering April 2026 (while it is among the last twelve months) tells its figures exactly.
    const int april = (2026 - range.firstMonth.year()) * 12 + 4 - range.firstMonth.month();
    if (april >= 0 && april < 12) {
        const QString text = chart.describeMonth(april);
        QVERIFY2(text.contains(QStringLiteral("Charged: $30.00\nReceived: $25.00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Support cost: $12.00")), qPrintable(text));
        QCOMPARE(bars->barSets().at(1)->at(april), 12.0);
    }
    // What was charged, and what came in against it over the months shown.
    qint64 charged = 0;
    qint64 received = 0;
    for (const MonthFigures& month : chart.months()) {
        charged += month.revenueMinor();
        received += month.cashMinor();
    }
    QVERIFY(received < charged); // Eve paid April only
    QCOMPARE(chart.findChild<QLabel*>(QStringLiteral("revenueBasis"))->text(),
             QStringLiteral("Received %1 of %2 charged: %3 owed.")
                 .arg(Money {received, QStringLiteral("USD")}.format(QLocale()),
                      Money {charged, QStringLiteral("USD")}.format(QLocale()),
                      Money {charged - received, QStringLiteral("USD")}.format(QLocale())));
    // Minutes against the allowance.
    chart.findChild<QComboBox*>(QStringLiteral("chartView"))->setCurrentIndex(1);
    QCOMPARE(chart.view(), CustomerEconomicsChart::View::Minutes);
    auto* allowance = qobject_cast<QLineSeries*>(chart.chart()->series().value(1));
    QVERIFY(allowance);
    QCOMPARE(allowance->name(), QStringLiteral("Included in the plan"));
    QCOMPARE(allowance->at(11).y(), 60.0); // Home includes an hour
}

void TestEconomicsUi::ratesAreEditedAndHistoryFollows()
{
    test::useOwnInstanceName();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    const QString path = test::location(m_dir.filePath(QStringLiteral("rates.sqlite")));
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QVERIFY(test::writeEconomicsFixture(database->connection()));
        QVERIFY(sql::execDirect(database->connection(),
                                QStringLiteral("INSERT INTO operators (id, login, name, role, currency)"
                                               " VALUES (2, 'mo', 'Mo Manager', 'manager', 'USD')"))
                    .ok());
    }
    QSettings().setValue(DeskSettings::deskOperatorKey(path), 2);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QAction* ratesAction = nullptr;
    for (QAction* action : gui.mainWindow()->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Support Cost R&ates…")) {
            ratesAction = action;
        }
    }
    QVERIFY(ratesAction);
    bool edited = false;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    test::whenActive(&context, test::modalNamed(QStringLiteral("CostRatesDialog")), [&edited](QWidget* dialog) {
        // The ticket is free from now on.
        auto* ticket = dialog->findChild<QLineEdit*>(QStringLiteral("channel-ticket"));
        ticket->selectAll();
        QTest::keyClicks(ticket, QStringLiteral("0"));
        // Ann costs 30.00 an hour: F2 on her cost, type, Enter.
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("operatorRates"));
        int ann = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, OperatorRatesModel::NameColumn).data().toString() == QStringLiteral("Ann")) {
                ann = row;
            }
        }
        QVERIFY(ann >= 0);
        const QModelIndex cost = table->model()->index(ann, OperatorRatesModel::RateColumn);
        table->setCurrentIndex(cost);
        table->edit(cost); // what F2 or typing does
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("30.00"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cost.data().toString(), QStringLiteral("$30.00")); // the delegate commits on its next turn
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        edited = true;
    });
    ratesAction->trigger();
    QVERIFY(edited);
    // Recomputed: April's call at Ann's new rate, its ticket free.
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    const EconomicsService economics(database.value()->connection());
    QCOMPARE(economics.customerMonths(1, QDate(2026, 4, 1), QDate(2026, 4, 1))->first().costMinor, 500);
    QCOMPARE(Rollups::mismatches(database.value()->connection()).value(), 0);
}

void TestEconomicsUi::theMonthUnderWayIsMarked()
{
    // Only some of this month's days are in: its bar says so, the others do not.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QStringList labels =
        ChartSupport::monthCategories({thisMonth.addMonths(-2), thisMonth.addMonths(-1), thisMonth});
    QCOMPARE(labels.size(), 3);
    QVERIFY2(labels.at(2).contains(QStringLiteral("so far")), qPrintable(labels.at(2)));
    QVERIFY(!labels.at(0).contains(QStringLiteral("so far")) && !labels.at(1).contains(QStringLiteral("so far")));
}

QTEST_MAIN(TestEconomicsUi)
#include "tst_economicsui.moc"
