#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace abonent {

// What the database engines Abonent runs on spell differently, in one place:
// the features write their SQL once with these fragments, and nothing
// outside storage/ (and the released migration steps) names an engine.
// SQLite is spoken today; the PostgreSQL forms are here so that a second
// engine adds branches, not a search through the features.
//
// Times are stored as UTC seconds since the epoch, dates as ISO text
// (YYYY-MM-DD); a fragment's argument is an SQL expression.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine);
    // The engine behind a connection, from its Qt driver.
    static SqlDialect of(const QSqlDatabase& db);
    static SqlDialect of(const QSqlDriver* driver);
    Engine engine() const { return m_engine; }

    // -- Dates and times
    // "YYYY-MM" of a UTC time: the month a contact counts in.
    QString monthOfTime(const QString& epochSeconds) const;
    // "YYYY-MM-DD" of a time in this desk's time zone (the program's local time).
    QString localDayOfTime(const QString& epochSeconds) const;
    // The Julian day number of an ISO date, as QDate::toJulianDay() gives it.
    QString dayNumberOfDate(const QString& isoDate) const;
    // "YYYY-MM" of an ISO date.
    QString monthOfDate(const QString& isoDate) const;
    // An integer read from text (office settings keep numbers as text).
    QString integerOfText(const QString& text) const;

    // -- Aggregates
    // The values of a group joined with commas, in no particular order.
    QString commaList(const QString& expression) const;

    // -- Writes
    // " ON CONFLICT (keys) DO UPDATE SET assignments": the tail of an INSERT
    // that updates the row already there; `excluded.column` is the new value.
    QString upsertClause(const QStringList& keys, const QString& assignments) const;
    // Whether an INSERT gives its new row's id with " RETURNING id"
    // (PostgreSQL) rather than through the driver's last insert id.
    bool insertReturnsId() const;
    // Whether a new row's id is above the id of every row committed before
    // it: true for SQLite (one writer at a time, the highest id + 1), not on
    // a server, where a transaction that drew a lower id may commit later.
    bool idsCommitInOrder() const;
    // After every row of `table` was deleted, makes the next id drawn 1
    // again, as SQLite's "largest id + 1" does by itself (empty there); on
    // a server the table's identity counter starts over. Tables without an
    // id column are left as they are.
    QString restartIds(const QString& table) const;
    // The tail of a SELECT at the start of a write that locks the rows read
    // until the transaction ends (" FOR UPDATE"), so two desks saving the
    // same row take turns; empty for SQLite, whose write transaction holds
    // the whole database from its start (BEGIN IMMEDIATE).
    QString lockingRead() const;
    // An INSERT of one row that gives its id back however the engine does;
    // sql::newRowId() reads it once the statement has run.
    QString returningId(const QString& insert) const;

    // -- Reading
    // "table alias", read through the table's own key: for a range of ids
    // (the few contacts above a mark) the SQLite planner would otherwise walk
    // a secondary index of millions of rows for the sake of its order.
    QString byPrimaryKey(const QString& table, const QString& alias) const;

    // -- Temporary tables (one connection's own, gone when it closes)
    QString createTemporaryTable(const QString& name, const QString& definition) const;
    QString temporaryTable(const QString& name) const;

    // -- Full-text search: an index table beside a table, one row per row.
    // Words: "JOIN <index> <alias> ON …": the rows whose words match the bound query.
    QString wordIndexJoin(const QString& index, const QString& alias, const QString& rowId) const;
    // The order rows were indexed in, and the order of relevance; the latter
    // binds wordRankValues() (on PostgreSQL, the word query once more).
    QString wordIndexOrder(const QString& alias) const;
    QString wordRankOrder(const QString& alias) const;
    QVariantList wordRankValues(const QString& wordQuery) const;
    // How many rows a bound word query matches.
    QString wordMatchCount(const QString& index) const;
    // The bound query for words starting with each of `prefixes`, all of them.
    QString wordPrefixQuery(const QStringList& prefixes) const;
    // The ids of rows whose `column` contains any of `patterns` bound LIKE
    // patterns, through an index that answers substring searches.
    QString substringMatchRows(const QString& index, const QString& column, int patterns = 1) const;
    // Builds an index again from its table; empty where the engine keeps
    // it with the table itself (PostgreSQL's are indexes on customers).
    QString rebuildIndex(const QString& index) const;

    // -- Erasing for good (a person's data erased on request)
    // From now on, what this connection deletes or overwrites is overwritten
    // with zeros in the file too, not left in its free space (SQLite's
    // secure_delete); gives back whether it did so before. PostgreSQL: its
    // own VACUUM reclaims dead rows, nothing to set.
    Result<bool> overwriteDeleted(const QSqlDatabase& db, bool on) const;
    // Merges a full-text index so that entries taken out of it are gone from
    // its pages, not only marked as deleted. Empty on PostgreSQL, where
    // (auto)vacuum reclaims what rows and their index entries left behind.
    QString compactIndex(const QString& index) const;
    // Writes the write-ahead log into the file and cuts it to nothing, so no
    // earlier copy of a page is left in it. Best effort: while another
    // connection reads, the log stays as it is (false).
    Result<bool> truncateLog(const QSqlDatabase& db) const;

    // -- The catalogue and checks
    // Whether the database has a table (or view) of that name.
    Result<bool> tableExists(const QSqlDatabase& db, const QString& name) const;
    // An index or trigger on one of `tables`, with the statement that makes
    // it. Not the indexes behind keys and unique constraints (part of their
    // tables), nor on PostgreSQL the triggers that move the id counters past
    // ids written by hand (which bulk writes need most).
    struct SchemaObject
    {
        QString type; // "index" or "trigger"
        QString name;
        QString definition;
        QString table;
    };
    Result<QList<SchemaObject>> indexesAndTriggersOn(const QSqlDatabase& db, const QStringList& tables) const;
    QString dropStatement(const SchemaObject& object) const;
    // A bulk load without them: drops the indexes and triggers on `tables`
    // and returns them, to be made again as they were with putBack().
    Result<QList<SchemaObject>> setAside(const QSqlDatabase& db, const QStringList& tables) const;
    Status putBack(const QSqlDatabase& db, const QList<SchemaObject>& objects) const;
    // What the engine finds wrong with the file and with the references
    // between rows; empty when all is well.
    Result<QStringList> integrityProblems(const QSqlDatabase& db) const;

    // -- Errors
    // The program's meaning of an engine's error: a taken key, a full disk, …
    Error::Code codeOf(const QSqlError& error) const;

private:
    Engine m_engine;
};

} // namespace abonent
