#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace abonent {

// The register's numbers: one sequence a year, without gaps, shown as
// "AB-2026-0007". A number counts as used only once its letter commits.
class LetterNumbering
{
public:
    explicit LetterNumbering(QSqlDatabase db);

    // The sequence the next letter of `year` would take, read without a write
    // lock: another desk may take it first.
    Result<int> expectedNext(int year) const;
    // Takes the next sequence of `year`. The first write of the caller's
    // transaction: it holds the counter (on SQLite the database) until the
    // letter commits or rolls back, and a rollback gives the number back.
    Result<int> takeNext(int year);

    static QString number(const QString& prefix, int year, int sequence);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
