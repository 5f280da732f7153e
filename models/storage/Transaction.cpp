#include "Transaction.h"

#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QHash>

namespace abonent {

namespace {

// Open transaction depth per connection. Connections belong to one thread each,
// so the bookkeeping is per thread too.
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> perConnection;
    return perConnection;
}

bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        if (isSqlite(m_db)) {
            // Take the write lock now: a deferred transaction that reads first
            // and writes later cannot wait for another writer; it fails at once.
            const Status begun = sql::execDirect(m_db, QStringLiteral("BEGIN IMMEDIATE"));
            m_active = begun.ok();
            if (!m_active) {
                m_error = begun.error();
            }
        } else {
            m_active = m_db.transaction();
            if (!m_active) {
                m_error = sql::databaseError(m_db, QStringLiteral("BEGIN"));
            }
        }
    } else {
        m_savepoint = QStringLiteral("sp_%1").arg(depth);
        const Status status = sql::execDirect(m_db, QLatin1String("SAVEPOINT ") + m_savepoint);
        m_active = status.ok();
        if (!m_active) {
            m_error = status.error();
        }
    }
    if (m_active) {
        ++depth;
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return makeError(Error::Code::Sql, QStringLiteral("commit() on a transaction that is not active"));
    }
    if (m_savepoint.isEmpty()) {
        const Status committed = isSqlite(m_db)
            ? sql::execDirect(m_db, QStringLiteral("COMMIT"))
            : (m_db.commit() ? Status() : Status(sql::databaseError(m_db, QStringLiteral("COMMIT"))));
        if (!committed) {
            rollback();
            return committed;
        }
    } else if (Status released = sql::execDirect(m_db, QLatin1String("RELEASE SAVEPOINT ") + m_savepoint); !released) {
        rollback();
        return released;
    }
    m_active = false;
    --depths()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    if (m_savepoint.isEmpty()) {
        if (isSqlite(m_db)) {
            (void)sql::execDirect(m_db, QStringLiteral("ROLLBACK"));
        } else {
            m_db.rollback();
        }
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        (void)sql::execDirect(m_db, QLatin1String("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        (void)sql::execDirect(m_db, QLatin1String("RELEASE SAVEPOINT ") + m_savepoint);
    }
    m_active = false;
    --depths()[m_db.connectionName()];
}

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth > 0) {
        m_joined = true;
        m_active = true;
        return;
    }
    // SQLite takes the snapshot at the first read of a deferred transaction,
    // PostgreSQL at the first statement after BEGIN: one is made at once, so
    // the snapshot is of the moment the guard was made.
    const bool sqlite = SqlDialect::of(m_db).engine() == SqlDialect::Engine::SQLite;
    const QString begin = sqlite ? QStringLiteral("BEGIN DEFERRED")
                                 : QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const QString firstRead =
        sqlite ? QStringLiteral("SELECT count(*) FROM sqlite_master") : QStringLiteral("SELECT 1");
    if (Status begun = sql::execDirect(m_db, begin); !begun) {
        m_error = begun.error();
        return;
    }
    if (Status read = sql::execDirect(m_db, firstRead); !read) {
        m_error = read.error();
        (void)sql::execDirect(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    m_active = true;
    ++depth;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active || m_joined) {
        return;
    }
    // Nothing was written: ending it either way is the same.
    (void)sql::execDirect(m_db, QStringLiteral("ROLLBACK"));
    --depths()[m_db.connectionName()];
}

} // namespace abonent
