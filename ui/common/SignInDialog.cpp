#include "SignInDialog.h"

#include "FormSupport.h"
#include "SignIn.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

SignInDialog::SignInDialog(QSqlDatabase db, const QString& login, bool locked, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(locked ? tr("Locked") : tr("Sign In"));
    auto* explanation = new QLabel(
        locked ? tr("Nobody used Abonent for a while, so it locked itself. Sign in to go on; what was open stays "
                    "as it was.")
               : tr("People sign in on this database: what you record here is recorded under your name."),
        this);
    explanation->setWordWrap(true);
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("login"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    // Wide enough for the explanation on two or three lines (the layout
    // sets the dialog's minimum from it), and growing when a refusal is
    // said, so nothing is cut off.
    explanation->setMinimumWidth(fontMetrics().horizontalAdvance(QString(60, QLatin1Char('x'))));
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    (login.isEmpty() ? m_login : m_passphrase)->setFocus();
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

void SignInDialog::accept()
{
    // Hashing takes a moment: the cursor says so.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto signedIn = SignIn(m_db).signIn(login(), m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_message->show(signedIn.errorString());
        adjustSize();
        m_passphrase->clear();
        m_passphrase->setFocus();
        return;
    }
    m_signedIn = signedIn.value();
    QDialog::accept();
}

} // namespace abonent
