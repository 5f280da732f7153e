#pragma once

#include <QDialog>

class QTableView;

namespace abonent {

class CustomerMerge;

// Shown when a customer's details were saved at another desk while this one
// edited them: each field the two saves left different, side by side, the
// kept one checked. Save Merged keeps the checked values; Cancel goes back
// to the editor with nothing saved.
class CustomerMergeDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerMergeDialog(CustomerMerge* merge, const QString& customerName, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

private:
    QTableView* m_view = nullptr;
};

} // namespace abonent
