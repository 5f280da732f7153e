#include "PaymentDialog.h"

#include "CustomerService.h"
#include "FormSupport.h"
#include "InputParsing.h"
#include "Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

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
    limitToSensibleDates(m_date, EnteredDates::Kind::Happened);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount in %1").arg(Money::symbol(desk.currency)));
    m_note = new QLineEdit(this);
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Amount (%1):").arg(Money::symbol(desk.currency)), m_amount);
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
                        : tr("\"%1\" is not an amount in %2.").arg(m_amount->text(), Money::symbol(m_desk.currency)));
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

} // namespace abonent
