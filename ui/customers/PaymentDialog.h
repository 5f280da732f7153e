#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace abonent {

class FieldMessage;

// Records money received from or paid back to a customer.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(const DeskContext& desk, const Customer& customer, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool validate();

    DeskContext m_desk;
    qint64 m_customerId = 0;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_note = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
