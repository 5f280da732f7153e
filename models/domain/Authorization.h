#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace abonent {

// What a person may do is decided from their record in the operators table,
// never from the role a caller puts in an Actor: the services check here.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    explicit Authorization(QSqlDatabase db);

    // The stored role of the person behind `actor`; an error when nobody is named.
    Result<Role> roleOf(const Actor& actor) const;
    // Managers and owners run the catalogue and cases and remove problem tags.
    Status requireManager(const Actor& actor, const QString& refusal) const;
    // The owner alone: termination letters, the letterhead.
    Status requireOwner(const Actor& actor, const QString& refusal) const;

    static bool isManagerRole(Role role) { return role == Role::Manager || role == Role::Owner; }

private:
    QSqlDatabase m_db;
};

} // namespace abonent
