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

// Health of an open database: SQLite's own integrity check, whether the
// letter register is as issued, and how many rows each table holds;
// optionally a digest of the whole content, which is what "the same demo
// seed gives the same database" is tested against.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Report
    {
        // Empty when PRAGMA integrity_check said "ok" and no erasure left its permit behind.
        QStringList integrityProblems;
        QStringList registerProblems; // see LetterRegisterCheck
        QStringList erasedLetters; // numbers of letters erased with their customer's data (not a problem)
        QList<QPair<QString, qint64>> rowCounts;
        bool healthy() const { return integrityProblems.isEmpty() && registerProblems.isEmpty(); }
    };

    explicit DatabaseCheck(QSqlDatabase db);

    Result<Report> run() const;
    enum class Scope {
        Everything,
        // What a file and a server database holding the same data share:
        // without how each keeps track of the contacts its roll-ups have
        // still to take in (rollup_state, contact_rollup_pending).
        BothEngines,
    };
    // SHA-256 over every row of every data table in a fixed order. When
    // migrations ran is left out (that describes the file, not its content),
    // and so is when the shipped letter templates were added, which is when
    // their migration ran.
    Result<QByteArray> contentDigest(Scope scope = Scope::Everything) const;

    // The data tables, in an order that respects foreign keys, as a file
    // has them (a server queues contacts for the roll-ups in
    // contact_rollup_pending where a file has rollup_state).
    static QStringList dataTables();
    // Every other table the migrations create, each left out for a reason:
    // schema_migrations records when each migration ran (the check reports
    // the schema version on its own); the search indexes customer_words and
    // customer_digits are rebuilt from the customers' search columns, and
    // FTS5 keeps each in shadow tables named after it (customer_words_data, …).
    static QStringList tablesLeftOut();

private:
    QSqlDatabase m_db;
};

} // namespace abonent
