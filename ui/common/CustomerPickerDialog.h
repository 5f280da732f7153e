#pragma once

#include "DeskContext.h"

#include <QDialog>

class QLineEdit;

namespace abonent {

class CustomerFinder;

// Finds one customer by typing (CustomerFinder), in a dialog of its own.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerPickerDialog(const DeskContext& desk,
                         const QString& title,
                         const QString& prompt,
                         QWidget* parent = nullptr);

    qint64 chosenCustomer() const { return m_chosen; }
    QLineEdit* searchField() const;

public slots:
    void accept() override;

private:
    CustomerFinder* m_finder = nullptr;
    qint64 m_chosen = 0;
};

} // namespace abonent
