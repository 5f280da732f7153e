#include "Authorization.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

Authorization::Authorization(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Role> Authorization::roleOf(const Actor& actor) const
{
    if (!actor.operatorId) {
        return makeError(Error::Code::Invalid,
                         tr("Say who is at this desk first: the change is recorded under a name."));
    }
    auto query =
        sql::select(m_db, QStringLiteral("SELECT role, active FROM operators WHERE id = ?"), {*actor.operatorId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("Operator %1 does not exist.").arg(*actor.operatorId));
    }
    if (!query->value(1).toBool()) {
        return makeError(Error::Code::Invalid, tr("This operator no longer works here."));
    }
    const auto role = fromCode<Role>(query->value(0).toString());
    if (!role) {
        return makeError(Error::Code::Invalid, tr("Operator %1 has no known role.").arg(*actor.operatorId));
    }
    return *role;
}

Status Authorization::requireManager(const Actor& actor, const QString& refusal) const
{
    auto role = roleOf(actor);
    if (!role) {
        return role.error();
    }
    if (!isManagerRole(role.value())) {
        return makeError(Error::Code::Invalid, refusal);
    }
    return {};
}

Status Authorization::requireOwner(const Actor& actor, const QString& refusal) const
{
    auto role = roleOf(actor);
    if (!role) {
        return role.error();
    }
    if (role.value() != Role::Owner) {
        return makeError(Error::Code::Invalid, refusal);
    }
    return {};
}

} // namespace abonent
