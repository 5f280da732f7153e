#pragma once

#include "DeskContext.h"
#include "PortfolioReport.h"
#include "PortfolioScatter.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace abonent {

class BackgroundRead;
class LossMakersModel;
class ParetoChart;
class PlanListModel;
class TrendChart;
class ExportableChart;

// The owner's view of the whole base (DESIGN §3): every customer's revenue
// against support cost, how concentrated support time is, the trend month by
// month, and the customers who cost more than they pay. A period and a plan
// narrow all of it. Reads on a worker thread with its own connection when
// shown after something changed; the numbers are the report command's.
class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioView(QWidget* parent = nullptr);
    ~PortfolioView() override;

    enum class Colouring { ByPlan, ByProblemTag };

    void setDesk(const DeskContext& desk, PlanListModel* plans);
    // The scatter's points and their groups (those with customers), coloured so.
    static QVector<ScatterPoint>
    scatterPoints(const PortfolioReport& report, Colouring colouring, QVector<PortfolioScatter::Group>* groups);
    void setPeriod(const QDate& firstMonth, const QDate& lastMonth);
    void setColouring(Colouring colouring);
    bool isReading() const;
    const PortfolioReport& report() const { return m_report; }

    PortfolioScatter* scatter() const { return m_scatter; }
    ParetoChart* pareto() const { return m_pareto; }
    TrendChart* trend() const { return m_trend; }
    QTabWidget* charts() const { return m_charts; }
    QTableView* lossMakers() const { return m_table; }
    LossMakersModel* lossModel() const { return m_lossModel; }
    QComboBox* planFilter() const { return m_plan; }
    QLabel* summary() const { return m_summary; }

    // Writes the chart on the current tab / the table as shown; an empty
    // string on success, else what went wrong (also used by the dialogs).
    QString exportChart(const QString& path) const;
    QString exportTable(const QString& path, QChar separator, bool byteOrderMark) const;

public slots:
    void refresh();

signals:
    void openCardRequested(qint64 customerId);
    void openCaseRequested(qint64 customerId);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markStale();
    void showReport(Result<PortfolioReport> report);
    void drawScatter();
    void updateSummary();
    void updateButtons();
    void chooseChartFile();
    void chooseTableFile();
    EconomicsRange range() const;
    qint64 currentCustomer() const;
    const ExportableChart* currentChart() const;

    DeskContext m_desk;
    PortfolioReport m_report;
    BackgroundRead* m_read = nullptr;
    bool m_stale = true;
    bool m_readAgain = false;
    Colouring m_colouring = Colouring::ByPlan;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_colour = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_charts = nullptr;
    PortfolioScatter* m_scatter = nullptr;
    ParetoChart* m_pareto = nullptr;
    TrendChart* m_trend = nullptr;
    LossMakersModel* m_lossModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_tableTitle = nullptr;
    QPushButton* m_openCardButton = nullptr;
    QPushButton* m_openCaseButton = nullptr;
    QTimer* m_refreshDelay = nullptr;
};

} // namespace abonent
