#include "Transaction.h"

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

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        m_active = m_db.transaction();
        if (!m_active) {
            m_error = sql::databaseError(m_db, QStringLiteral("BEGIN"));
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
        if (!m_db.commit()) {
            Error error = sql::databaseError(m_db, QStringLiteral("COMMIT"));
            rollback();
            return error;
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
        m_db.rollback();
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        (void)sql::execDirect(m_db, QLatin1String("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        (void)sql::execDirect(m_db, QLatin1String("RELEASE SAVEPOINT ") + m_savepoint);
    }
    m_active = false;
    --depths()[m_db.connectionName()];
}

} // namespace abonent
