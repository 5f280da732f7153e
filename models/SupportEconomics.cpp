#include "SupportEconomics.h"

#include "DomainTypes.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

SimpleSupportEconomics::SimpleSupportEconomics(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<EconomicsEstimate>
SimpleSupportEconomics::estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const
{
    const QDate from(firstMonth.year(), firstMonth.month(), 1);
    const QDate to = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1); // exclusive
    const int months = static_cast<int>((to.year() - from.year()) * 12 + to.month() - from.month());

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status status = sql::exec(
            query,
            QStringLiteral(
                "SELECT"
                " (SELECT coalesce(sum(handling_seconds), 0) FROM customer_months"
                "   WHERE customer_id = ? AND month >= ? AND month < ?),"
                " (SELECT coalesce(sum(cost_per_hour_minor), 0) || '/' || count(*) FROM operators WHERE active = 1),"
                " (SELECT coalesce(sum(CASE WHEN kind = ? OR kind = ? THEN amount_minor ELSE -amount_minor END), 0)"
                "   FROM payments WHERE customer_id = ? AND paid_on >= ? AND paid_on < ?),"
                " (SELECT count(*) FROM payments WHERE customer_id = ? AND paid_on >= ? AND paid_on < ?),"
                " (SELECT p.monthly_fee_minor FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                "   WHERE pp.customer_id = ? ORDER BY pp.starts_on DESC LIMIT 1),"
                " (SELECT p.currency FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                "   WHERE pp.customer_id = ? ORDER BY pp.starts_on DESC LIMIT 1),"
                " (SELECT value FROM office_settings WHERE key = 'currency')"),
            {customerId,
             from.toString(QStringLiteral("yyyy-MM")),
             to.toString(QStringLiteral("yyyy-MM")),
             codeOf(PaymentKind::Fee),
             codeOf(PaymentKind::PaidSupport),
             customerId,
             sql::toDateValue(from),
             sql::toDateValue(to),
             customerId,
             sql::toDateValue(from),
             sql::toDateValue(to),
             customerId,
             customerId});
        !status || !query.next()) {
        return status ? sql::queryError(query) : status.error();
    }
    const qint64 seconds = query.value(0).toLongLong();
    // The team's average hourly cost, in integers.
    const QStringList team = query.value(1).toString().split(QLatin1Char('/'));
    const qint64 staff = team.value(1).toLongLong();
    const qint64 costPerHour = staff > 0 ? (team.value(0).toLongLong() + staff / 2) / staff : 0;
    const QString currency = query.value(5).isNull() ? query.value(6).toString() : query.value(5).toString();
    EconomicsEstimate estimate;
    estimate.supportCost = Money {(seconds * costPerHour + 1800) / 3600, currency};
    estimate.revenueFromPayments = query.value(3).toLongLong() > 0;
    estimate.revenue = Money {
        estimate.revenueFromPayments ? query.value(2).toLongLong() : query.value(4).toLongLong() * months, currency};
    return estimate;
}

} // namespace abonent
