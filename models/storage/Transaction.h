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
