#include "OperatorService.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "OperatorRepository.h"
#include "ServerLogins.h"
#include "SignIn.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

namespace {

QJsonObject personJson(const Operator& person)
{
    return {{QStringLiteral("id"), person.id},
            {QStringLiteral("login"), person.login},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("role"), codeOf(person.role)},
            {QStringLiteral("takes_difficult_callers"), person.takesDifficultCallers},
            {QStringLiteral("active"), person.active}};
}

} // namespace

OperatorService::OperatorService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status OperatorService::requireOwner(const Actor& actor) const
{
    return Authorization(m_db).requireOwner(actor, tr("Only the owner can add people or change their roles."));
}

Status OperatorService::keepAnOwner() const
{
    auto owners = sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM operators WHERE role = ? AND active = 1"), {codeOf(Role::Owner)});
    if (!owners) {
        return owners.error();
    }
    if (owners->toInt() == 0) {
        return makeError(Error::Code::Invalid, tr("The office needs an owner: make someone else the owner first."));
    }
    return {};
}

Result<qint64> OperatorService::add(const Actor& actor, const Operator& person, const QString& serverPassword)
{
    if (Status allowed = requireOwner(actor); !allowed) {
        return allowed.error();
    }
    const bool onServer = ServerLogins::apply(m_db);
    if (onServer) {
        if (const QString problem = ServerLogins::loginProblem(person.login.trimmed()); !problem.isEmpty()) {
            return makeError(Error::Code::Invalid, problem);
        }
    }
    return inTransaction(m_db, [&]() -> Result<qint64> {
        auto id = OperatorRepository(m_db).add(person);
        if (!id) {
            return id;
        }
        if (onServer && !serverPassword.isEmpty()) {
            if (Status login = ServerLogins(m_db).create(person.login.trimmed(), person.role, serverPassword); !login) {
                return login.error();
            }
        }
        Operator added = person;
        added.id = id.value();
        if (Status status = AuditLog(m_db).record(actor, 0, AuditLog::personChanged(), {}, personJson(added));
            !status) {
            return status.error();
        }
        return id;
    });
}

Status OperatorService::edit(const Actor& actor, const Operator& person)
{
    if (Status allowed = requireOwner(actor); !allowed) {
        return allowed;
    }
    if (person.name.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("A person needs a name."));
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = OperatorRepository(m_db).find(person.id);
        if (!before) {
            return before.error();
        }
        Operator after = before.value();
        after.name = person.name.trimmed();
        after.role = person.role;
        after.takesDifficultCallers = person.takesDifficultCallers;
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE operators SET name = ?, role = ?,"
                                                     " takes_difficult_callers = ? WHERE id = ?"),
                                      {after.name, codeOf(after.role), after.takesDifficultCallers ? 1 : 0, after.id});
            !status) {
            return status;
        }
        if (Status owner = keepAnOwner(); !owner) {
            return owner;
        }
        if (ServerLogins::apply(m_db) && after.role != before->role) {
            if (Status moved = ServerLogins(m_db).setRole(after.login, after.role); !moved) {
                return moved;
            }
        }
        return AuditLog(m_db).record(
            actor, 0, AuditLog::personChanged(), personJson(before.value()), personJson(after));
    });
}

Status OperatorService::setActive(const Actor& actor, qint64 operatorId, bool active)
{
    if (Status allowed = requireOwner(actor); !allowed) {
        return allowed;
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = OperatorRepository(m_db).find(operatorId);
        if (!before) {
            return before.error();
        }
        if (before->active == active) {
            return {};
        }
        QSqlQuery update(m_db);
        if (Status status = sql::exec(
                update, QStringLiteral("UPDATE operators SET active = ? WHERE id = ?"), {active ? 1 : 0, operatorId});
            !status) {
            return status;
        }
        if (Status owner = keepAnOwner(); !owner) {
            return owner;
        }
        // Someone who left can no longer sign in; their login stays, as
        // their name stays on what they recorded.
        if (ServerLogins::apply(m_db)) {
            if (Status login = ServerLogins(m_db).setCanSignIn(before->login, active); !login) {
                return login;
            }
        }
        Operator after = before.value();
        after.active = active;
        return AuditLog(m_db).record(
            actor, 0, AuditLog::personChanged(), personJson(before.value()), personJson(after));
    });
}

Status OperatorService::setSecret(const Actor& actor, qint64 operatorId, const QString& secret)
{
    if (!ServerLogins::apply(m_db)) {
        return SignIn(m_db).setPassphrase(actor, operatorId, secret);
    }
    if (Status allowed = requireOwner(actor); !allowed) {
        return allowed;
    }
    auto person = OperatorRepository(m_db).find(operatorId);
    if (!person) {
        return person.error();
    }
    // A person added before they had a login (the first one, chosen at the
    // administrator's desk) gets one now.
    return ServerLogins(m_db).create(person->login, person->role, secret);
}

} // namespace abonent
