#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <chrono>

namespace abonent {

// Who may act on a desk's own database. Until the owner asks for it, the
// person at the desk says who they are (one person on one desk is not slowed
// down); once sign-in is required, each person proves it with their
// passphrase, and the window locks when nobody has touched it for a while.
//
// What this protects, honestly: the program's actions and the names in the
// audit log. It does not hide the data: anyone who can copy the file can read
// it with other tools.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    explicit SignIn(QSqlDatabase db);

    static constexpr int kDefaultLockMinutes = 10;

    Result<bool> required() const;
    // Minutes without a key press or a click before the window locks.
    Result<int> lockAfterMinutes() const;

    // The person whose login and passphrase these are; the same answer for a
    // wrong login and a wrong passphrase, so neither is confirmed to a guesser.
    Result<Actor> signIn(const QString& login, const QString& passphrase) const;
    // Whether `person` may sign in: they have a passphrase and still work here.
    Result<bool> hasPassphrase(qint64 personId) const;

    // The owner sets anyone's passphrase; a person may change their own.
    Status setPassphrase(const Actor& actor, qint64 personId, const QString& passphrase);
    // The owner alone turns sign-in on or off. On needs the owner's own
    // passphrase first, so the owner cannot lock themselves out.
    Status setRequired(const Actor& actor, bool required);
    Status setLockAfterMinutes(const Actor& actor, int minutes);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
