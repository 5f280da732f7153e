#include "PhoneSettingsDialog.h"

#include "FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

PhoneSettingsDialog::PhoneSettingsDialog(const AmiSettings& settings, bool secretKnown, QWidget* parent)
    : QDialog(parent)
    , m_secretKnown(secretKnown)
{
    setObjectName(QStringLiteral("PhoneSettingsDialog"));
    setWindowTitle(tr("Phone System"));
    auto* intro = new QLabel(tr("With an Asterisk phone system, Abonent listens to its manager interface and opens "
                                "the call console when a call rings at this desk's extension. The secret is kept "
                                "in the desktop's keychain, not in the settings."),
                             this);
    intro->setWordWrap(true);
    m_enabled = new QCheckBox(tr("&Open the call console for calls from the phone system"), this);
    m_enabled->setChecked(settings.enabled);
    m_host = new QLineEdit(settings.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("pbx.example.net or 192.0.2.10"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_user = new QLineEdit(settings.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(secretKnown ? tr("unchanged") : tr("asked for once a session"));
    m_extension = new QLineEdit(settings.extension, this);
    m_extension->setObjectName(QStringLiteral("extension"));
    m_extension->setPlaceholderText(tr("e.g. 101"));
    m_message = new FieldMessage(this);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Manager &user:"), m_user);
    form->addRow(tr("S&ecret:"), m_secret);
    form->addRow(tr("This desk's e&xtension:"), m_extension);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save and Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PhoneSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

AmiSettings PhoneSettingsDialog::settings() const
{
    AmiSettings chosen;
    chosen.enabled = m_enabled->isChecked();
    chosen.host = m_host->text().trimmed();
    chosen.port = static_cast<quint16>(m_port->value());
    chosen.user = m_user->text().trimmed();
    chosen.extension = m_extension->text().trimmed();
    return chosen;
}

QString PhoneSettingsDialog::newSecret() const
{
    return m_secret->text();
}

void PhoneSettingsDialog::accept()
{
    if (m_enabled->isChecked() && !settings().isComplete()) {
        m_message->show(tr("Fill in the server, the manager user and this desk's extension."));
        (m_host->text().trimmed().isEmpty()       ? m_host
             : m_user->text().trimmed().isEmpty() ? m_user
                                                  : m_extension)
            ->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace abonent
