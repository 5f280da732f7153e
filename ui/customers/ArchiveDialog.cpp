#include "ArchiveDialog.h"

#include "CustomerService.h"
#include "FormSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

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

} // namespace abonent
