#include "SqliteDirect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <atomic>

#if ABONENT_SQLITE_BULK
#include <sqlite3.h>
#endif

namespace abonent::sqlite {

namespace {

std::atomic<bool> directAllowed {true};

} // namespace

void setDirectAllowed(bool allowed)
{
    directAllowed = allowed;
}

#if ABONENT_SQLITE_BULK
namespace {

// The connection Qt opened must come from this very SQLite build: same
// version, same source and same compile options as the library we call.
bool sameLibrary(const QSqlDatabase& db)
{
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !probe.next()
        || probe.value(0).toString() != QLatin1String(sqlite3_libversion())
        || probe.value(1).toString() != QLatin1String(sqlite3_sourceid())) {
        return false;
    }
    QStringList theirs;
    if (!probe.exec(QStringLiteral("PRAGMA compile_options"))) {
        return false;
    }
    while (probe.next()) {
        theirs << probe.value(0).toString();
    }
    QStringList ours;
    for (int i = 0; const char* option = sqlite3_compileoption_get(i); ++i) {
        ours << QString::fromLatin1(option);
    }
    return theirs == ours;
}

} // namespace

sqlite3* directHandle(const QSqlDatabase& db)
{
    if (!directAllowed) {
        return nullptr;
    }
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (db.driverName() != QLatin1String("QSQLITE") || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    auto* connection = *static_cast<sqlite3* const*>(handle.constData());
    return connection && sameLibrary(db) ? connection : nullptr;
}

namespace {

// Steps `backup` by `pages` (-1: all), waiting out another connection's
// lock for about five seconds in all.
int stepWaiting(sqlite3_backup* backup, int pages)
{
    int stepped = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        stepped = sqlite3_backup_step(backup, pages);
        if ((stepped & 0xff) != SQLITE_BUSY && (stepped & 0xff) != SQLITE_LOCKED) {
            break;
        }
        sqlite3_sleep(100);
    }
    return stepped;
}

QString reasonFor(sqlite3* connection, int code)
{
    return connection && sqlite3_errcode(connection) == code ? QString::fromUtf8(sqlite3_errmsg(connection))
                                                             : QString::fromUtf8(sqlite3_errstr(code));
}

// Opens `path` as a file name, never as a URI ("file:x" is a name here too).
int openFile(const QString& path, sqlite3** connection, int flags)
{
    return sqlite3_open_v2(
        QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), connection, flags, nullptr);
}

int pageSize(sqlite3* connection)
{
    sqlite3_stmt* statement = nullptr;
    int size = 0;
    if (sqlite3_prepare_v2(connection, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        size = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    return size;
}

// PRAGMA journal_mode answers with the mode it is in: a refusal is no error code.
bool leaveWriteAheadLog(sqlite3* connection)
{
    sqlite3_stmt* statement = nullptr;
    bool left = false;
    if (sqlite3_prepare_v2(connection, "PRAGMA journal_mode = DELETE", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        left = qstricmp(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "delete") == 0;
    }
    sqlite3_finalize(statement);
    return left;
}

} // namespace

bool canReplaceContent()
{
    return true;
}

QString replaceContent(const QString& source,
                       const QString& target,
                       const std::function<QString(sqlite3* current)>& keepCurrent)
{
    sqlite3* from = nullptr;
    sqlite3* to = nullptr;
    sqlite3* current = nullptr;
    sqlite3_backup* backup = nullptr;
    const auto closeAll = [&] {
        sqlite3_backup_finish(backup); // before it ends, a backup changes nothing
        sqlite3_close_v2(current);
        sqlite3_close_v2(from);
        sqlite3_close_v2(to);
    };
    if (openFile(source, &from, SQLITE_OPEN_READONLY) != SQLITE_OK
        || openFile(target, &to, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(to ? to : from));
        closeAll();
        return why;
    }
    if (pageSize(from) != pageSize(to)) {
        const QString why = QStringLiteral("the backup's pages are %1 bytes and the database's %2; "
                                           "SQLite copies only between equal page sizes")
                                .arg(pageSize(from))
                                .arg(pageSize(to));
        closeAll();
        return why;
    }
    backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(to));
        closeAll();
        return why;
    }
    // A step of no pages takes the database's write lock and keeps it: from
    // here no desk can commit, so what is kept is what is replaced.
    if (const int locked = stepWaiting(backup, 0); locked != SQLITE_OK) {
        const QString why = reasonFor(to, locked);
        closeAll();
        return why;
    }
    if (openFile(target, &current, SQLITE_OPEN_READONLY) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(current));
        closeAll();
        return why;
    }
    if (const QString failed = keepCurrent(current); !failed.isEmpty()) {
        closeAll();
        return failed;
    }
    sqlite3_close_v2(current);
    current = nullptr;
    const int copied = stepWaiting(backup, -1);
    const QString why = copied == SQLITE_DONE ? QString() : reasonFor(to, copied);
    closeAll();
    return why;
}

QString backUp(sqlite3* source, const QString& target)
{
    sqlite3* copy = nullptr;
    if (openFile(target, &copy, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        const QString why = copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : QStringLiteral("out of memory");
        sqlite3_close_v2(copy);
        return why;
    }
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(copy));
        sqlite3_close_v2(copy);
        return why;
    }
    // One step of every page: one read transaction on the source.
    const int stepped = stepWaiting(backup, -1);
    sqlite3_backup_finish(backup);
    QString why = stepped == SQLITE_DONE ? QString() : reasonFor(copy, stepped);
    // The copy carries the source's write-ahead-log mode; a backup is one
    // file that needs nothing beside it, as VACUUM INTO writes it.
    if (why.isEmpty() && !leaveWriteAheadLog(copy)) {
        why = QStringLiteral("the copy could not be taken out of write-ahead-log mode");
    }
    if (sqlite3_close_v2(copy) != SQLITE_OK && why.isEmpty()) {
        why = QStringLiteral("the copy could not be closed");
    }
    return why;
}
#else
sqlite3* directHandle(const QSqlDatabase&)
{
    return nullptr;
}

QString backUp(sqlite3*, const QString&)
{
    return QStringLiteral("this build does not call SQLite directly");
}

bool canReplaceContent()
{
    return false;
}

QString replaceContent(const QString&, const QString&, const std::function<QString(sqlite3*)>&)
{
    return QStringLiteral("this build does not call SQLite directly");
}
#endif

} // namespace abonent::sqlite
