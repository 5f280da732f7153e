#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace abonent {

// Health of an open database: SQLite's own integrity check and how many rows
// each table holds; optionally a digest of the whole content, which is what
// "the same demo seed gives the same database" is tested against.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Report
    {
        QStringList integrityProblems; // empty when PRAGMA integrity_check said "ok"
        QList<QPair<QString, qint64>> rowCounts;
        bool healthy() const { return integrityProblems.isEmpty(); }
    };

    explicit DatabaseCheck(QSqlDatabase db);

    Result<Report> run() const;
    // SHA-256 over every row of every data table in id order. Timestamps of
    // when migrations ran are left out: they describe the file, not its content.
    Result<QByteArray> contentDigest() const;

    // The data tables, in an order that respects foreign keys.
    static QStringList dataTables();

private:
    QSqlDatabase m_db;
};

} // namespace abonent
