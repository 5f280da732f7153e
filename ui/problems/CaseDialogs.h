#pragma once

#include "CaseService.h"
#include "DeskContext.h"
#include "ProblemSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace abonent {

class FieldMessage;
class PlanListModel;

// Takes the next step of an escalation case: a reminder, an offer (a plan
// without support, or paid support; taken up or not), the notice of
// termination with its clause, dates and refund shown before it is given,
// or the termination itself with why the customer leaves.
class CaseStepDialog : public QDialog
{
    Q_OBJECT

public:
    CaseStepDialog(const DeskContext& desk,
                   const EscalationCase& escalation,
                   const QString& customerName,
                   const ProblemSettings& defaults,
                   QWidget* parent = nullptr);

    CaseStep step() const { return m_step; }

public slots:
    void accept() override;

private:
    void updatePreview();
    void explainDates(const QDate& earliest, const QString& why);
    // How a settlement ends: a refund, money still owed, or neither.
    static QString settlementSentence(const TerminationTerms& terms, bool atTheEnd);

    DeskContext m_desk;
    EscalationCase m_case;
    CaseStep m_step = CaseStep::Reminder;
    PlanListModel* m_plans = nullptr;
    QDateEdit* m_takenOn = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_offeredPlan = nullptr;
    QCheckBox* m_accepted = nullptr;
    QDateEdit* m_newPlanFrom = nullptr;
    QLineEdit* m_clause = nullptr;
    QSpinBox* m_noticeMonths = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_dateRange = nullptr;
    QComboBox* m_exitReason = nullptr;
    FieldMessage* m_message = nullptr;
};

// A customer leaves on their own or by agreement: the day, why, a note.
class DepartureDialog : public QDialog
{
    Q_OBJECT

public:
    DepartureDialog(const DeskContext& desk, qint64 customerId, const QString& customerName, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    qint64 m_customerId = 0;
    QDateEdit* m_leftOn = nullptr;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
