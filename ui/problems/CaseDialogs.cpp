#include "CaseDialogs.h"

#include "FormSupport.h"
#include "ReferenceListModels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

namespace {

QPlainTextEdit* noteField(QWidget* parent)
{
    auto* note = new QPlainTextEdit(parent);
    note->setObjectName(QStringLiteral("note"));
    note->setTabChangesFocus(true);
    note->setMaximumHeight(note->fontMetrics().height() * 5);
    return note;
}

} // namespace

CaseStepDialog::CaseStepDialog(const DeskContext& desk,
                               const EscalationCase& escalation,
                               const QString& customerName,
                               const ProblemSettings& defaults,
                               QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_case(escalation)
    , m_step(escalation.nextStep().value_or(CaseStep::Terminated))
{
    setObjectName(QStringLiteral("CaseStepDialog"));
    setWindowTitle(tr("%1 — %2").arg(labelOf(m_step), customerName));
    auto* heading = new QLabel(tr("<b>Step %1 of 4: %2</b>")
                                   .arg(QString::number(static_cast<int>(m_step) + 1), labelOf(m_step).toHtmlEscaped()),
                               this);
    m_takenOn = makeDateEdit(QDate::currentDate(), this);
    m_takenOn->setObjectName(QStringLiteral("takenOn"));
    m_dateRange = new QLabel(this);
    m_dateRange->setObjectName(QStringLiteral("dateRange"));
    m_dateRange->setWordWrap(true);
    m_note = noteField(this);
    m_message = new FieldMessage(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(heading);
    form->addRow(tr("&Date:"), m_takenOn);
    form->addRow(QString(), m_dateRange);
    if (escalation.steps.isEmpty()) {
        // What happened before the case was opened may be recorded as its first step.
        explainDates(EnteredDates::earliest(), QString());
    } else {
        explainDates(escalation.steps.last().takenOn, tr("the day of the previous step"));
    }
    switch (m_step) {
    case CaseStep::Reminder:
        form->addRow(new QLabel(tr("Remind the customer of the support minutes the plan includes and how support "
                                   "beyond them is paid."),
                                this));
        break;
    case CaseStep::Offer:
        m_plans = new PlanListModel(desk.db, true, this, tr("Paid support beyond the allowance"));
        m_offeredPlan = new QComboBox(this);
        m_offeredPlan->setObjectName(QStringLiteral("offeredPlan"));
        m_offeredPlan->setModel(m_plans);
        m_accepted = new QCheckBox(tr("The customer &accepted"), this);
        m_accepted->setObjectName(QStringLiteral("accepted"));
        m_newPlanFrom = makeDateEdit(QDate::currentDate().addMonths(1).addDays(1 - QDate::currentDate().day()), this);
        m_newPlanFrom->setEnabled(false);
        connect(m_accepted, &QCheckBox::toggled, this, [this] {
            m_newPlanFrom->setEnabled(m_accepted->isChecked() && m_offeredPlan->currentIndex() > 0);
        });
        connect(m_offeredPlan, &QComboBox::currentIndexChanged, this, [this] {
            m_newPlanFrom->setEnabled(m_accepted->isChecked() && m_offeredPlan->currentIndex() > 0);
        });
        form->addRow(tr("&Offered:"), m_offeredPlan);
        form->addRow(QString(), m_accepted);
        form->addRow(tr("New plan &from:"), m_newPlanFrom);
        break;
    case CaseStep::Notice:
        m_clause = new QLineEdit(defaults.terminationClause, this);
        m_clause->setObjectName(QStringLiteral("clause"));
        m_clause->setPlaceholderText(tr("e.g. 7.4"));
        m_noticeMonths = new QSpinBox(this);
        m_noticeMonths->setObjectName(QStringLiteral("noticeMonths"));
        m_noticeMonths->setRange(1, 24);
        m_noticeMonths->setValue(defaults.noticeMonths);
        m_noticeMonths->setSuffix(tr(" month(s)"));
        connect(m_noticeMonths, &QSpinBox::valueChanged, this, &CaseStepDialog::updatePreview);
        connect(m_takenOn, &QDateEdit::dateChanged, this, &CaseStepDialog::updatePreview);
        form->addRow(tr("Contract &clause:"), m_clause);
        form->addRow(tr("Notice &period:"), m_noticeMonths);
        // The date is today's as a rule; the clause is what must be typed.
        if (m_clause->text().isEmpty()) {
            m_clause->setFocus();
        }
        form->addRow(m_preview);
        break;
    case CaseStep::Terminated: {
        m_exitReason = new QComboBox(this);
        m_exitReason->setObjectName(QStringLiteral("exitReason"));
        fillWithLabels<ExitReason>(m_exitReason);
        m_exitReason->setCurrentIndex(m_exitReason->findData(codeOf(ExitReason::TerminatedByProvider)));
        form->addRow(tr("&Why the customer leaves:"), m_exitReason);
        if (const CaseStepRecord* notice = escalation.stepRecord(CaseStep::Notice); notice && !notice->skipped) {
            explainDates(notice->terminationOn, tr("the day the notice ends"));
            auto settled = TerminationCalculator(desk.db).settlement(m_case.customerId, notice->terminationOn);
            m_preview->setText(
                settled ? tr("The plan ends on %1. With the payments as they are now: fees paid %2, due %3: %4")
                              .arg(QLocale().toString(notice->terminationOn, QLocale::LongFormat),
                                   settled->feesPaid.format(QLocale()),
                                   settled->feesDue.format(QLocale()),
                                   settlementSentence(settled.value(), true))
                        : settled.errorString());
            form->addRow(m_preview);
        }
        break;
    }
    }
    form->addRow(tr("&Note:"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    QPushButton* ok = addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok);
    ok->setText(m_step == CaseStep::Terminated ? tr("&End the Contract") : tr("&Record Step"));
    ok->setEnabled(m_takenOn->isEnabled()); // a step whose first day is ahead cannot be taken yet
    updatePreview();
    resize(500, sizeHint().height());
}

void CaseStepDialog::updatePreview()
{
    if (m_step != CaseStep::Notice || !m_takenOn->isEnabled()) {
        return;
    }
    auto terms = m_desk.cases->previewNotice(m_case.customerId, m_takenOn->date(), m_noticeMonths->value());
    if (!terms) {
        m_preview->setText(terms.errorString());
        return;
    }
    const QLocale locale;
    m_preview->setText(tr("Service ends on %1. Fees paid %2, due until then %3: %4")
                           .arg(locale.toString(terms->terminationOn, QLocale::LongFormat),
                                terms->feesPaid.format(locale),
                                terms->feesDue.format(locale),
                                settlementSentence(terms.value(), false)));
}

QString CaseStepDialog::settlementSentence(const TerminationTerms& terms, bool atTheEnd)
{
    const QLocale locale;
    if (terms.refund.minor > 0) {
        return tr("%1 is refunded to the customer.").arg(terms.refund.format(locale));
    }
    if (terms.owed.minor == 0) {
        return tr("nothing is refunded and nothing is owed.");
    }
    return atTheEnd
        ? tr("the customer still owes %1; the confirmation asks for it within 14 days.").arg(terms.owed.format(locale))
        : tr("the customer still owes %1, paid with the usual fees by the end of the notice.")
              .arg(terms.owed.format(locale));
}

// The date field takes only the days the step may have, and says which:
// a QDateEdit refuses the others without a word.
void CaseStepDialog::explainDates(const QDate& earliest, const QString& why)
{
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (earliest > today) {
        m_takenOn->setDate(earliest);
        m_takenOn->setEnabled(false);
        m_dateRange->setText(tr("This step can be taken from %1 (%2); until then there is nothing to record.")
                                 .arg(locale.toString(earliest, QLocale::LongFormat), why));
        return;
    }
    m_takenOn->setDateRange(earliest, today); // a step is recorded once taken, never ahead
    m_takenOn->setDate(today);
    m_dateRange->setText(why.isEmpty()
                             ? tr("Up to today: a step is recorded once it is taken.")
                             : tr("From %1 (%2) to today.").arg(locale.toString(earliest, QLocale::ShortFormat), why));
}

void CaseStepDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    StepInput input;
    input.step = m_step;
    input.takenOn = m_takenOn->date();
    input.note = m_note->toPlainText().trimmed();
    if (m_offeredPlan) {
        const qint64 plan = m_offeredPlan->currentData(PlanListModel::IdRole).toLongLong();
        if (plan > 0) {
            input.offeredPlanId = plan;
        }
        input.offerAccepted = m_accepted->isChecked();
        input.newPlanFrom = m_newPlanFrom->date();
    }
    if (m_clause) {
        input.clause = m_clause->text().trimmed();
        input.noticeMonths = m_noticeMonths->value();
    }
    if (m_exitReason) {
        input.exitReason =
            fromCode<ExitReason>(m_exitReason->currentData().toString()).value_or(ExitReason::TerminatedByProvider);
    }
    if (auto taken = m_desk.cases->takeStep(*actor, m_case.id, input); !taken) {
        m_message->show(taken.errorString());
        return;
    }
    QDialog::accept();
}

DepartureDialog::DepartureDialog(const DeskContext& desk,
                                 qint64 customerId,
                                 const QString& customerName,
                                 QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("DepartureDialog"));
    setWindowTitle(tr("Customer Leaves — %1").arg(customerName));
    m_leftOn = makeDateEdit(QDate::currentDate(), this);
    m_leftOn->setMaximumDate(QDate::currentDate()); // recorded on the day, not ahead
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("exitReason"));
    fillWithLabels<ExitReason>(m_reason);
    m_note = noteField(this);
    m_message = new FieldMessage(this);
    auto* explanation = new QLabel(
        tr("The plan ends on this day, the customer's status becomes terminated, and the reason stays on record."),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(explanation);
    form->addRow(tr("&Service ends on:"), m_leftOn);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)
        ->button(QDialogButtonBox::Ok)
        ->setText(tr("&End the Contract"));
}

void DepartureDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    const auto reason = fromCode<ExitReason>(m_reason->currentData().toString()).value_or(ExitReason::Other);
    if (Status left = m_desk.cases->recordDeparture(
            *actor, m_customerId, m_leftOn->date(), reason, m_note->toPlainText().trimmed());
        !left) {
        m_message->show(left.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace abonent
