#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace abonent {

// The phone system's secret, in the desktop's keychain (Secret Service or
// KWallet on Linux, Credential Manager on Windows) through QtKeychain; never
// in the settings file. Without a keychain the window asks for it once per
// session and keeps it in memory only.
class PhoneSecret
{
    Q_DECLARE_TR_FUNCTIONS(PhoneSecret)

public:
    // `secret` is empty when there is none; `problem` says why the keychain
    // could not be used (empty when it simply holds nothing for the key).
    using ReadDone = std::function<void(std::optional<QString> secret, QString problem)>;
    using WriteDone = std::function<void(bool stored, QString problem)>;

    static void read(const QString& key, ReadDone done);
    static void write(const QString& key, const QString& secret, WriteDone done);

private:
    // ABONENT_KEYCHAIN=off: behave as a desktop without a keychain (tests
    // must not leave entries in the keychain of whoever runs them).
    static bool keychainOff();
};

} // namespace abonent
