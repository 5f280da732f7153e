#pragma once

#include "DeskContext.h"
#include "PlanService.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace abonent {

class FieldMessage;

// One plan's name and terms. A new plan gets its fee here; an existing
// one changes its fee from a date (PlanFeeDialog), so it is shown, not edited.
class PlanEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new plan in the office's currency.
    PlanEditorDialog(const DeskContext& desk, const PlanOverview* existing, QWidget* parent = nullptr);

    qint64 planId() const { return m_plan.id; }

public slots:
    void accept() override;

private:
    bool validate();

    DeskContext m_desk;
    Plan m_plan;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_fee = nullptr;
    QCheckBox* m_noSupport = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_extraMinute = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// A plan's fee from a chosen day on, and a change planned for later taken back.
class PlanFeeDialog : public QDialog
{
    Q_OBJECT

public:
    PlanFeeDialog(const DeskContext& desk, const PlanOverview& plan, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool validate();
    void withdraw();

    DeskContext m_desk;
    PlanOverview m_plan;
    QDate m_today;
    QLineEdit* m_fee = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_planned = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
