#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <memory>

struct sqlite3_stmt;

namespace abonent {

// A forward-only stream of result rows whose columns are all integers, for
// scans of a million roll-ups: through the SQLite C API where that is sound
// (several times faster than QSqlQuery, which turns every value into a
// QVariant), else through QSqlQuery.
class IntegerRows
{
    Q_DECLARE_TR_FUNCTIONS(IntegerRows)

public:
    explicit IntegerRows(QSqlDatabase db);
    ~IntegerRows();
    IntegerRows(const IntegerRows&) = delete;
    IntegerRows& operator=(const IntegerRows&) = delete;

    // Values bound in order: integers or text. `monthColumn`, if set, is a
    // "YYYY-MM" text column read as the month number year * 12 + month.
    Status exec(const QString& statement, const QVariantList& values, int monthColumn = -1);
    // False at the end, or on an error (then error() is set).
    bool next();
    qint64 value(int column) const { return m_row.at(column); }
    const std::optional<Error>& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QVector<qint64> m_row;
    int m_monthColumn = -1;
    std::optional<Error> m_error;
};

} // namespace abonent
