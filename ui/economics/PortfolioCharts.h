#pragma once

#include "ChartSupport.h"
#include "Economics.h"

#include <QChartView>

namespace abonent {

class ChartHoverTip;

// How concentrated support time is: the share of all support time (up) that
// the customers taking the most (across, as a share of all customers) take,
// with the even split as a dotted diagonal for comparison.
class ParetoChart : public QChartView, public ExportableChart
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget* parent = nullptr);

    void setCurve(const ParetoCurve& curve);
    // "The top 5 % of customers take 61 % of support time; …"
    QString sentence() const;

    QChart* createChart(bool forPrint) const override;
    QString chartTitle() const override;
    QSize chartSize() const override { return size(); }

private:
    ParetoCurve m_curve;
};

// The whole base month by month: revenue and support cost as bars, the
// cost as a share of revenue, and how many customers lost money.
class TrendChart : public QChartView, public ExportableChart
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setMonths(const QVector<PortfolioMonth>& months, const QString& currency);
    const QVector<PortfolioMonth>& months() const { return m_months; }
    QString describeMonth(int index) const;

    QChart* createChart(bool forPrint) const override;
    QString chartTitle() const override;
    QSize chartSize() const override { return size(); }

private:
    void showMonth(bool hovered, int index);

    QVector<PortfolioMonth> m_months;
    QString m_currency;
    ChartHoverTip* m_hoverTip = nullptr;
};

} // namespace abonent
