#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace abonent {

// Revenue and support cost of one customer over whole months.
struct EconomicsEstimate
{
    Money revenue;
    Money supportCost;
    // Where the revenue came from: payments received, or the plan's fee
    // when none were recorded.
    bool revenueFromPayments = false;
};

// The economics the pattern indicators ask about. The economics feature
// provides the real cost model behind this same interface.
class SupportEconomics
{
public:
    virtual ~SupportEconomics() = default;
    // Months [firstMonth, lastMonth], each given by any day in it.
    virtual Result<EconomicsEstimate>
    estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const = 0;
};

// A first estimate: handling time at the team's average hourly cost;
// revenue from payments in the months, else the fee of the plan in force.
class SimpleSupportEconomics : public SupportEconomics
{
public:
    explicit SimpleSupportEconomics(QSqlDatabase db);
    Result<EconomicsEstimate>
    estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const override;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
