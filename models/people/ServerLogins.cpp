#include "ServerLogins.h"

#include "Passphrase.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace abonent {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 for one 32-byte block (RFC 8018), SCRAM's Hi().
QByteArray saltedPassword(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray block = hmac(password, salt + QByteArray("\0\0\0\1", 4));
    QByteArray result = block;
    for (int round = 1; round < iterations; ++round) {
        block = hmac(password, block);
        for (int i = 0; i < result.size(); ++i) {
            result[i] = static_cast<char>(result[i] ^ block[i]);
        }
    }
    return result;
}

} // namespace

ServerLogins::ServerLogins(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ServerLogins::apply(const QSqlDatabase& db)
{
    return SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL;
}

QString ServerLogins::loginProblem(const QString& login)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!allowed.match(login).hasMatch()) {
        return tr("A login is up to 63 lower-case Latin letters, digits, dots, dashes or underscores, starting with a "
                  "letter.");
    }
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("abonent_"))) {
        return tr("Logins starting with \"pg_\" or \"abonent_\" are the server's own.");
    }
    return {};
}

QString ServerLogins::groupOf(Role role)
{
    return QStringLiteral("abonent_") + codeOf(role);
}

QByteArray ServerLogins::scramVerifier(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray salted = saltedPassword(password.toUtf8(), salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return "SCRAM-SHA-256$" + QByteArray::number(iterations) + ':' + salt.toBase64() + '$' + storedKey.toBase64() + ':'
        + serverKey.toBase64();
}

Status ServerLogins::run(const QString& pattern, const QVariantList& values)
{
    auto statement = sql::scalar(m_db, QStringLiteral("SELECT format(%1)").arg(pattern), values);
    if (!statement) {
        return statement.error();
    }
    return sql::execDirect(m_db, statement->toString());
}

Status ServerLogins::create(const QString& login, Role role, const QString& password)
{
    if (const QString problem = loginProblem(login); !problem.isEmpty()) {
        return makeError(Error::Code::Invalid, problem);
    }
    if (const QString weak = Passphrase::weakness(password); !weak.isEmpty()) {
        return makeError(Error::Code::Invalid, weak);
    }
    auto there = exists(login);
    if (!there) {
        return there.error();
    }
    // A login made by hand (or for another database on this server) is
    // taken over: it joins the office's group.
    if (!there.value()) {
        if (Status made = run(QStringLiteral("'CREATE ROLE %I LOGIN', ?::text"), {login}); !made) {
            return made;
        }
    }
    if (Status joined = setRole(login, role); !joined) {
        return joined;
    }
    return setPassword(login, password);
}

Result<bool> ServerLogins::exists(const QString& login) const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login});
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Status ServerLogins::setRole(const QString& login, Role role)
{
    auto there = exists(login);
    if (!there || !there.value()) {
        return there ? Status {} : Status(there.error());
    }
    // The groups the login is in now, directly.
    auto groups =
        sql::select(m_db,
                    QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                   " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"),
                    {login});
    if (!groups) {
        return groups.error();
    }
    QStringList others;
    while (groups->next()) {
        others << groups->value(0).toString();
    }
    for (Role other : {Role::Operator, Role::Manager, Role::Owner}) {
        if (other != role && others.contains(groupOf(other))) {
            if (Status revoked = run(QStringLiteral("'REVOKE %I FROM %I', ?::text, ?::text"), {groupOf(other), login});
                !revoked) {
                return revoked;
            }
        }
    }
    if (Status granted = run(QStringLiteral("'GRANT %I TO %I', ?::text, ?::text"), {groupOf(role), login}); !granted) {
        return granted;
    }
    // The owner keeps the people, and so makes their logins. The login
    // signed in here keeps what it has: it is making the change.
    auto self = sql::scalar(m_db, QStringLiteral("SELECT session_user = ?"), {login});
    if (!self) {
        return self.error();
    }
    if (self->toBool()) {
        return {};
    }
    return run(role == Role::Owner ? QStringLiteral("'ALTER ROLE %I CREATEROLE', ?::text")
                                   : QStringLiteral("'ALTER ROLE %I NOCREATEROLE', ?::text"),
               {login});
}

Status ServerLogins::setPassword(const QString& login, const QString& password)
{
    if (const QString weak = Passphrase::weakness(password); !weak.isEmpty()) {
        return makeError(Error::Code::Invalid, weak);
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    return run(QStringLiteral("'ALTER ROLE %I PASSWORD %L', ?::text, ?::text"),
               {login, QString::fromLatin1(scramVerifier(password, salt))});
}

Status ServerLogins::setCanSignIn(const QString& login, bool canSignIn)
{
    auto there = exists(login);
    if (!there || !there.value()) {
        return there ? Status {} : Status(there.error());
    }
    return run(canSignIn ? QStringLiteral("'ALTER ROLE %I LOGIN', ?::text")
                         : QStringLiteral("'ALTER ROLE %I NOLOGIN', ?::text"),
               {login});
}

Result<std::optional<Actor>> ServerLogins::sessionPerson() const
{
    auto query =
        sql::select(m_db, QStringLiteral("SELECT id, role FROM operators WHERE login = session_user AND active = 1"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<Actor>();
    }
    return std::optional<Actor>(
        Actor {query->value(0).toLongLong(), fromCode<Role>(query->value(1).toString()).value_or(Role::Operator)});
}

} // namespace abonent
