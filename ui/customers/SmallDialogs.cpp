#include "SmallDialogs.h"

#include "CustomerService.h"
#include "FormSupport.h"
#include "InputParsing.h"
#include "OperatorRepository.h"
#include "ReferenceListModels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

PlanChangeDialog::PlanChangeDialog(const DeskContext& desk, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customer.id)
    , m_plans(new PlanListModel(desk.db, true, this))
{
    setObjectName(QStringLiteral("PlanChangeDialog"));
    setWindowTitle(tr("Change Plan — %1").arg(customer.name));
    m_plan = new QComboBox(this);
    m_plan->setModel(m_plans);
    m_from = makeDateEdit(QDate::currentDate(), this);
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("New &plan:"), m_plan);
    form->addRow(tr("&From:"), m_from);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok)->setText(tr("&Change Plan"));
}

void PlanChangeDialog::accept()
{
    if (m_plan->currentIndex() < 0) {
        m_message->show(tr("There is no plan to choose; add plans first."));
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto changed = m_desk.customers->changePlan(
        *actor, m_customerId, m_plan->currentData(PlanListModel::IdRole).toLongLong(), m_from->date());
    if (!changed) {
        m_message->show(changed.errorString());
        return;
    }
    QDialog::accept();
}

PaymentDialog::PaymentDialog(const DeskContext& desk, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customer.id)
{
    setObjectName(QStringLiteral("PaymentDialog"));
    setWindowTitle(tr("Payment — %1").arg(customer.name));
    m_kind = new QComboBox(this);
    fillWithLabels<PaymentKind>(m_kind);
    m_date = makeDateEdit(QDate::currentDate(), this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount in %1").arg(desk.currency));
    m_note = new QLineEdit(this);
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Amount (%1):").arg(desk.currency), m_amount);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Save);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    validate();
}

bool PaymentDialog::validate()
{
    const auto amount = InputParsing::amount(m_amount->text(), m_desk.currency);
    const bool valid = amount && *amount > 0;
    m_message->show(m_amount->text().trimmed().isEmpty() || valid
                        ? QString()
                        : tr("\"%1\" is not an amount in %2.").arg(m_amount->text(), m_desk.currency));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    return valid;
}

void PaymentDialog::accept()
{
    if (!validate()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    Payment payment;
    payment.customerId = m_customerId;
    payment.paidOn = m_date->date();
    payment.kind = fromCode<PaymentKind>(m_kind->currentData().toString()).value_or(PaymentKind::Fee);
    payment.amount = Money {InputParsing::amount(m_amount->text(), m_desk.currency).value(), m_desk.currency};
    payment.note = m_note->text().trimmed();
    auto saved = m_desk.customers->addPayment(*actor, payment);
    if (!saved) {
        m_message->show(saved.errorString());
        return;
    }
    QDialog::accept();
}

ArchiveDialog::ArchiveDialog(const DeskContext& desk, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customer.id)
{
    setObjectName(QStringLiteral("ArchiveDialog"));
    setWindowTitle(tr("Archive — %1").arg(customer.name));
    auto* explanation = new QLabel(tr("Archived customers leave the customer list but keep their whole history. "
                                      "Why is %1 archived?")
                                       .arg(customer.name),
                                   this);
    explanation->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Ok);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Archive"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
    });
}

void ArchiveDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    const Status archived = m_desk.customers->archive(*actor, m_customerId, m_reason->toPlainText());
    if (!archived) {
        m_message->show(archived.errorString());
        return;
    }
    QDialog::accept();
}

DeskOperatorDialog::DeskOperatorDialog(const DeskContext& desk, std::optional<qint64> current, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_operators(new OperatorListModel(desk.db, this))
{
    setObjectName(QStringLiteral("DeskOperatorDialog"));
    setWindowTitle(tr("Who Is at This Desk"));
    auto* explanation = new QLabel(
        tr("Contacts, notes and changes made here are recorded under this name until you choose another."), this);
    explanation->setWordWrap(true);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setModel(m_operators);
    if (current) {
        m_operator->setCurrentIndex(m_operators->rowOf(*current));
    }

    auto* add = new QGroupBox(tr("Not in the list? Add yourself"), this);
    m_newName = new QLineEdit(add);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newRole = new QComboBox(add);
    fillWithLabels<Role>(m_newRole);
    auto* addButton = new QPushButton(tr("A&dd"), add);
    connect(addButton, &QPushButton::clicked, this, &DeskOperatorDialog::addOperator);
    auto* addForm = new QFormLayout(add);
    addForm->addRow(tr("&Name:"), m_newName);
    addForm->addRow(tr("&Role:"), m_newRole);
    addForm->addRow(QString(), addButton);

    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_operator);
    layout->addWidget(add);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
}

void DeskOperatorDialog::addOperator()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        m_message->show(tr("Type the name to add."));
        return;
    }
    Operator person;
    person.name = name;
    person.login = name.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('.'));
    person.role = fromCode<Role>(m_newRole->currentData().toString()).value_or(Role::Operator);
    person.costPerHour = Money {0, m_desk.currency};
    auto added = OperatorRepository(m_desk.db).add(person);
    if (!added) {
        m_message->show(added.errorString());
        return;
    }
    (void)m_operators->reload();
    m_operator->setCurrentIndex(m_operators->rowOf(added.value()));
    m_newName->clear();
    m_message->clear();
}

void DeskOperatorDialog::accept()
{
    if (m_operator->currentIndex() < 0) {
        m_message->show(tr("Choose a name, or add yours."));
        return;
    }
    m_chosen = m_operator->currentData(OperatorListModel::IdRole).toLongLong();
    QDialog::accept();
}

} // namespace abonent
