#include "CostModel.h"

#include "DomainTypes.h"
#include "SqlDialect.h"

namespace abonent::CostModel {

qint64 contactCost(qint64 seconds, qint64 ratePerHourMinor, qint64 channelCostMinor)
{
    return (std::max<qint64>(0, seconds) * std::max<qint64>(0, ratePerHourMinor) + 1800) / 3600
        + std::max<qint64>(0, channelCostMinor);
}

qint64 proratedFee(qint64 monthlyFeeMinor, int daysInForce, int daysInMonth)
{
    if (daysInMonth <= 0 || daysInForce <= 0) {
        return 0;
    }
    if (daysInForce >= daysInMonth) {
        return monthlyFeeMinor;
    }
    return (monthlyFeeMinor * daysInForce * 2 + daysInMonth) / (2 * daysInMonth);
}

qint64 wholeMinutes(qint64 seconds)
{
    return seconds > 0 ? (seconds + 59) / 60 : 0;
}

QString contactCostSql(const SqlDialect& dialect, const QString& row)
{
    // nullif: an operator without a rate is charged at the default rate.
    return QStringLiteral("((%1.duration_s * coalesce((SELECT nullif(cost_per_hour_minor, 0) FROM operators"
                          " WHERE id = %1.operator_id), (SELECT %3 FROM office_settings"
                          " WHERE key = '%2'), 0) + 1800) / 3600"
                          " + coalesce((SELECT cost_minor FROM channel_costs WHERE channel = %1.channel), 0))")
        .arg(row, QLatin1String(kDefaultRateKey), dialect.integerOfText(QStringLiteral("value")));
}

QString wholeMinutesSql(const QString& seconds)
{
    return QStringLiteral("(CASE WHEN (%1) > 0 THEN ((%1) + 59) / 60 ELSE 0 END)").arg(seconds);
}

QString contactMonthSql(const SqlDialect& dialect, const QString& row)
{
    return dialect.monthOfTime(row + QLatin1String(".started_at"));
}

QString paymentMonthSql(const QString& row)
{
    return QStringLiteral("substr(%1.paid_on, 1, 7)").arg(row);
}

QString paymentSignSql(const QString& row)
{
    return QStringLiteral("(CASE WHEN %1.kind = '%2' OR %1.kind = '%3' THEN 1 ELSE -1 END)")
        .arg(row, codeOf(PaymentKind::Fee), codeOf(PaymentKind::PaidSupport));
}

QString paymentOfKindSql(const QString& row, PaymentKind kind)
{
    return QStringLiteral("(CASE WHEN %1.kind = '%2' THEN %1.amount_minor ELSE 0 END)").arg(row, codeOf(kind));
}

} // namespace abonent::CostModel
