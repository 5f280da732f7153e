#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace abonent {

class FieldMessage;
class OperatorListModel;
class PlanListModel;

// Puts a customer on another plan from a date: the period in force closes
// that day and the next one opens.
class PlanChangeDialog : public QDialog
{
    Q_OBJECT

public:
    PlanChangeDialog(const DeskContext& desk, const Customer& customer, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    qint64 m_customerId = 0;
    PlanListModel* m_plans = nullptr;
    QComboBox* m_plan = nullptr;
    QDateEdit* m_from = nullptr;
    FieldMessage* m_message = nullptr;
};

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

// Archives a customer; the reason is required and kept in the audit log.
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveDialog(const DeskContext& desk, const Customer& customer, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    qint64 m_customerId = 0;
    QPlainTextEdit* m_reason = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// "Who is at this desk": picks the operator whose name goes on what is
// recorded here, or adds one (a new database has none).
class DeskOperatorDialog : public QDialog
{
    Q_OBJECT

public:
    DeskOperatorDialog(const DeskContext& desk, std::optional<qint64> current, QWidget* parent = nullptr);

    std::optional<qint64> chosenOperator() const { return m_chosen; }

public slots:
    void accept() override;

private:
    void addOperator();

    DeskContext m_desk;
    OperatorListModel* m_operators = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
    FieldMessage* m_message = nullptr;
    std::optional<qint64> m_chosen;
};

} // namespace abonent
