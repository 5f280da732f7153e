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
class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)

public:
    explicit OperatorService(QSqlDatabase db);

    Result<qint64> add(const Actor& actor, const Operator& person);
    // Name, role and whether they take difficult callers.
    Status edit(const Actor& actor, const Operator& person);
    Status setActive(const Actor& actor, qint64 operatorId, bool active);

private:
    Status requireOwner(const Actor& actor) const;
    // Refuses a change that would leave no active owner.
    Status keepAnOwner() const;

    QSqlDatabase m_db;
};

} // namespace abonent
