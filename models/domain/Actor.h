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
    // As the desk knows it; what is allowed is decided from the stored role (Authorization).
    Role role = Role::Operator;
};

} // namespace abonent
