#include "CustomerEconomicsChart.h"

#include "ChartHoverTip.h"
#include "ChartSupport.h"
#include "Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace abonent {

using ChartSupport::major;

CustomerEconomicsChart::CustomerEconomicsChart(const DeskContext& desk, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_choice(new QComboBox(this))
    , m_basis(new QLabel(this))
    , m_chartView(new QChartView(this))
{
    setObjectName(QStringLiteral("CustomerEconomicsChart"));
    m_choice->setObjectName(QStringLiteral("chartView"));
    m_choice->addItem(tr("Revenue and support cost"));
    m_choice->addItem(tr("Minutes against the allowance"));
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
        setView(index == 0 ? View::Money : View::Minutes);
    });
    m_basis->setObjectName(QStringLiteral("revenueBasis"));
    m_basis->setWordWrap(true);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_hoverTip = new ChartHoverTip(m_chartView);
    m_chartView->setMinimumHeight(110); // the card's splitter gives it more where there is room
    auto* head = new QHBoxLayout;
    head->addWidget(m_choice);
    head->addWidget(m_basis, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_chartView, 1);
    reload();
}

QChart* CustomerEconomicsChart::chart() const
{
    return m_chartView->chart();
}

void CustomerEconomicsChart::setView(View view)
{
    m_view = view;
    const QSignalBlocker quiet(m_choice);
    m_choice->setCurrentIndex(view == View::Money ? 0 : 1);
    draw();
}

void CustomerEconomicsChart::reload()
{
    const EconomicsService economics(m_desk.db);
    const EconomicsRange range = EconomicsRange::lastTwelve(QDate::currentDate());
    auto months = economics.customerMonths(m_customerId, range.firstMonth, range.lastMonth);
    m_months = months ? months.value() : QList<MonthFigures> {};
    m_currency = m_desk.currency;
    if (!months) {
        m_basis->setText(months.errorString());
    }
    draw();
}

QString CustomerEconomicsChart::describeMonth(int index) const
{
    if (index < 0 || index >= m_months.size()) {
        return {};
    }
    const MonthFigures& month = m_months.at(index);
    const QLocale locale;
    const auto money = [this, &locale](qint64 minor) { return Money {minor, m_currency}.format(locale); };
    return tr("%1\nCharged: %2\nReceived: %3\nSupport cost: %4\nMargin: %5\nMinutes of calls and chats: %6 of %7")
        .arg(ChartSupport::monthTitle(month.month),
             money(month.revenueMinor()),
             money(month.cashMinor()),
             money(month.costMinor),
             money(month.marginMinor()),
             QString::number(month.conversationMinutes()),
             QString::number(month.includedMinutes));
}

void CustomerEconomicsChart::showMonth(bool hovered, int index)
{
    m_hoverTip->show(hovered ? describeMonth(index) : QString());
}

void CustomerEconomicsChart::draw()
{
    QChart* chart = ChartSupport::newChart(ChartSupport::darkPalette(this), false);
    QList<QDate> shown;
    for (const MonthFigures& month : std::as_const(m_months)) {
        shown << month.month;
    }
    const QStringList categories = ChartSupport::monthCategories(shown);
    auto* axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    auto* axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto* bars = new QBarSeries(chart);
    auto* line = new QLineSeries(chart);
    QPen dashed(Qt::DashLine);
    dashed.setWidth(2);
    double low = 0;
    double high = 1;
    qint64 charged = 0;
    qint64 received = 0;
    if (m_view == View::Money) {
        auto* revenue = new QBarSet(tr("Charged"), bars);
        auto* cost = new QBarSet(tr("Support cost"), bars);
        const QColor costColour = ChartSupport::costColour(ChartSupport::darkPalette(this));
        cost->setBrush(QBrush(costColour, Qt::BDiagPattern)); // tells the two apart in black and white too
        cost->setBorderColor(costColour);
        line->setName(tr("Margin"));
        for (int index = 0; index < m_months.size(); ++index) {
            const MonthFigures& month = m_months.at(index);
            *revenue << major(month.revenueMinor(), m_currency);
            *cost << major(month.costMinor, m_currency);
            line->append(index, major(month.marginMinor(), m_currency));
            low = std::min({low, major(month.marginMinor(), m_currency), major(month.revenueMinor(), m_currency)});
            high = std::max({high, major(month.revenueMinor(), m_currency), major(month.costMinor, m_currency)});
            charged += month.revenueMinor();
            received += month.cashMinor();
        }
        bars->append(revenue);
        bars->append(cost);
        axisY->setTitleText(Money::symbol(m_currency));
        // Charged is what the bars show; what came in may differ, month by month and in all.
        const QLocale locale;
        const qint64 balance = received - charged;
        m_basis->setToolTip(tr("Charged: the plan's fee for the days it was in force and paid support, less "
                               "compensation. Received: the payments, less refunds and compensation."));
        m_basis->setText(tr("Received %1 of %2 charged: %3.")
                             .arg(Money {received, m_currency}.format(locale),
                                  Money {charged, m_currency}.format(locale),
                                  balance == 0      ? tr("settled")
                                      : balance > 0 ? tr("%1 ahead").arg(Money {balance, m_currency}.format(locale))
                                                    : tr("%1 owed").arg(Money {-balance, m_currency}.format(locale))));
    } else {
        auto* minutes = new QBarSet(tr("Minutes of calls and chats"), bars);
        line->setName(tr("Included in the plan"));
        for (int index = 0; index < m_months.size(); ++index) {
            const MonthFigures& month = m_months.at(index);
            const double used = double(month.conversationMinutes());
            *minutes << used;
            line->append(index, month.includedMinutes);
            high = std::max({high, used, double(month.includedMinutes)});
        }
        bars->append(minutes);
        axisY->setTitleText(tr("minutes"));
        m_basis->setToolTip(QString());
        m_basis->setText(tr("The allowance counts calls and chats."));
    }
    for (QBarSet* set : bars->barSets()) {
        connect(set, &QBarSet::hovered, this, &CustomerEconomicsChart::showMonth);
    }
    dashed.setColor(ChartSupport::ink(ChartSupport::darkPalette(this)));
    line->setPen(dashed);
    line->setPointsVisible(true);
    chart->addSeries(bars);
    chart->addSeries(line);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(low, high * 1.1);
    axisY->applyNiceNumbers();
    axisY->setTickCount(3); // a few labels fit the card's height; more are elided
    chart->legend()->setAlignment(Qt::AlignRight); // beside the card's details, height is what is short
    m_hoverTip->show(QString()); // the bar hovered is gone with its chart
    ChartSupport::replaceChart(m_chartView, chart);
}

} // namespace abonent
