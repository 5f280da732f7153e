#pragma once

#include "DeskContext.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace abonent {

class CustomerListModel;

// Finds one customer by typing: the same search as the main list, Down and
// Up through the results without leaving the search field, Enter (or a
// double click) to choose.
class CustomerFinder : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFinder(const DeskContext& desk, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    // The customer the selected result is; 0 when none is selected.
    qint64 selectedCustomer() const;
    // Empties the search and its results, for the next search.
    void reset();

signals:
    void chosen(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The list model, made at the first search: reading the whole customer
    // list for a finder nobody uses (a console whose caller is known) would
    // slow every call down.
    CustomerListModel* model();
    void search();
    void searchNowIfPending();
    void choose();

    DeskContext m_desk;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_results = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace abonent
