#include "Rollups.h"

#include "CostModel.h"
#include "DomainTypes.h"
#include "SqlSupport.h"

namespace abonent {

namespace {

QString conversationSql(const QString& channel)
{
    QStringList codes;
    for (const QString& code : allCodes<Channel>()) {
        if (isConversation(fromCode<Channel>(code).value())) {
            codes << QStringLiteral("%1 = '%2'").arg(channel, code);
        }
    }
    return QLatin1Char('(') + codes.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

QString Rollups::recountSql()
{
    using namespace CostModel;
    return QStringLiteral(
               "SELECT customer_id, month, sum(contacts) AS contacts, sum(conversation_seconds) AS"
               " conversation_seconds, sum(handling_seconds) AS handling_seconds, sum(cost_minor) AS cost_minor,"
               " sum(paid_minor) AS paid_minor, sum(credited_minor) AS credited_minor, sum(payments) AS payments"
               " FROM (SELECT c.customer_id, %1 AS month, 1 AS contacts,"
               "  CASE WHEN %2 THEN c.duration_s ELSE 0 END AS conversation_seconds, c.duration_s AS handling_seconds,"
               "  %3 AS cost_minor, 0 AS paid_minor, 0 AS credited_minor, 0 AS payments FROM contacts c"
               " UNION ALL SELECT p.customer_id, %4, 0, 0, 0, 0,"
               "  CASE WHEN %5 > 0 THEN p.amount_minor ELSE 0 END, CASE WHEN %5 < 0 THEN p.amount_minor ELSE 0 END,"
               "  CASE WHEN %5 > 0 THEN 1 ELSE 0 END FROM payments p)"
               " GROUP BY customer_id, month")
        .arg(contactMonthSql(QStringLiteral("c")),
             conversationSql(QStringLiteral("c.channel")),
             contactCostSql(QStringLiteral("c")),
             paymentMonthSql(QStringLiteral("p")),
             paymentSignSql(QStringLiteral("p")));
}

Status Rollups::rebuild(const QSqlDatabase& db)
{
    if (Status cleared = sql::execDirect(db, QStringLiteral("DELETE FROM customer_months")); !cleared) {
        return cleared;
    }
    return sql::execDirect(db,
                           QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts,"
                                          " conversation_seconds, handling_seconds, cost_minor, paid_minor,"
                                          " credited_minor, payments) ")
                               + recountSql());
}

Status Rollups::recomputeCosts(const QSqlDatabase& db)
{
    using namespace CostModel;
    if (Status cleared = sql::execDirect(db, QStringLiteral("UPDATE customer_months SET cost_minor = 0")); !cleared) {
        return cleared;
    }
    return sql::execDirect(
        db,
        QStringLiteral("WITH costs AS (SELECT c.customer_id, %1 AS month, sum(%2) AS cost FROM contacts c"
                       " GROUP BY 1, 2)"
                       " UPDATE customer_months SET cost_minor = costs.cost FROM costs"
                       " WHERE customer_months.customer_id = costs.customer_id AND customer_months.month = costs.month")
            .arg(contactMonthSql(QStringLiteral("c")), contactCostSql(QStringLiteral("c"))));
}

Result<qint64> Rollups::mismatches(const QSqlDatabase& db)
{
    // Rows that differ either way; rows emptied by deletions count as agreeing
    // when every sum is back to zero.
    auto differing = sql::scalar(
        db,
        QStringLiteral("WITH recount AS (%1),"
                       " stored AS (SELECT customer_id, month, contacts, conversation_seconds, handling_seconds,"
                       "  cost_minor, paid_minor, credited_minor, payments FROM customer_months"
                       "  WHERE contacts <> 0 OR conversation_seconds <> 0 OR handling_seconds <> 0 OR cost_minor <> 0"
                       "  OR paid_minor <> 0 OR credited_minor <> 0 OR payments <> 0)"
                       " SELECT (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT * FROM stored))"
                       " + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM recount))")
            .arg(recountSql()));
    if (!differing) {
        return differing.error();
    }
    return differing.value().toLongLong();
}

} // namespace abonent
