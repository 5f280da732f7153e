#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace abonent::sqlite {

// The sqlite3 connection under a Qt connection, for the few hot paths that
// talk to the C API directly (bulk loads, large scans); nullptr where that is
// not sound: another driver, or a QSQLITE plugin built with its own private
// SQLite (Qt's Windows and macOS packages), or a build without the option.
sqlite3* directHandle(const QSqlDatabase& db);

// Whether the fast paths may use the C API where it is sound (the default).
// Tests switch it off to run, in the same build, the portable Qt SQL twin
// that other platforms take, and compare the two.
void setDirectAllowed(bool allowed);

} // namespace abonent::sqlite
