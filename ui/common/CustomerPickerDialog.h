#pragma once

#include "DeskContext.h"

#include <QDialog>

class QLineEdit;
class QTableView;
class QTimer;

namespace abonent {

class CustomerListModel;

// Finds one customer by typing: the same search as the main list, Down to
// the results, Enter to choose.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerPickerDialog(const DeskContext& desk,
                         const QString& title,
                         const QString& prompt,
                         QWidget* parent = nullptr);

    qint64 chosenCustomer() const { return m_chosen; }
    QLineEdit* searchField() const { return m_search; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();

    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_results = nullptr;
    QTimer* m_debounce = nullptr;
    qint64 m_chosen = 0;
};

} // namespace abonent
