#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace abonent {

class SqlDialect;

// The monthly roll-ups per customer (customer_months): contacts, minutes,
// support cost, payments. They cover every payment and the contacts folded
// in; triggers keep those current in the same transaction as the rows they
// sum up. Newer contacts cost nothing to record: readers add them
// (monthRowsSql) until foldChanges() takes them in. Which contacts are not
// folded yet: in a file, those above rollup_state.folded_through; on a
// server, where ids do not commit in order, those queued in
// contact_rollup_pending. This also rebuilds the roll-ups from the raw rows
// and checks them against a recount.
class Rollups
{
    Q_DECLARE_TR_FUNCTIONS(Rollups)

public:
    // The columns of customer_months as a schema version has them: the
    // migration to version 6 rebuilds the roll-ups before version 11 adds
    // paid support and compensation apart.
    enum class Shape { Version6, Current };

    // Every roll-up recomputed from contacts and payments. Runs inside the
    // caller's transaction (or its own statements' implicit ones).
    static Status rebuild(const QSqlDatabase& db, Shape shape = Shape::Current);
    // Only the support cost, after rates changed: a few thousand customers at
    // a time, each recounted without the write lock and then written in a
    // short transaction, so other desks record meanwhile; until it is done,
    // customers not reached yet still show costs at the old rates.
    // `whileRecounting` runs between a range's recount and its write (tests
    // change there what another desk would).
    static Status recomputeCosts(const QSqlDatabase& db, const std::function<void()>& whileRecounting = {});
    // How many (customer, month) roll-ups differ from a recount of the raw
    // rows; 0 when they agree.
    static Result<qint64> mismatches(const QSqlDatabase& db);
    // How many contacts are not folded in yet.
    static Result<qint64> pendingCount(const QSqlDatabase& db);
    // Takes the contacts not folded in yet into customer_months, in one transaction.
    static Status foldChanges(const QSqlDatabase& db);
    // Marks every contact as counted in customer_months; only true after a
    // fold, a rebuild, or a demo base whose roll-ups were written whole.
    static Status markAllFolded(const QSqlDatabase& db);
    // The roll-up rows with the contacts not folded in yet beside them (one
    // row each), as a subquery (alias it) with customer_id, month, contacts,
    // conversation_seconds, handling_seconds, cost_minor, paid_minor,
    // credited_minor, payments, support_minor and compensation_minor: the
    // money received (fees and paid support), given back (refunds and
    // compensation), the payments received, and of those paid support and
    // compensation on their own. A (customer, month) may have several rows:
    // readers sum them. Filters on customer_id and month reach the indexes.
    static QString monthRowsSql(const SqlDialect& dialect);
    // The contacts not folded in yet as roll-up rows, one a contact.
    static QString pendingContactsSql(const SqlDialect& dialect);
    // A scalar subquery: the conversation seconds of the customer whose id is
    // `customerColumn` (of an outer query) in the month bound to its one `?`.
    // SQLite does not push an outer column into monthRowsSql's arms, so the
    // customer is named inside each arm here.
    static QString conversationSecondsSql(const SqlDialect& dialect, const QString& customerColumn);

private:
    // The recount as a query of (customer_id, month, contacts,
    // conversation_seconds, handling_seconds, cost_minor, paid_minor,
    // credited_minor, payments[, support_minor, compensation_minor]).
    static QString recountSql(const SqlDialect& dialect, Shape shape = Shape::Current);
};

} // namespace abonent
