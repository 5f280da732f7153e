#include "Rollups.h"

#include "CostModel.h"
#include "DomainTypes.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace abonent {

namespace {

QString conversationSql(const QString& channel)
{
    QStringList tests;
    for (const QString& code : conversationChannelCodes()) {
        tests << QStringLiteral("%1 = '%2'").arg(channel, code); // codes are fixed identifiers
    }
    return QLatin1Char('(') + tests.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// Where the engine commits ids in order, the contacts not folded in yet are
// those above rollup_state.folded_through (a mark that costs a new contact
// nothing). On a server they are queued in contact_rollup_pending by the
// contacts trigger, since a lower id may commit after a fold passed it.
bool foldsByMark(const SqlDialect& dialect)
{
    return dialect.idsCommitInOrder();
}

// True for contact `alias` (of the contacts table) while it is not folded in.
QString notFoldedSql(const SqlDialect& dialect, const QString& alias)
{
    return foldsByMark(dialect) ? QStringLiteral("%1.id > (SELECT folded_through FROM rollup_state)").arg(alias)
                                : QStringLiteral("%1.id IN (SELECT contact_id FROM contact_rollup_pending)").arg(alias);
}

// Contacts `k` as roll-up rows, one a contact, from `source` (which names
// the contacts table as k) where `condition` holds.
QString contactRowsSql(const SqlDialect& dialect, const QString& source, const QString& condition)
{
    using namespace CostModel;
    return QStringLiteral("SELECT k.customer_id, %1 AS month, 1 AS contacts,"
                          " CASE WHEN %2 THEN k.duration_s ELSE 0 END AS conversation_seconds,"
                          " k.duration_s AS handling_seconds, %3 AS cost_minor, 0 AS paid_minor, 0 AS credited_minor,"
                          " 0 AS payments, 0 AS support_minor, 0 AS compensation_minor FROM %4 WHERE %5")
        .arg(contactMonthSql(dialect, QStringLiteral("k")),
             conversationSql(QStringLiteral("k.channel")),
             contactCostSql(dialect, QStringLiteral("k")),
             source,
             condition);
}

} // namespace

QString Rollups::recountSql(const SqlDialect& dialect, Shape shape)
{
    using namespace CostModel;
    const bool current = shape == Shape::Current;
    return QStringLiteral(
               "SELECT customer_id, month, sum(contacts) AS contacts, sum(conversation_seconds) AS"
               " conversation_seconds, sum(handling_seconds) AS handling_seconds, sum(cost_minor) AS cost_minor,"
               " sum(paid_minor) AS paid_minor, sum(credited_minor) AS credited_minor, sum(payments) AS payments%6"
               " FROM (SELECT c.customer_id, %1 AS month, 1 AS contacts,"
               "  CASE WHEN %2 THEN c.duration_s ELSE 0 END AS conversation_seconds, c.duration_s AS handling_seconds,"
               "  %3 AS cost_minor, 0 AS paid_minor, 0 AS credited_minor, 0 AS payments%7 FROM contacts c"
               " UNION ALL SELECT p.customer_id, %4, 0, 0, 0, 0,"
               "  CASE WHEN %5 > 0 THEN p.amount_minor ELSE 0 END, CASE WHEN %5 < 0 THEN p.amount_minor ELSE 0 END,"
               "  CASE WHEN %5 > 0 THEN 1 ELSE 0 END%8 FROM payments p) AS raw"
               " GROUP BY customer_id, month")
        .arg(contactMonthSql(dialect, QStringLiteral("c")),
             conversationSql(QStringLiteral("c.channel")),
             contactCostSql(dialect, QStringLiteral("c")),
             paymentMonthSql(QStringLiteral("p")),
             paymentSignSql(QStringLiteral("p")),
             current ? QStringLiteral(", sum(support_minor) AS support_minor,"
                                      " sum(compensation_minor) AS compensation_minor")
                     : QString(),
             current ? QStringLiteral(", 0 AS support_minor, 0 AS compensation_minor") : QString(),
             current ? QStringLiteral(", %1, %2")
                           .arg(paymentOfKindSql(QStringLiteral("p"), PaymentKind::PaidSupport),
                                paymentOfKindSql(QStringLiteral("p"), PaymentKind::Compensation))
                     : QString());
}

QString Rollups::pendingContactsSql(const SqlDialect& dialect)
{
    // By the primary key: always the range of ids above the mark (few rows),
    // never a walk through an index of five million contacts for its order.
    return contactRowsSql(dialect,
                          foldsByMark(dialect) ? dialect.byPrimaryKey(QStringLiteral("contacts"), QStringLiteral("k"))
                                               : QStringLiteral("contacts k"),
                          notFoldedSql(dialect, QStringLiteral("k")));
}

QString Rollups::conversationSecondsSql(const SqlDialect& dialect, const QString& customerColumn)
{
    // By the primary key: the few contacts above the mark, not each
    // customer's whole history (the list sorts 100,000 customers by this).
    using namespace CostModel;
    return QStringLiteral(
               "(SELECT sum(seconds) FROM (SELECT conversation_seconds AS seconds, month FROM customer_months"
               " WHERE customer_id = %1 UNION ALL SELECT CASE WHEN %2 THEN k.duration_s ELSE 0 END, %3"
               " FROM %4 WHERE k.customer_id = %1"
               " AND %5) AS own"
               " WHERE month = ?)")
        .arg(customerColumn,
             conversationSql(QStringLiteral("k.channel")),
             contactMonthSql(dialect, QStringLiteral("k")),
             foldsByMark(dialect) ? dialect.byPrimaryKey(QStringLiteral("contacts"), QStringLiteral("k"))
                                  : QStringLiteral("contacts k"),
             notFoldedSql(dialect, QStringLiteral("k")));
}

QString Rollups::monthRowsSql(const SqlDialect& dialect)
{
    return QStringLiteral("(SELECT customer_id, month, contacts, conversation_seconds, handling_seconds, cost_minor,"
                          " paid_minor, credited_minor, payments, support_minor, compensation_minor"
                          " FROM customer_months UNION ALL ")
        + pendingContactsSql(dialect) + QLatin1Char(')');
}

Result<qint64> Rollups::pendingCount(const QSqlDatabase& db)
{
    auto pending = sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM contacts c WHERE ")
                                   + notFoldedSql(SqlDialect::of(db), QStringLiteral("c")));
    if (!pending) {
        return pending.error();
    }
    return pending->toLongLong();
}

Status Rollups::foldChanges(const QSqlDatabase& db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    // On a server the queue's entries are taken out in the same statement
    // that adds their contacts: a contact changed meanwhile by another desk
    // either waits for this fold and is then taken out of its month, or took
    // its entry first and is left for the next fold.
    const QString taken = foldsByMark(dialect)
        ? pendingContactsSql(dialect)
        : contactRowsSql(
            dialect, QStringLiteral("contacts k JOIN taken ON taken.contact_id = k.id"), QStringLiteral("true"));
    // WHERE true: the upsert after a SELECT needs it to parse.
    const QString fold =
        QStringLiteral("%3INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                       " handling_seconds, cost_minor) SELECT customer_id, month, sum(contacts),"
                       " sum(conversation_seconds), sum(handling_seconds), sum(cost_minor) FROM (%1) AS pending"
                       " WHERE true GROUP BY customer_id, month%2")
            .arg(taken,
                 dialect.upsertClause(
                     {QStringLiteral("customer_id"), QStringLiteral("month")},
                     QStringLiteral("contacts = customer_months.contacts + excluded.contacts,"
                                    " conversation_seconds = customer_months.conversation_seconds"
                                    " + excluded.conversation_seconds,"
                                    " handling_seconds = customer_months.handling_seconds + excluded.handling_seconds,"
                                    " cost_minor = customer_months.cost_minor + excluded.cost_minor")),
                 foldsByMark(dialect)
                     ? QString()
                     : QStringLiteral("WITH taken AS (DELETE FROM contact_rollup_pending RETURNING contact_id) "));
    // Inside a caller's transaction this becomes a savepoint.
    return inTransaction(db, [&]() -> Status {
        if (Status folded = sql::execDirect(db, fold); !folded) {
            return folded;
        }
        return foldsByMark(dialect) ? markAllFolded(db) : Status();
    });
}

Status Rollups::markAllFolded(const QSqlDatabase& db)
{
    if (!foldsByMark(SqlDialect::of(db))) {
        return sql::execDirect(db, QStringLiteral("DELETE FROM contact_rollup_pending"));
    }
    return sql::execDirect(
        db, QStringLiteral("UPDATE rollup_state SET folded_through = (SELECT coalesce(max(id), 0) FROM contacts)"));
}

Status Rollups::rebuild(const QSqlDatabase& db, Shape shape)
{
    if (Status cleared = sql::execDirect(db, QStringLiteral("DELETE FROM customer_months")); !cleared) {
        return cleared;
    }
    if (Status recounted = sql::execDirect(
            db,
            QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                           " handling_seconds, cost_minor, paid_minor, credited_minor, payments%1) ")
                    .arg(shape == Shape::Current ? QStringLiteral(", support_minor, compensation_minor") : QString())
                + recountSql(SqlDialect::of(db), shape));
        !recounted) {
        return recounted;
    }
    // Every contact is counted now (the migration to version 6 rebuilds before there is a state to keep).
    auto state = SqlDialect::of(db).tableExists(
        db,
        foldsByMark(SqlDialect::of(db)) ? QStringLiteral("rollup_state") : QStringLiteral("contact_rollup_pending"));
    if (!state) {
        return state.error();
    }
    return state.value() ? markAllFolded(db) : Status();
}

Status Rollups::recomputeCosts(const QSqlDatabase& db, const std::function<void()>& whileRecounting)
{
    using namespace CostModel;
    // What is folded in now carries costs at the old rates too.
    if (Status folded = foldChanges(db); !folded) {
        return folded;
    }
    auto last = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!last) {
        return last.error();
    }
    // Each range of customers is recounted by a read, which takes no write
    // lock (the results go to a table of this connection's own), and then
    // written in a short transaction as the difference to what was stored
    // when it was read: whatever other desks changed in between (an edited
    // contact, a fold, both priced at the new rates) is kept on top of it.
    const SqlDialect dialect = SqlDialect::of(db);
    const QString table = dialect.temporaryTable(QStringLiteral("cost_recount"));
    if (Status made = sql::execDirect(
            db,
            dialect.createTemporaryTable(QStringLiteral("cost_recount"),
                                         QStringLiteral("customer_id INTEGER NOT NULL, month TEXT NOT NULL,"
                                                        " stored INTEGER NOT NULL, recounted INTEGER NOT NULL,"
                                                        " PRIMARY KEY (customer_id, month)")));
        !made) {
        return made;
    }
    const QString recount =
        QStringLiteral("INSERT INTO %3 (customer_id, month, stored, recounted)"
                       " SELECT m.customer_id, m.month, m.cost_minor, coalesce(k.cost, 0) FROM customer_months m"
                       " LEFT JOIN (SELECT c.customer_id, %1 AS month, sum(%2) AS cost FROM contacts c"
                       "  WHERE c.customer_id BETWEEN ? AND ? AND NOT (%4)"
                       "  GROUP BY 1, 2) k ON k.customer_id = m.customer_id AND k.month = m.month"
                       " WHERE m.customer_id BETWEEN ? AND ?")
            .arg(contactMonthSql(dialect, QStringLiteral("c")),
                 contactCostSql(dialect, QStringLiteral("c")),
                 table,
                 notFoldedSql(dialect, QStringLiteral("c")));
    const QString apply =
        QStringLiteral("UPDATE customer_months SET cost_minor = customer_months.cost_minor - r.stored + r.recounted"
                       " FROM %1 r WHERE customer_months.customer_id = r.customer_id"
                       " AND customer_months.month = r.month AND r.stored <> r.recounted")
            .arg(table);
    constexpr qint64 kCustomersARange = 2000;
    for (qint64 first = 1; first <= last->toLongLong(); first += kCustomersARange) {
        const qint64 end = first + kCustomersARange - 1;
        QSqlQuery query(db);
        if (Status cleared = sql::exec(query, QStringLiteral("DELETE FROM ") + table); !cleared) {
            return cleared;
        }
        if (Status counted = sql::exec(query, recount, {first, end, first, end}); !counted) {
            return counted;
        }
        if (whileRecounting) {
            whileRecounting();
        }
        if (Status applied = inTransaction(db, [&] { return sql::exec(query, apply); }); !applied) {
            return applied;
        }
    }
    return sql::execDirect(db, QStringLiteral("DELETE FROM ") + table);
}

Result<qint64> Rollups::mismatches(const QSqlDatabase& db)
{
    // Rows that differ either way; rows emptied by deletions count as agreeing
    // when every sum is back to zero.
    auto differing = sql::scalar(
        db,
        QStringLiteral("WITH recount AS (%1),"
                       " stored AS (SELECT customer_id, month, sum(contacts) AS contacts,"
                       "  sum(conversation_seconds) AS conversation_seconds, sum(handling_seconds) AS handling_seconds,"
                       "  sum(cost_minor) AS cost_minor, sum(paid_minor) AS paid_minor,"
                       "  sum(credited_minor) AS credited_minor, sum(payments) AS payments,"
                       "  sum(support_minor) AS support_minor, sum(compensation_minor) AS compensation_minor"
                       "  FROM %2 AS m GROUP BY customer_id, month"
                       "  HAVING sum(contacts) <> 0 OR sum(conversation_seconds) <> 0 OR sum(handling_seconds) <> 0"
                       "  OR sum(cost_minor) <> 0 OR sum(paid_minor) <> 0 OR sum(credited_minor) <> 0"
                       "  OR sum(payments) <> 0 OR sum(support_minor) <> 0 OR sum(compensation_minor) <> 0)"
                       " SELECT (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT * FROM stored) AS missing)"
                       " + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM recount) AS extra)")
            .arg(recountSql(SqlDialect::of(db)), monthRowsSql(SqlDialect::of(db))));
    if (!differing) {
        return differing.error();
    }
    return differing.value().toLongLong();
}

} // namespace abonent
