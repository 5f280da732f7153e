#pragma once

#include "Actor.h"
#include "DomainTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace abonent {

// The people's own logins on a PostgreSQL server (schema 16): a person the
// owner adds gets a login in the group role of their role, a change of role
// moves them to another group, and a person who leaves can no longer sign in.
// The owner's login needs CREATEROLE for this. Runs inside the caller's
// transaction: on PostgreSQL, roles are made and changed transactionally, so
// the person's row and their login commit together.
class ServerLogins
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)

public:
    explicit ServerLogins(QSqlDatabase db);

    // Whether `db` is a server database whose people have logins of their own.
    static bool apply(const QSqlDatabase& db);
    // What a login may be called: lower-case letters, digits, '.', '_' and
    // '-', starting with a letter. Empty when `login` may be used.
    static QString loginProblem(const QString& login);
    // The group role a person of `role` is a member of.
    static QString groupOf(Role role);
    // The verifier PostgreSQL keeps for a SCRAM-SHA-256 password (RFC 5802,
    // RFC 7677), made here so the password itself never reaches the server
    // (nor its statement log).
    static QByteArray scramVerifier(const QString& password, const QByteArray& salt, int iterations = 4096);

    // The person's login, in the group of their role, signing in with
    // `password`. An existing login of that name is taken over.
    Status create(const QString& login, Role role, const QString& password);
    // Whether the server has a login of that name. A person has none until
    // the owner gives them a password; until then they cannot sign in, and
    // there is nothing to move or stop.
    Result<bool> exists(const QString& login) const;
    // These change nothing for a person without a login.
    Status setRole(const QString& login, Role role);
    Status setCanSignIn(const QString& login, bool canSignIn);
    Status setPassword(const QString& login, const QString& password);
    // The person of the office whose login this connection signed in with;
    // nothing for a login that is nobody's (the administrator's).
    Result<std::optional<Actor>> sessionPerson() const;

private:
    // Runs a statement about a role that PostgreSQL cannot take with bound
    // values: the server quotes the names (format's %I and %L) first.
    Status run(const QString& pattern, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace abonent
