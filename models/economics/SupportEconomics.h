#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace abonent {

// Revenue and support cost of one customer over whole months.
struct EconomicsEstimate
{
    Money revenue; // charged: MonthFigures::revenueMinor
    Money supportCost;
};

// The economics the pattern indicators ask about; EconomicsService answers
// (tests may stand in for it).
class SupportEconomics
{
public:
    virtual ~SupportEconomics() = default;
    // Months [firstMonth, lastMonth], each given by any day in it.
    virtual Result<EconomicsEstimate>
    estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const = 0;
};

} // namespace abonent
