#include "SqliteDirect.h"

#include <QFile>
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

// Copies every page of `from` into `to` in one step, waiting out a writer.
int copyPages(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return sqlite3_errcode(to);
    }
    int stepped = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        stepped = sqlite3_backup_step(backup, -1);
        if (stepped != SQLITE_BUSY && stepped != SQLITE_LOCKED) {
            break;
        }
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    return stepped;
}

QString reasonFor(sqlite3* connection, int code)
{
    return connection && sqlite3_errcode(connection) == code ? QString::fromUtf8(sqlite3_errmsg(connection))
                                                             : QString::fromUtf8(sqlite3_errstr(code));
}

} // namespace

bool canReplaceContent()
{
    return true;
}

QString replaceContent(const QString& source, const QString& target)
{
    sqlite3* from = nullptr;
    sqlite3* to = nullptr;
    const auto closeBoth = [&from, &to] {
        sqlite3_close(from);
        sqlite3_close(to);
    };
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_open_v2(QFile::encodeName(target).constData(), &to, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(to ? to : from));
        closeBoth();
        return why;
    }
    sqlite3_busy_timeout(to, 5000);
    const int copied = copyPages(from, to);
    const QString why = copied == SQLITE_DONE ? QString() : reasonFor(to, copied);
    closeBoth();
    return why;
}

QString backUp(sqlite3* source, const QString& target)
{
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : QStringLiteral("out of memory");
        sqlite3_close(copy);
        return why;
    }
    sqlite3_busy_timeout(copy, 5000);
    const int stepped = copyPages(source, copy);
    QString why = stepped == SQLITE_DONE ? QString() : reasonFor(copy, stepped);
    // The copy carries the source's write-ahead-log mode; a backup is one
    // file that needs nothing beside it, as VACUUM INTO writes it.
    if (why.isEmpty() && sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(copy));
    }
    if (sqlite3_close(copy) != SQLITE_OK && why.isEmpty()) {
        return QStringLiteral("the copy could not be closed");
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

QString replaceContent(const QString&, const QString&)
{
    return QStringLiteral("this build does not call SQLite directly");
}
#endif

} // namespace abonent::sqlite
