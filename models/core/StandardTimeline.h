#pragma once

#include "TimelineSources.h"

#include <memory>
#include <vector>

namespace abonent {

// The sources a customer card shows today.
std::vector<std::unique_ptr<TimelineSource>> standardTimelineSources();

} // namespace abonent
