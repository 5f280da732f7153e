#pragma once

#include "AmiProtocol.h"
#include "CallRecordings.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace abonent {

class FieldMessage;

// The phone system of this desk: where its manager interface is, the login,
// and the operator's extension whose ringing calls pop the console; where
// the phone system's recordings are reachable and how a call's file is
// named. The secret field stays empty unless it is to change; it goes to the
// keychain.
class PhoneSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    PhoneSettingsDialog(const AmiSettings& settings,
                        bool secretKnown,
                        const RecordingPlace& recordings,
                        QWidget* parent = nullptr);

    AmiSettings settings() const;
    RecordingPlace recordingPlace() const;
    // Empty when the person left the stored secret as it was.
    QString newSecret() const;

public slots:
    void accept() override;

private:
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_extension = nullptr;
    QLineEdit* m_recordingsWhere = nullptr;
    QLineEdit* m_recordingsPattern = nullptr;
    QLineEdit* m_pbxFolder = nullptr;
    FieldMessage* m_message = nullptr;
    bool m_secretKnown = false;
};

} // namespace abonent
