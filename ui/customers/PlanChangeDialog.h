#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace abonent {

class FieldMessage;
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

} // namespace abonent
