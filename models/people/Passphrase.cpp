#include "Passphrase.h"

#include <sodium.h>

namespace abonent {

namespace {

bool sodiumReady()
{
    // sodium_init() is safe to call more than once, from any thread.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString Passphrase::weakness(const QString& passphrase)
{
    if (passphrase.trimmed().size() < kMinimumLength) {
        return tr("A passphrase has at least %n characters.", nullptr, kMinimumLength);
    }
    return {};
}

Result<QByteArray> Passphrase::hash(const QString& passphrase)
{
    if (const QString weak = weakness(passphrase); !weak.isEmpty()) {
        return makeError(Error::Code::Invalid, weak);
    }
    if (!sodiumReady()) {
        return makeError(Error::Code::Io, tr("The passphrase library could not start."));
    }
    const QByteArray secret = passphrase.toUtf8();
    QByteArray stored(crypto_pwhash_STRBYTES, '\0');
    // The interactive limits (64 MiB, a fraction of a second): a sign-in
    // must not keep an operator with a caller waiting.
    if (crypto_pwhash_str_alg(stored.data(),
                              secret.constData(),
                              static_cast<unsigned long long>(secret.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(Error::Code::Io, tr("There was not enough memory to protect the passphrase."));
    }
    stored.truncate(qstrnlen(stored.constData(), stored.size()));
    return stored;
}

bool Passphrase::matches(const QByteArray& storedHash, const QString& passphrase)
{
    if (storedHash.isEmpty() || !sodiumReady()) {
        return false;
    }
    const QByteArray stored = storedHash + '\0';
    const QByteArray secret = passphrase.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), secret.constData(), static_cast<unsigned long long>(secret.size()))
        == 0;
}

} // namespace abonent
