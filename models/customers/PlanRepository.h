#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// Plans, and which plan each customer had when (plan periods).
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(QSqlDatabase db);

    Result<qint64> add(const Plan& plan);
    // A plan's fee is the one in force on `on` (today when not given).
    Result<Plan> find(qint64 id, const QDate& on = {}) const;
    Result<QList<Plan>> all(const QDate& on = {}) const;

    // Puts a customer on a plan from `from` on: closes the period in force (if
    // any) on that date and opens the next one, in one transaction.
    Result<qint64> changePlan(qint64 customerId, qint64 planId, const QDate& from);
    Result<QList<PlanPeriod>> periodsOf(qint64 customerId) const;
    // Ends the plan in force on `on` (the last day of service is the day
    // before). Nothing to do when no plan is in force.
    Status endPlan(qint64 customerId, const QDate& on);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
