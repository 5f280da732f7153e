#include "PhoneSettingsDialog.h"

#include "FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

PhoneSettingsDialog::PhoneSettingsDialog(const AmiSettings& settings,
                                         bool secretKnown,
                                         const RecordingPlace& recordings,
                                         QWidget* parent)
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
    m_recordingsWhere = new QLineEdit(recordings.where, this);
    m_recordingsWhere->setObjectName(QStringLiteral("recordingsWhere"));
    m_recordingsWhere->setPlaceholderText(tr("a folder or share, or https://pbx.example.net/recordings/"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder of the Call Recordings"), m_recordingsWhere->text());
        if (!folder.isEmpty()) {
            m_recordingsWhere->setText(QDir::toNativeSeparators(folder));
        }
    });
    auto* whereRow = new QHBoxLayout;
    whereRow->addWidget(m_recordingsWhere, 1);
    whereRow->addWidget(browse);
    m_recordingsPattern = new QLineEdit(recordings.pattern, this);
    m_recordingsPattern->setObjectName(QStringLiteral("recordingsPattern"));
    m_pbxFolder = new QLineEdit(recordings.pbxFolder, this);
    m_pbxFolder->setObjectName(QStringLiteral("pbxFolder"));
    auto* recordingsHelp =
        new QLabel(tr("A call's recording is the file the phone system names in MIXMONITOR_FILENAME (under its own "
                      "folder there, under the folder above here); otherwise the file name made from ${UNIQUEID}, "
                      "${LINKEDID}, ${CALLERID}, ${YEAR}, ${MONTH} and ${DAY}. Abonent keeps the name and, once the "
                      "file is complete, its size and SHA-256."),
                   this);
    recordingsHelp->setWordWrap(true);
    m_message = new FieldMessage(this);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Manager &user:"), m_user);
    form->addRow(tr("S&ecret:"), m_secret);
    form->addRow(tr("This desk's e&xtension:"), m_extension);
    addRowFor(form, tr("Recordings are &in:"), whereRow, m_recordingsWhere);
    form->addRow(tr("Recording file &name:"), m_recordingsPattern);
    form->addRow(tr("The phone system's &own folder:"), m_pbxFolder);
    form->addRow(recordingsHelp);

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

RecordingPlace PhoneSettingsDialog::recordingPlace() const
{
    RecordingPlace place;
    place.where = m_recordingsWhere->text().trimmed();
    place.pattern = m_recordingsPattern->text().trimmed();
    place.pbxFolder = m_pbxFolder->text().trimmed();
    return place;
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
    const RecordingPlace place = recordingPlace();
    if (place.isSet() && !RecordingPlace::namesOneCall(place.pattern)) {
        m_message->show(tr("A recording's file name needs ${UNIQUEID} or ${LINKEDID}, for example ${UNIQUEID}.wav: "
                           "without them every call would point at the same file."));
        m_recordingsPattern->setFocus();
        return;
    }
    if (place.isSet() && !place.isUrl() && !QFileInfo(place.where).isDir()) {
        m_message->show(tr("%1 is not a folder this computer can reach. Mount the share first, or give the "
                           "recordings' web address.")
                            .arg(place.where));
        m_recordingsWhere->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace abonent
