#pragma once

#include "DomainTypes.h"

#include <QString>
#include <QtGlobal>

namespace abonent {
class SqlDialect;
}

namespace abonent::CostModel {

// The cost model of DESIGN §3 in integers (minor units), in one place for the
// C++ and the SQL that the roll-ups and the reports run.
//
// A contact costs its duration at the handling operator's hourly cost (the
// office's default rate when the operator is unknown or has no rate), rounded
// half up to a minor unit, plus the fixed cost of its channel.
qint64 contactCost(qint64 seconds, qint64 ratePerHourMinor, qint64 channelCostMinor);

// A month's fee for the days a plan was in force, rounded half up.
qint64 proratedFee(qint64 monthlyFeeMinor, int daysInForce, int daysInMonth);

// Seconds of support as whole minutes, the one rule for every figure shown or
// compared in minutes (card meter, lists, letters, reports, charts,
// indicators). A started minute counts: it is support the customer had, and
// it counts against the allowance as the card's meter shows it. Nothing for
// zero or negative seconds.
qint64 wholeMinutes(qint64 seconds);

// The same contact cost as an SQL expression over a contacts row `row`
// ("new", "old", "c"), reading the rates where they are kept: the operators'
// hourly cost, office_settings key kDefaultRateKey, table channel_costs.
// Schema version 6 built its triggers from this expression: a change to it
// needs a migration that rebuilds them and the stored costs.
QString contactCostSql(const SqlDialect& dialect, const QString& row);

// wholeMinutes() as an SQL expression over an integer expression of seconds.
QString wholeMinutesSql(const QString& seconds);

// The UTC calendar month ("2026-11") of a contact's start and a payment's date.
QString contactMonthSql(const SqlDialect& dialect, const QString& row);
QString paymentMonthSql(const QString& row);
// 1 for payments that earn (fee, paid support), -1 for money given back
// (refund, compensation).
QString paymentSignSql(const QString& row);
// The amount of the payment row `row` when it is of `kind`, else 0.
QString paymentOfKindSql(const QString& row, PaymentKind kind);

inline constexpr char kDefaultRateKey[] = "economics.default_rate_per_hour";

} // namespace abonent::CostModel
