#include "PhoneLink.h"

#include "AmiClient.h"
#include "PhoneSecret.h"
#include "PhoneSettingsDialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>

#include <optional>

namespace abonent {

PhoneLink::PhoneLink(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_client(std::make_unique<AmiClient>())
{
    connect(m_client.get(), &AmiClient::ringing, this, &PhoneLink::ringing);
    connect(m_client.get(), &AmiClient::callChanged, this, &PhoneLink::callChanged);
    connect(m_client.get(), &AmiClient::stateChanged, this, [this](AmiClient::State state) {
        emit stateTextChanged(state == AmiClient::State::Off ? QString() : m_client->stateText());
    });
}

PhoneLink::~PhoneLink() = default;

void PhoneLink::start()
{
    const AmiSettings settings = AmiSettings::load(QSettings());
    if (!settings.enabled || !settings.isComplete()) {
        m_client->stop();
        return;
    }
    // A secret typed this session serves the server and user it was typed for, no other.
    if (!m_secret.isEmpty() && m_secretKey == settings.secretKey()) {
        connectWith(settings, m_secret);
        return;
    }
    m_secret.clear();
    m_secretKey.clear();
    m_client->stop();
    readSecret(settings);
}

void PhoneLink::readSecret(const AmiSettings& settings)
{
    emit stateTextChanged(tr("Phone: reading the secret from the keychain…"));
    const int read = ++m_secretReads;
    PhoneSecret::read(
        settings.secretKey(),
        [self = QPointer<PhoneLink>(this), settings, read](std::optional<QString> secret, QString problem) {
            // Settings changed (or a secret was typed) while the keychain was asked: that answer is stale.
            if (!self || read != self->m_secretReads || !self->m_secret.isEmpty()) {
                return;
            }
            if (secret) {
                self->m_secret = *secret;
                self->m_secretKey = settings.secretKey();
                self->connectWith(settings, *secret);
            } else if (problem.isEmpty()) {
                self->askForSecret(settings, tr("No secret is stored for %1 yet.").arg(settings.user));
            } else {
                // The details are for whoever looks after the desktop, not for the prompt.
                emit self->message(problem);
                self->askForSecret(
                    settings,
                    tr("No keychain is available on this desktop, so the secret is asked for once a session."));
            }
        });
}

void PhoneLink::askForSecret(const AmiSettings& settings, const QString& why)
{
    // The keychain had nothing to give: the status bar no longer says it is being read.
    emit stateTextChanged(tr("Phone: asking for the secret…"));
    bool given = false;
    const QString secret =
        QInputDialog::getText(m_window,
                              tr("Phone System"),
                              tr("%1\nThe manager secret for %2 on %3:").arg(why, settings.user, settings.host),
                              QLineEdit::Password,
                              QString(),
                              &given);
    if (!given || secret.isEmpty()) {
        emit stateTextChanged(tr("Phone: not connected, no secret"));
        return;
    }
    m_secret = secret;
    m_secretKey = settings.secretKey();
    connectWith(settings, secret);
}

void PhoneLink::connectWith(const AmiSettings& settings, const QString& secret)
{
    m_client->start(settings, secret);
}

void PhoneLink::editSettings()
{
    const AmiSettings before = AmiSettings::load(QSettings());
    PhoneSettingsDialog dialog(before,
                               !m_secret.isEmpty() && m_secretKey == before.secretKey(),
                               RecordingPlace::ofDesk(QSettings()),
                               m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QSettings stored;
    const AmiSettings settings = dialog.settings();
    settings.save(stored);
    dialog.recordingPlace().saveToDesk(stored);
    // The consoles of calls under way belong to the window, not to the connection.
    emit message(settings.enabled && settings.isComplete()
                     ? tr("Phone settings saved: connecting to %1:%2 for extension %3. Calls on screen stay open.")
                           .arg(settings.host, QString::number(settings.port), settings.extension)
                     : tr("Phone settings saved: Abonent no longer listens to the phone system. Calls on screen "
                          "stay open."));
    ++m_secretReads; // whatever the keychain still answers is about the old settings
    if (!dialog.newSecret().isEmpty()) {
        m_secret = dialog.newSecret();
        m_secretKey = settings.secretKey();
        PhoneSecret::write(
            settings.secretKey(), m_secret, [self = QPointer<PhoneLink>(this)](bool stored, const QString& problem) {
                if (self && !stored) {
                    emit self->message(tr("The secret is kept until Abonent closes and asked for "
                                          "next time: %1.")
                                           .arg(problem));
                }
            });
    }
    start();
}

} // namespace abonent
