#include "PlanFees.h"

#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace abonent {

Result<PlanFees> PlanFees::read(const QSqlDatabase& db)
{
    auto query = sql::select(
        db,
        QStringLiteral(
            "SELECT plan_id, starts_on, monthly_fee_minor FROM plan_fee_changes ORDER BY plan_id, starts_on"));
    if (!query) {
        return query.error();
    }
    PlanFees fees;
    while (query->next()) {
        fees.m_changes[query->value(0).toLongLong()].append(
            Change {sql::fromDateValue(query->value(1)), query->value(2).toLongLong()});
    }
    return fees;
}

qint64 PlanFees::feeOn(qint64 planId, qint64 baseFeeMinor, const QDate& day) const
{
    qint64 fee = baseFeeMinor;
    for (const Change& change : m_changes.value(planId)) {
        if (change.startsOn > day) {
            break;
        }
        fee = change.feeMinor;
    }
    return fee;
}

QList<PlanFees::Slice> PlanFees::slices(qint64 planId, qint64 baseFeeMinor, qint64 startDay, qint64 endDay) const
{
    QList<Slice> cut;
    Slice current {startDay, endDay, baseFeeMinor};
    for (const Change& change : m_changes.value(planId)) {
        const qint64 changeDay = change.startsOn.toJulianDay();
        if (changeDay <= startDay) {
            current.feeMinor = change.feeMinor;
            continue;
        }
        if (changeDay >= endDay) {
            break;
        }
        current.endDay = changeDay;
        cut.append(current);
        current = Slice {changeDay, endDay, change.feeMinor};
    }
    if (current.startDay < current.endDay) {
        cut.append(current);
    }
    return cut;
}

QString
PlanFees::feeOnSql(const QString& planIdExpression, const QString& dateExpression, const QString& baseFeeExpression)
{
    return QStringLiteral("coalesce((SELECT fc.monthly_fee_minor FROM plan_fee_changes fc WHERE fc.plan_id = %1"
                          " AND fc.starts_on <= %2 ORDER BY fc.starts_on DESC LIMIT 1), %3)")
        .arg(planIdExpression, dateExpression, baseFeeExpression);
}

QString PlanFees::lowestFeeSql(const QString& planIdExpression, const QString& baseFeeExpression)
{
    return QStringLiteral("coalesce((SELECT min(fc.monthly_fee_minor) FROM plan_fee_changes fc WHERE fc.plan_id = %1"
                          " AND fc.monthly_fee_minor < %2), %2)")
        .arg(planIdExpression, baseFeeExpression);
}

} // namespace abonent
