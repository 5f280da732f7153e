#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// The monthly roll-ups per customer (customer_months): contacts, minutes,
// support cost, payments. Triggers keep them current in the same transaction
// as the contacts and payments they sum up; this rebuilds them from the raw
// rows and checks them against a recount.
class Rollups
{
    Q_DECLARE_TR_FUNCTIONS(Rollups)

public:
    // Every roll-up recomputed from contacts and payments. Runs inside the
    // caller's transaction (or its own statements' implicit ones).
    static Status rebuild(const QSqlDatabase& db);
    // Only the support cost, after rates changed.
    static Status recomputeCosts(const QSqlDatabase& db);
    // How many (customer, month) roll-ups differ from a recount of the raw
    // rows; 0 when they agree.
    static Result<qint64> mismatches(const QSqlDatabase& db);

private:
    // The recount as a query of (customer_id, month, contacts,
    // conversation_seconds, handling_seconds, cost_minor, paid_minor,
    // credited_minor, payments).
    static QString recountSql();
};

} // namespace abonent
