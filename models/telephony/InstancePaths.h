#pragma once

#include <QString>

namespace abonent {

// Where this user's running Abonent is found: the lock its window holds and
// the local socket it listens on, both in a folder nobody else may enter.
// ABONENT_INSTANCE replaces the name "abonent" in both, so tests and
// benchmarks run beside each other and beside a real window.
class InstancePaths
{
public:
    // The user's runtime folder; empty when no private one can be found or made.
    static QString folder();
    // <folder>/<name>.lock
    static QString lockFile();
    // Unix: <folder>/<name>.socket, a full path, so the socket is not in the
    // shared temporary folder. Windows: a named pipe, named after the user's
    // own temporary folder. Empty when folder() is.
    static QString serverName();

private:
    static QString instanceName();
};

} // namespace abonent
