#pragma once

#include <QDateTime>

#include <functional>

namespace abonent {

// "Now" as the services see it. Tests fix it to check expiry and 30-day
// windows against known dates; the application uses the system clock.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace abonent
