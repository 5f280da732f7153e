#pragma once

#include "Actor.h"
#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace abonent {

// The office's people and their roles, as the owner keeps them (Settings ▸
// People). Someone who leaves is made inactive, never deleted: their name
// stays on everything they recorded. The office always keeps an active owner.
// On a server each person is also a login of their own in the group of
// their role (ServerLogins), changed in the same transaction as their row.
class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)

public:
    explicit OperatorService(QSqlDatabase db);

    // `serverPassword`: on a server, the password of the person's own login,
    // made with them (none without it); ignored for a file.
    Result<qint64> add(const Actor& actor, const Operator& person, const QString& serverPassword = {});
    // Name, role and whether they take difficult callers.
    Status edit(const Actor& actor, const Operator& person);
    Status setActive(const Actor& actor, qint64 operatorId, bool active);
    // What the person signs in with: their passphrase on a file (the owner,
    // or the person themselves; SignIn), their login's password on a server
    // (the owner).
    Status setSecret(const Actor& actor, qint64 operatorId, const QString& secret);

private:
    Status requireOwner(const Actor& actor) const;
    // Refuses a change that would leave no active owner.
    Status keepAnOwner() const;

    QSqlDatabase m_db;
};

} // namespace abonent
