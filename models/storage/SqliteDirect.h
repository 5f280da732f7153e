#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

namespace abonent::sqlite {

// The sqlite3 connection under a Qt connection, for the few hot paths that
// talk to the C API directly (bulk loads, large scans); nullptr where that is
// not sound: another driver, or a QSQLITE plugin built with its own private
// SQLite (Qt's Windows and macOS packages), or a build without the option.
sqlite3* directHandle(const QSqlDatabase& db);

// Copies the whole database of `source` into the existing, empty file
// `target` with SQLite's online backup API, in one step: one read
// transaction, so what other connections commit meanwhile is wholly in the
// copy or not at all. Works on a read-only connection. The copy keeps no
// write-ahead log: one file, as VACUUM INTO writes it. An empty string on
// success, else SQLite's reason.
QString backUp(sqlite3* source, const QString& target);

// Replaces the content of the database file `target` with that of `source`
// through the online backup API, under SQLite's own locks: connections other
// programs hold to `target` stay sound and read the new content from their
// next transaction. First it takes the write lock (waiting for a writer up
// to about five seconds) and, holding it, gives `keepCurrent` a read-only
// connection to `target` to keep what is about to be replaced: no desk can
// commit in between. A non-empty answer from it stops everything, with
// nothing changed. Both files are opened here with this build's SQLite; the
// caller holds no Qt connection to either meanwhile (two SQLite copies in
// one process must not share a file). An empty string on success, else the
// reason.
QString replaceContent(const QString& source,
                       const QString& target,
                       const std::function<QString(sqlite3* current)>& keepCurrent);
// Whether replaceContent() is in this build.
bool canReplaceContent();

// Whether the fast paths may use the C API where it is sound (the default).
// Tests switch it off to run, in the same build, the portable Qt SQL twin
// that other platforms take, and compare the two.
void setDirectAllowed(bool allowed);

} // namespace abonent::sqlite
