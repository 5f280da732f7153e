#pragma once

#include "DeskContext.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace abonent {

class FieldMessage;

// Erasing a customer's personal data at their request (Erasure): says
// exactly what goes and what stays, and erases only once the contract
// number is typed again. When it cannot be done now (the contract in force,
// an open case, a letter within the period letters are kept, a person who
// is not a manager or the owner), it says why and offers nothing to erase.
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    ErasureDialog(const DeskContext& desk, qint64 customerId, QWidget* parent = nullptr);

    // The reasons it cannot be done now, as shown; empty when it can.
    const QStringList& refusals() const { return m_refusals; }
    // After an erasure: what the person still has to see to (recordings the
    // phone system keeps), said once the dialog is gone.
    QString outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    qint64 m_customerId = 0;
    QString m_contract;
    QStringList m_refusals;
    QString m_outcome;
    QLineEdit* m_confirmation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
