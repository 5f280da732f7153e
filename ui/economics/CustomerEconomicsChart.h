#pragma once

#include "DeskContext.h"
#include "Economics.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace abonent {

class ChartHoverTip;

// A customer's last twelve months on the card: revenue against support cost
// as bars with the margin as a line, or the minutes of calls and chats
// against the plan's allowance. Hovering a bar shows the month's figures.
// Bars are patterned, lines dashed, so a black-and-white print stays legible.
class CustomerEconomicsChart : public QWidget
{
    Q_OBJECT

public:
    CustomerEconomicsChart(const DeskContext& desk, qint64 customerId, QWidget* parent = nullptr);

    enum class View { Money, Minutes };
    void setView(View view);
    View view() const { return m_view; }
    // The months shown, as read (tests compare them with the service's).
    const QList<MonthFigures>& months() const { return m_months; }
    QChart* chart() const;
    // What the tooltip says for a month (index into months()).
    QString describeMonth(int index) const;

public slots:
    void reload();

private:
    void draw();
    void showMonth(bool hovered, int index);

    DeskContext m_desk;
    qint64 m_customerId = 0;
    View m_view = View::Money;
    QString m_currency;
    QList<MonthFigures> m_months;
    QComboBox* m_choice = nullptr;
    QLabel* m_basis = nullptr;
    QChartView* m_chartView = nullptr;
    ChartHoverTip* m_hoverTip = nullptr;
};

} // namespace abonent
