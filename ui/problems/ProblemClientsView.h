#pragma once

#include "DeskContext.h"
#include "ProblemClientsModel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace abonent {

class BackgroundRead;

// The manager's weekly review page: customers with problem tags, open cases
// or suggestions, sortable, with a search box; Enter or double-click opens
// the card. Re-reads when shown after something changed, on a worker thread
// with its own connection: on a large base that takes seconds, and the
// window stays usable meanwhile.
class ProblemClientsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemClientsView(QWidget* parent = nullptr);
    ~ProblemClientsView() override;

    // A database: a new model over it (the old one goes with its connection).
    void setDesk(const DeskContext& desk);
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    ProblemClientsModel* model() const { return m_model; }
    bool isReading() const;

public slots:
    void refresh();

signals:
    void openCardRequested(qint64 customerId);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markStale();
    void showRows(Result<QVector<ProblemClientsModel::Row>> rows);
    void openCurrent();
    void updateCount();
    void applySearch();

    DeskContext m_desk;
    BackgroundRead* m_read = nullptr;
    QPointer<ProblemClientsModel> m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_refreshDelay = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_stale = true;
    bool m_readAgain = false; // something changed while reading
    QPushButton* m_refreshButton = nullptr;
};

} // namespace abonent
