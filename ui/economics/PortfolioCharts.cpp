#include "PortfolioCharts.h"

#include "ChartHoverTip.h"
#include "Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace abonent {

namespace {

QString percent(double share)
{
    const QLocale locale;
    const double value = share * 100;
    return locale.toString(value, 'f', value < 10 && value != 0 && value != std::floor(value) ? 1 : 0)
        + locale.percent();
}

// Support cost as a share of revenue; 0 when nothing was earned.
double costShare(const PortfolioMonth& month)
{
    return month.revenueMinor > 0 ? double(month.costMinor) / double(month.revenueMinor) : 0.0;
}

} // namespace

ParetoChart::ParetoChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("paretoChart"));
    setRenderHint(QPainter::Antialiasing);
}

void ParetoChart::setCurve(const ParetoCurve& curve)
{
    m_curve = curve;
    ChartSupport::replaceChart(this, createChart(false));
}

QString ParetoChart::sentence() const
{
    if (m_curve.customers() == 0 || m_curve.totalSeconds() == 0) {
        return tr("No support time was recorded in this period.");
    }
    return tr("The top 5% of customers take %1 of all support time; half of it goes to %2 of customers.")
        .arg(percent(m_curve.timeShareOfTop(0.05)), percent(m_curve.customerShareTaking(0.5)));
}

QString ParetoChart::chartTitle() const
{
    return tr("Concentration of support time");
}

QChart* ParetoChart::createChart(bool forPrint) const
{
    const bool dark = ChartSupport::darkPalette(this) && !forPrint;
    QChart* chart = ChartSupport::newChart(dark, forPrint);
    auto* axisX = new QValueAxis(chart);
    auto* axisY = new QValueAxis(chart);
    axisX->setTitleText(tr("Customers, the most demanding first (%)"));
    axisY->setTitleText(tr("Share of all support time (%)"));
    for (QValueAxis* axis : {axisX, axisY}) {
        axis->setRange(0, 100);
        axis->setTickCount(11);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto* even = new QLineSeries(chart);
    even->setName(tr("Even split"));
    even->append(0, 0);
    even->append(100, 100);
    even->setPen(QPen(ChartSupport::ink(dark), 1, Qt::DotLine));
    auto* curve = new QLineSeries(chart);
    curve->setName(tr("Support time taken"));
    if (m_curve.customers() > 0) {
        // Finer where the curve bends: among the first tenth of customers.
        for (double share = 0; share <= 100.0001; share += share < 10 ? 0.25 : 1) {
            curve->append(share, m_curve.timeShareOfTop(share / 100) * 100);
        }
    }
    curve->setPen(QPen(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0), 2.5));
    auto* marked = new QScatterSeries(chart);
    marked->setName(tr("The top 5%"));
    marked->setMarkerSize(9);
    marked->setColor(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00));
    marked->setBorderColor(ChartSupport::ink(dark));
    if (m_curve.customers() > 0) {
        marked->append(5, m_curve.timeShareOfTop(0.05) * 100);
    }
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(even),
                                    static_cast<QAbstractSeries*>(curve),
                                    static_cast<QAbstractSeries*>(marked)}) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // the dotted line and the dot
    if (forPrint) {
        chart->setTitle(chartTitle() + QLatin1Char('\n') + sentence());
    }
    return chart;
}

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
    , m_hoverTip(new ChartHoverTip(this))
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
}

void TrendChart::setMonths(const QVector<PortfolioMonth>& months, const QString& currency)
{
    m_months = months;
    m_currency = currency;
    QChart* chart = createChart(false);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                connect(set, &QBarSet::hovered, this, &TrendChart::showMonth);
            }
        }
    }
    m_hoverTip->show(QString()); // the bar hovered is gone with its chart
    ChartSupport::replaceChart(this, chart);
}

QString TrendChart::describeMonth(int index) const
{
    if (index < 0 || index >= m_months.size()) {
        return {};
    }
    const PortfolioMonth& month = m_months.at(index);
    const QLocale locale;
    const auto money = [this, &locale](qint64 minor) { return Money {minor, m_currency}.format(locale); };
    const QDate today = QDate::currentDate();
    const QString title = month.month == QDate(today.year(), today.month(), 1)
        ? tr("%1, up to %2").arg(ChartSupport::monthTitle(month.month), locale.toString(today, QLocale::ShortFormat))
        : ChartSupport::monthTitle(month.month);
    return tr("%1\nRevenue: %2\nSupport cost: %3 (%4 of revenue)\nLoss-making customers: %5 of %6")
        .arg(title,
             money(month.revenueMinor),
             money(month.costMinor),
             percent(costShare(month)),
             locale.toString(month.lossMaking),
             locale.toString(month.customers));
}

void TrendChart::showMonth(bool hovered, int index)
{
    m_hoverTip->show(hovered ? describeMonth(index) : QString());
}

QString TrendChart::chartTitle() const
{
    return tr("Revenue and support cost month by month");
}

QChart* TrendChart::createChart(bool forPrint) const
{
    const bool dark = ChartSupport::darkPalette(this) && !forPrint;
    QChart* chart = ChartSupport::newChart(dark, forPrint);
    QList<QDate> shown;
    for (const PortfolioMonth& month : m_months) {
        shown << month.month;
    }
    const QStringList categories = ChartSupport::monthCategories(shown);
    auto* axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    auto* money = new QValueAxis(chart);
    money->setTitleText(Money::symbol(m_currency));
    money->setLabelFormat(QStringLiteral("%.0f"));
    auto* share = new QValueAxis(chart);
    share->setTitleText(tr("Cost share of revenue (%)"));
    share->setLabelFormat(QStringLiteral("%.0f"));
    auto* count = new QValueAxis(chart);
    count->setTitleText(tr("Loss-making customers"));
    count->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    chart->addAxis(count, Qt::AlignRight);

    auto* bars = new QBarSeries(chart);
    auto* revenue = new QBarSet(tr("Revenue"), bars);
    auto* cost = new QBarSet(tr("Support cost"), bars);
    cost->setBrush(QBrush(ChartSupport::costColour(dark), Qt::BDiagPattern)); // apart in black and white too
    cost->setBorderColor(ChartSupport::costColour(dark));
    auto* shareLine = new QLineSeries(chart);
    shareLine->setName(tr("Cost share of revenue"));
    shareLine->setPen(QPen(ChartSupport::ink(dark), 2, Qt::DashLine));
    auto* lossLine = new QLineSeries(chart);
    lossLine->setName(tr("Loss-making customers"));
    lossLine->setPen(QPen(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28), 2, Qt::DotLine));
    lossLine->setPointsVisible(true);
    double highMoney = 1;
    double highShare = 1;
    double highCount = 1;
    for (int index = 0; index < m_months.size(); ++index) {
        const PortfolioMonth& month = m_months.at(index);
        *revenue << ChartSupport::major(month.revenueMinor, m_currency);
        *cost << ChartSupport::major(month.costMinor, m_currency);
        shareLine->append(index, costShare(month) * 100);
        lossLine->append(index, month.lossMaking);
        highMoney = std::max({highMoney,
                              ChartSupport::major(month.revenueMinor, m_currency),
                              ChartSupport::major(month.costMinor, m_currency)});
        highShare = std::max(highShare, costShare(month) * 100);
        highCount = std::max(highCount, double(month.lossMaking));
    }
    bars->append(revenue);
    bars->append(cost);
    chart->addSeries(bars);
    chart->addSeries(shareLine);
    chart->addSeries(lossLine);
    bars->attachAxis(axisX);
    bars->attachAxis(money);
    shareLine->attachAxis(axisX);
    shareLine->attachAxis(share);
    lossLine->attachAxis(axisX);
    lossLine->attachAxis(count);
    money->setRange(0, highMoney * 1.1);
    money->applyNiceNumbers();
    share->setRange(0, highShare * 1.2);
    share->applyNiceNumbers();
    count->setRange(0, highCount * 1.2);
    count->applyNiceNumbers();
    if (forPrint) {
        chart->setTitle(chartTitle());
    }
    return chart;
}

} // namespace abonent
