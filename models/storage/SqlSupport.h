#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace abonent::sql {

// Turns the last error of a query into an Error that names the statement, so a
// failure deep in storage reaches the user with enough context to report it.
Error queryError(const QSqlQuery& query);
// What is said when the database server cannot be reached (Error::Code::Unreachable),
// with the driver's own words in brackets.
QString unreachableMessage(const QString& detail);
// What is said when the server refuses what the login's role may not do
// (Error::Code::Refused), with the server's own words in brackets.
QString refusedMessage(const QString& detail);
Error databaseError(const QSqlDatabase& db, const QString& what);
// The same error, its message led by what was being done ("what: message"):
// the one way a caller adds context to an error.
Error inContext(const QString& what, Error error);

// Prepares and runs one statement with positional bound values.
Status exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values = {});
Status exec(QSqlQuery& query, const QString& statement, const QVariantList& values);
// The value to bind for `value`: an empty rather than NULL text for a null
// QString, and 0 or 1 for a bool.
QVariant bindable(const QVariant& value);
// Runs an already prepared statement after binding values in order.
Status execPrepared(QSqlQuery& query, std::initializer_list<QVariant> values = {});
Status execPrepared(QSqlQuery& query, const QVariantList& values);
// Runs a statement that takes no parameters (DDL, pragmas) on the connection.
Status execDirect(const QSqlDatabase& db, const QString& statement);

// Sets up a query whose rows are read once, in order. SQLite steps through
// them with no cache (forward-only). Qt's PostgreSQL driver streams a
// forward-only query row by row, and a second statement on the connection
// meanwhile throws the rest away: code that reads other rows while it walks
// a result (most of it) gets each result whole there.
void readOnce(QSqlQuery& query, const QSqlDatabase& db);

// A read: the statement prepared forward-only (rows are read once, in order,
// so QSqlQuery caches none), the values bound in order, run. Every read in the
// core opens its query here.
Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, const QVariantList& values);
// A read prepared once and run for many keys with execPrepared().
Result<QSqlQuery> prepareSelect(const QSqlDatabase& db, const QString& statement);
// A read walked through alone, from its first row to its last, with no other
// statement on the connection meanwhile (a digest, a copy): streamed on both
// engines, so a table of millions of rows is never held whole in memory.
Result<QSqlQuery> stream(const QSqlDatabase& db, const QString& statement);

// Writes one row and gives its id: the INSERT runs with its values bound in
// order, and the id comes back the way the engine returns it.
Result<qint64> insert(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values = {});
Result<qint64> insert(QSqlQuery& query, const QString& statement, const QVariantList& values);
// The id of the row an INSERT made, once it has run; the statement was
// prepared from SqlDialect::returningId() (as insert() does).
Result<qint64> newRowId(QSqlQuery& query);

// First column of the first row, or an error if the statement fails or yields nothing.
// The integers of a query's first column, as a set (ids).
Result<QSet<qint64>> idSet(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

// The statements of an SQL script, each without its ';': split outside
// quoted text, quoted names, dollar-quoted bodies ($$ … $$, $tag$ … $tag$)
// and comments, which are left out. One statement a call is all a driver
// reliably reports an error for.
QStringList scriptStatements(const QString& script);
// Runs every statement of a script in order, stopping at the first failure.
Status execScript(const QSqlDatabase& db, const QString& script);

// Database NULL for an empty optional text field.
QVariant textOrNull(const QString& text);

// Times are stored as UTC seconds since the epoch, calendar dates as ISO text.
qint64 toEpoch(const QDateTime& time);
QDateTime fromEpoch(qint64 seconds);
QVariant toDateValue(const QDate& date); // NULL for an invalid date
QDate fromDateValue(const QVariant& value);

} // namespace abonent::sql
