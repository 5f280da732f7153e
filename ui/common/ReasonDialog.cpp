#include "ReasonDialog.h"

#include "FormSupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

ReasonDialog::ReasonDialog(
    const QString& title, const QString& explanation, const QString& confirmText, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action))
{
    setObjectName(QStringLiteral("ReasonDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // it may quote what people typed
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Ok);
    QPushButton* confirm = m_buttons->button(QDialogButtonBox::Ok);
    confirm->setText(confirmText);
    confirm->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this, confirm] {
        confirm->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
    });
    m_reason->setFocus();
    resize(460, sizeHint().height());
}

void ReasonDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        return;
    }
    if (const Status done = m_action(reason); !done) {
        m_message->show(done.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace abonent
