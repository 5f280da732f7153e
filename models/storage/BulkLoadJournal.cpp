#include "BulkLoadJournal.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

namespace abonent {

BulkLoadJournal::BulkLoadJournal(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (SqlDialect::of(m_db).engine() != SqlDialect::Engine::SQLite) {
        return;
    }
    auto empty = Database::isEmpty(m_db);
    auto mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode"));
    if (empty && empty.value() && mode && mode.value().toString() == QLatin1String("wal")) {
        auto switched = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        m_switched = switched && switched.value().toString() == QLatin1String("delete");
    }
}

BulkLoadJournal::~BulkLoadJournal()
{
    if (!m_switched) {
        return;
    }
    auto restored = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!restored || restored.value().toString() != QLatin1String("wal")) {
        // Not an error of the load, which is committed: the next open
        // switches the file back to WAL.
        qWarning("The database stays in rollback-journal mode until it is next opened (%s)",
                 qPrintable(restored ? restored.value().toString() : restored.errorString()));
    }
}

} // namespace abonent
