#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace abonent::sqlite {

// The sqlite3 connection under a Qt connection, for the few hot paths that
// talk to the C API directly (bulk loads, large scans); nullptr where that is
// not sound: another driver, or a QSQLITE plugin built with its own private
// SQLite (Qt's Windows and macOS packages), or a build without the option.
sqlite3* directHandle(const QSqlDatabase& db);

} // namespace abonent::sqlite
