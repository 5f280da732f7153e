#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace abonent {

// One unit of work on a connection: begun on construction, rolled back on
// destruction unless commit() succeeded. Nested guards on the same connection
// become savepoints, so a repository call can join a caller's transaction and a
// failure inside it still undoes only what it did.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN itself failed; error() then says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }

    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    Error m_error;
};

// A long read of many tables that must describe one moment (an export):
// a transaction that only reads, begun on construction and ended on
// destruction. What other connections commit meanwhile is not seen, and
// nobody waits for it: SQLite keeps the reader on its snapshot of the
// write-ahead log, PostgreSQL reads at REPEATABLE READ, READ ONLY. Inside a
// transaction already open on the connection it reads in that one.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    // False when the snapshot could not be taken; error() then says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false; // inside a transaction of the caller's: nothing to end
    Error m_error;
};

// Runs work inside a Transaction and commits when it returns success.
template <typename Work>
auto inTransaction(QSqlDatabase db, Work&& work) -> decltype(work())
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto result = work();
    if (!result) {
        return result;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return result;
}

} // namespace abonent
