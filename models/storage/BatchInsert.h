#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <initializer_list>
#include <memory>
#include <optional>

namespace abonent {

// One prepared multi-row INSERT, run with a block of values.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;
    virtual Status run(const QVector<QVariant>& values, int count) = 0;
};

// Inserts many rows into one table, several rows per statement: one prepared
// "INSERT … VALUES (…), (…), …" per batch costs far less than one statement
// execution per row. Rows keep their order, so generated ids follow it too.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement = 50);
    ~BatchInsert();

    // Values in column order; written when a batch is full. Only the types
    // the program stores are taken (null, text, integers, bool, double,
    // bytes), on every path alike: anything else fails the batch.
    Status add(std::initializer_list<QVariant> row);
    // Writes whatever is still pending and releases the statements. After a
    // failure, add() and finish() keep returning that failure.
    Status finish();

    qint64 rowsWritten() const { return m_written; }

private:
    QString statementFor(int rows) const;
    Status write(BulkStatement& statement, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::unique_ptr<BulkStatement> m_full;
    QVector<QVariant> m_pending;
    qint64 m_written = 0;
    std::optional<Error> m_failure;
};

} // namespace abonent
