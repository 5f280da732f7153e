#pragma once

namespace abonent::cli {

// What scripts and PBX hooks can rely on (DESIGN §7).
enum ExitCode : int {
    Success = 0,
    NothingFound = 1,
    Failure = 2,
};

} // namespace abonent::cli
