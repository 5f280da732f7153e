#include "SqliteDirect.h"

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
#else
sqlite3* directHandle(const QSqlDatabase&)
{
    return nullptr;
}
#endif

} // namespace abonent::sqlite
