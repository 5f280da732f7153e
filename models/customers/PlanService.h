#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Entities.h"
#include "PlanFees.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// A plan as Settings ▸ Plans lists it: today's fee, a change still to come,
// and how many customers are on it now.
struct PlanOverview
{
    Plan plan; // monthlyFee is today's
    QList<PlanFees::Change> feeChanges;
    qint64 startingFeeMinor = 0;
    int customersNow = 0;
    bool everUsed = false; // by a customer or a letter: retired, never removed

    std::optional<PlanFees::Change> nextChange(const QDate& today) const;
};

// The office's plans: managers and owners create, edit, retire and reprice
// them; each change is audited. A fee changes from a date, never back in
// time, so months already charged stay as they were; a plan anyone was ever
// on stays in the records and can only be retired.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    explicit PlanService(QSqlDatabase db, Clock clock = systemClock());

    Result<QList<PlanOverview>> overview() const;

    Result<qint64> create(const Actor& actor, const Plan& plan);
    // Name and support terms; the fee goes through changeFee().
    Status edit(const Actor& actor, const Plan& plan);
    // From `from` (today or later) on, the plan costs `feeMinor` a month. A
    // change already planned for that day is replaced.
    Status changeFee(const Actor& actor, qint64 planId, qint64 feeMinor, const QDate& from);
    // Takes back a change that has not started yet.
    Status withdrawFeeChange(const Actor& actor, qint64 planId, const QDate& startsOn);
    // A retired plan is no longer offered; customers on it keep it.
    Status setRetired(const Actor& actor, qint64 planId, bool retired);
    // Only a plan nobody was ever on and no letter offered.
    Status remove(const Actor& actor, qint64 planId);

    QDate today() const;

private:
    Status requireManager(const Actor& actor) const;
    Result<PlanOverview> overviewOf(qint64 planId) const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace abonent
