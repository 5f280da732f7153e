#include "PlanEditorDialog.h"

#include "ChangeNotifier.h"
#include "FormSupport.h"
#include "InputParsing.h"
#include "Money.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

namespace {

// An amount field that takes the desk's way of writing money ("12,50", "₽ 12.50").
QLineEdit* amountField(const QString& objectName, const QString& currency, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(PlanEditorDialog::tr("Amount in %1").arg(Money::symbol(currency)));
    return field;
}

QString amountText(qint64 minor, const QString& currency)
{
    return Money {minor, currency}.format(QLocale());
}

} // namespace

PlanEditorDialog::PlanEditorDialog(const DeskContext& desk, const PlanOverview* existing, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("PlanEditorDialog"));
    if (existing) {
        m_plan = existing->plan;
    } else {
        m_plan.monthlyFee.currency = desk.currency;
    }
    const QString currency = m_plan.monthlyFee.currency;
    setWindowTitle(existing ? tr("Plan — %1").arg(m_plan.name) : tr("New Plan"));
    m_name = new QLineEdit(m_plan.name, this);
    m_name->setObjectName(QStringLiteral("planName"));
    m_noSupport = new QCheckBox(tr("&Without support (a cheaper plan; calls for help are paid by the minute)"), this);
    m_noSupport->setObjectName(QStringLiteral("noSupport"));
    m_noSupport->setChecked(!m_plan.supportIncluded);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("includedMinutes"));
    m_minutes->setRange(0, 100000);
    m_minutes->setSuffix(tr(" min a month"));
    m_minutes->setValue(m_plan.includedSupportMinutes);
    m_extraMinute = amountField(QStringLiteral("extraMinute"), currency, this);
    if (m_plan.paidSupportRatePerMinuteMinor > 0) {
        // Without the sign, as it would be typed.
        m_extraMinute->setText(Money {m_plan.paidSupportRatePerMinuteMinor, currency}.number(QLocale()));
    }
    m_message = new FieldMessage(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Plan &name:"), m_name);
    if (existing) {
        // A fee changes from a date, so past months keep what they cost.
        auto* fee = new QLabel(tr("%1 a month — <i>Change Fee…</i> in the list sets a new fee from a date")
                                   .arg(m_plan.monthlyFee.format(QLocale()).toHtmlEscaped()),
                               this);
        fee->setObjectName(QStringLiteral("fee"));
        form->addRow(tr("Monthly fee:"), fee);
    } else {
        m_fee = amountField(QStringLiteral("fee"), currency, this);
        form->addRow(tr("Monthly &fee (%1):").arg(Money::symbol(currency)), m_fee);
        connect(m_fee, &QLineEdit::textChanged, this, &PlanEditorDialog::validate);
    }
    form->addRow(QString(), m_noSupport);
    form->addRow(tr("&Support included:"), m_minutes);
    form->addRow(tr("&Extra minute of support (%1):").arg(Money::symbol(currency)), m_extraMinute);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Save);
    connect(m_name, &QLineEdit::textChanged, this, &PlanEditorDialog::validate);
    connect(m_extraMinute, &QLineEdit::textChanged, this, &PlanEditorDialog::validate);
    connect(m_noSupport, &QCheckBox::toggled, this, [this](bool without) {
        m_minutes->setEnabled(!without);
        validate();
    });
    m_minutes->setEnabled(!m_noSupport->isChecked());
    // In the order the form reads, whichever fields this plan has.
    QWidget* previous = m_name;
    for (QWidget* next : {static_cast<QWidget*>(m_fee),
                          static_cast<QWidget*>(m_noSupport),
                          static_cast<QWidget*>(m_minutes),
                          static_cast<QWidget*>(m_extraMinute)}) {
        if (next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    validate();
}

bool PlanEditorDialog::validate()
{
    const QString currency = m_plan.monthlyFee.currency;
    QString problem;
    if (m_fee && !m_fee->text().trimmed().isEmpty()) {
        const auto fee = InputParsing::amount(m_fee->text(), currency);
        if (!fee || *fee < 0) {
            problem = tr("\"%1\" is not an amount in %2.").arg(m_fee->text(), Money::symbol(currency));
        }
    }
    if (!m_extraMinute->text().trimmed().isEmpty()) {
        const auto rate = InputParsing::amount(m_extraMinute->text(), currency);
        if (!rate || *rate < 0) {
            problem = tr("\"%1\" is not an amount in %2.").arg(m_extraMinute->text(), Money::symbol(currency));
        }
    }
    m_message->show(problem);
    const bool valid =
        problem.isEmpty() && !m_name->text().trimmed().isEmpty() && (!m_fee || !m_fee->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    return valid;
}

void PlanEditorDialog::accept()
{
    if (!validate()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    const QString currency = m_plan.monthlyFee.currency;
    Plan plan = m_plan;
    plan.name = m_name->text().trimmed();
    plan.supportIncluded = !m_noSupport->isChecked();
    plan.includedSupportMinutes = plan.supportIncluded ? m_minutes->value() : 0;
    plan.paidSupportRatePerMinuteMinor = m_extraMinute->text().trimmed().isEmpty()
        ? 0
        : InputParsing::amount(m_extraMinute->text(), currency).value_or(0);
    PlanService service(m_desk.db);
    if (m_fee) {
        plan.monthlyFee = Money {InputParsing::amount(m_fee->text(), currency).value_or(0), currency};
        auto created = service.create(*actor, plan);
        if (!created) {
            m_message->show(created.errorString());
            return;
        }
        m_plan.id = created.value();
    } else if (Status edited = service.edit(*actor, plan); !edited) {
        m_message->show(edited.errorString());
        return;
    }
    QDialog::accept();
}

PlanFeeDialog::PlanFeeDialog(const DeskContext& desk, const PlanOverview& plan, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_plan(plan)
    , m_today(PlanService(desk.db).today())
{
    setObjectName(QStringLiteral("PlanFeeDialog"));
    setWindowTitle(tr("Change Fee — %1").arg(plan.plan.name));
    const QString currency = plan.plan.monthlyFee.currency;
    auto* now = new QLabel(tr("Today's fee: %1 a month.").arg(plan.plan.monthlyFee.format(QLocale())), this);
    m_fee = amountField(QStringLiteral("newFee"), currency, this);
    // The first of next month: a fee usually changes with the billing month.
    const QDate nextMonth = QDate(m_today.year(), m_today.month(), 1).addMonths(1);
    m_from = makeDateEdit(nextMonth, this);
    m_from->setObjectName(QStringLiteral("feeFrom"));
    m_from->setMinimumDate(m_today);
    m_from->setMaximumDate(m_today.addYears(5));
    m_planned = new QLabel(this);
    m_planned->setObjectName(QStringLiteral("plannedFees"));
    m_planned->setWordWrap(true);
    m_message = new FieldMessage(this);

    auto* form = new QFormLayout;
    form->addRow(now);
    form->addRow(tr("&New fee (%1):").arg(Money::symbol(currency)), m_fee);
    form->addRow(tr("&From:"), m_from);
    auto* note = new QLabel(tr("Days before that stay at the fee they had; customers on the plan pay the new fee "
                               "from that day."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_planned);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Save);
    if (const auto next = plan.nextChange(m_today)) {
        m_planned->setText(
            tr("Planned: %1 from %2.")
                .arg(amountText(next->feeMinor, currency), QLocale().toString(next->startsOn, QLocale::ShortFormat)));
        auto* withdraw = m_buttons->addButton(tr("&Withdraw Planned Fee"), QDialogButtonBox::ResetRole);
        withdraw->setObjectName(QStringLiteral("withdrawFee"));
        connect(withdraw, &QPushButton::clicked, this, &PlanFeeDialog::withdraw);
    }
    connect(m_fee, &QLineEdit::textChanged, this, &PlanFeeDialog::validate);
    validate();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30); // room for the plan's name in the title
}

bool PlanFeeDialog::validate()
{
    const QString currency = m_plan.plan.monthlyFee.currency;
    const auto fee = InputParsing::amount(m_fee->text(), currency);
    const bool valid = fee && *fee >= 0;
    m_message->show(m_fee->text().trimmed().isEmpty() || valid
                        ? QString()
                        : tr("\"%1\" is not an amount in %2.").arg(m_fee->text(), Money::symbol(currency)));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    return valid;
}

void PlanFeeDialog::accept()
{
    if (!validate()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    const qint64 fee = InputParsing::amount(m_fee->text(), m_plan.plan.monthlyFee.currency).value_or(0);
    if (Status changed = PlanService(m_desk.db).changeFee(*actor, m_plan.plan.id, fee, m_from->date()); !changed) {
        m_message->show(changed.errorString());
        return;
    }
    QDialog::accept();
}

void PlanFeeDialog::withdraw()
{
    const auto next = m_plan.nextChange(m_today);
    if (!next) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    if (Status withdrawn = PlanService(m_desk.db).withdrawFeeChange(*actor, m_plan.plan.id, next->startsOn);
        !withdrawn) {
        m_message->show(withdrawn.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace abonent
