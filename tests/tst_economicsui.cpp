#include "CustomerEconomicsChart.h"
#include "Money.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
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

private:
    QTemporaryDir m_dir;
};

void TestEconomicsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    // Hovering April 2026 (while it is among the last twelve months) tells its figures exactly.
    const int april = (2026 - range.firstMonth.year()) * 12 + 4 - range.firstMonth.month();
    if (april >= 0 && april < 12) {
        const QString text = chart.describeMonth(april);
        QVERIFY2(text.contains(QStringLiteral("Revenue: $25.00 (payments)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Support cost: $12.00")), qPrintable(text));
        QCOMPARE(bars->barSets().at(1)->at(april), 12.0);
    }
    // One month paid (April), the others at the plan's fee.
    QCOMPARE(chart.findChild<QLabel*>(QStringLiteral("revenueBasis"))->text(),
             QStringLiteral("Revenue: payments in 1 month, the plan's fee in the others."));
    // Minutes against the allowance.
    chart.findChild<QComboBox*>(QStringLiteral("chartView"))->setCurrentIndex(1);
    QCOMPARE(chart.view(), CustomerEconomicsChart::View::Minutes);
    auto* allowance = qobject_cast<QLineSeries*>(chart.chart()->series().value(1));
    QVERIFY(allowance);
    QCOMPARE(allowance->name(), QStringLiteral("Included in the plan"));
    QCOMPARE(allowance->at(11).y(), 60.0); // Home includes an hour
}

QTEST_MAIN(TestEconomicsUi)
#include "tst_economicsui.moc"
