#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace abonent {

// A person's passphrase on a desk's own database, kept only as an argon2id
// hash (libsodium's crypto_pwhash_str, which carries its salt and
// parameters), so the file never holds what a person types.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)

public:
    // Shorter ones are refused: a few letters are guessed in minutes even
    // through argon2id.
    static constexpr int kMinimumLength = 8;

    // Why `passphrase` may not be used; empty when it may.
    static QString weakness(const QString& passphrase);
    // The hash to store; an error for a weak passphrase or when the library
    // cannot run (no memory for the hash).
    static Result<QByteArray> hash(const QString& passphrase);
    // Whether `passphrase` is the one `storedHash` was made from.
    static bool matches(const QByteArray& storedHash, const QString& passphrase);
};

} // namespace abonent
