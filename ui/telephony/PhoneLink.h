#pragma once

#include "AmiCallTracker.h"
#include "AmiProtocol.h"
#include "CallHandOff.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QWidget;

namespace abonent {

class AmiClient;

// The desk's link to the phone system: listens at the extension the settings
// name, with the manager secret from the keychain (or asked for once a
// session, never written anywhere else), and edits those settings.
class PhoneLink : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    explicit PhoneLink(QWidget* window, QObject* parent = nullptr);
    ~PhoneLink() override;

    // Starts (or stops) listening as the settings say.
    void start();
    // Listens with this secret, for this session only.
    void connectWith(const AmiSettings& settings, const QString& secret);
    // Settings ▸ Phone System…
    void editSettings();

    AmiClient* client() const { return m_client.get(); }

signals:
    void ringing(const abonent::CallRequest& call);
    void callChanged(const abonent::AmiCallEvent& event);
    // For the status bar: where the phone system is; empty when it is off.
    void stateTextChanged(const QString& text);
    void message(const QString& text);

private:
    void askForSecret(const AmiSettings& settings, const QString& why);
    void readSecret(const AmiSettings& settings);

    QPointer<QWidget> m_window;
    std::unique_ptr<AmiClient> m_client;
    QString m_secret; // for this session only, never written anywhere
    QString m_secretKey; // the server and user m_secret belongs to
    int m_secretReads = 0; // keychain reads started; a late answer to an older one is ignored
};

} // namespace abonent
