#pragma once

#include "DomainTypes.h"

#include <QtGlobal>

#include <optional>

namespace abonent {

// Who is making a change: recorded with it, and what the role allows is
// decided by the services from it (not only by which buttons the UI shows).
// Until people sign in, it is the operator chosen at this desk.
struct Actor
{
    std::optional<qint64> operatorId;
    Role role = Role::Operator;

    // Managers and owners run the catalogue and cases and remove problem tags.
    bool isManager() const { return role == Role::Manager || role == Role::Owner; }
};

} // namespace abonent
