#include "PlanRepository.h"

#include "PlanFees.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace abonent {

namespace {

// The fee is the one in force on the day bound first.
QString planColumns()
{
    return QStringLiteral("id, name, %1, currency, support_included, included_support_minutes,"
                          " paid_support_rate_minor, active")
        .arg(PlanFees::feeOnSql(QStringLiteral("plans.id"), QStringLiteral("?"), QStringLiteral("monthly_fee_minor")));
}

Plan planFrom(const QSqlQuery& query)
{
    Plan plan;
    plan.id = query.value(0).toLongLong();
    plan.name = query.value(1).toString();
    plan.monthlyFee = Money {query.value(2).toLongLong(), query.value(3).toString()};
    plan.supportIncluded = query.value(4).toBool();
    plan.includedSupportMinutes = query.value(5).toInt();
    plan.paidSupportRatePerMinuteMinor = query.value(6).toLongLong();
    plan.active = query.value(7).toBool();
    return plan;
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> PlanRepository::add(const Plan& plan)
{
    if (plan.name.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("A plan needs a name."));
    }
    if (plan.monthlyFee.minor < 0 || plan.monthlyFee.currency.size() != 3) {
        return makeError(Error::Code::Invalid, tr("A plan needs a non-negative fee and a currency."));
    }
    if (plan.includedSupportMinutes < 0 || plan.paidSupportRatePerMinuteMinor < 0) {
        return makeError(Error::Code::Invalid, tr("Support minutes and rates cannot be negative."));
    }
    QSqlQuery insert(m_db);
    auto inserted = sql::insert(insert,
                                QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency, support_included,"
                                               " included_support_minutes, paid_support_rate_minor, active)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {plan.name.trimmed(),
                                 plan.monthlyFee.minor,
                                 plan.monthlyFee.currency,
                                 plan.supportIncluded ? 1 : 0,
                                 plan.supportIncluded ? plan.includedSupportMinutes : 0,
                                 plan.paidSupportRatePerMinuteMinor,
                                 plan.active ? 1 : 0});
    if (!inserted && inserted.error().code == Error::Code::Conflict) {
        return makeError(Error::Code::Conflict, tr("A plan named %1 already exists.").arg(plan.name));
    }
    return inserted;
}

Result<Plan> PlanRepository::find(qint64 id, const QDate& on) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(planColumns()),
                             {sql::toDateValue(on.isValid() ? on : QDate::currentDate()), id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("Plan %1 does not exist.").arg(id));
    }
    return planFrom(query.value());
}

Result<QList<Plan>> PlanRepository::all(const QDate& on) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT %1 FROM plans ORDER BY name").arg(planColumns()),
                             {sql::toDateValue(on.isValid() ? on : QDate::currentDate())});
    if (!query) {
        return query.error();
    }
    QList<Plan> plans;
    while (query->next()) {
        plans.append(planFrom(query.value()));
    }
    return plans;
}

Result<qint64> PlanRepository::changePlan(qint64 customerId, qint64 planId, const QDate& from)
{
    if (!from.isValid()) {
        return makeError(Error::Code::Invalid, tr("The plan change needs a date."));
    }
    auto plan = find(planId);
    if (!plan) {
        return plan.error();
    }
    if (!plan->active) {
        return makeError(Error::Code::Invalid,
                         tr("The plan %1 is no longer offered; choose another one.").arg(plan->name));
    }
    return inTransaction(m_db, [&]() -> Result<qint64> {
        // Periods never overlap: the new one starts after the one in force
        // began, and not before any earlier period ended.
        auto history = sql::select(m_db,
                                   QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE id = ?),"
                                                  " (SELECT id FROM plan_periods WHERE customer_id = ?"
                                                  "   AND ends_on IS NULL),"
                                                  " (SELECT starts_on FROM plan_periods WHERE customer_id = ?"
                                                  "   AND ends_on IS NULL),"
                                                  " (SELECT max(ends_on) FROM plan_periods WHERE customer_id = ?)"),
                                   {customerId, customerId, customerId, customerId});
        if (!history) {
            return history.error();
        }
        if (!history->next()) {
            return sql::queryError(history.value());
        }
        if (history->value(0).toInt() == 0) {
            return makeError(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(customerId));
        }
        const QDate openSince = sql::fromDateValue(history->value(2));
        const QDate lastEnd = sql::fromDateValue(history->value(3));
        if (openSince.isValid() && from <= openSince) {
            return makeError(Error::Code::Invalid,
                             tr("The new plan must start after %1, when the current one started.")
                                 .arg(openSince.toString(Qt::ISODate)));
        }
        if (lastEnd.isValid() && from < lastEnd) {
            return makeError(Error::Code::Invalid,
                             tr("The new plan cannot start before %1, when the previous one ended.")
                                 .arg(lastEnd.toString(Qt::ISODate)));
        }
        if (!history->value(1).isNull()) {
            QSqlQuery close(m_db);
            if (Status status = sql::exec(close,
                                          QStringLiteral("UPDATE plan_periods SET ends_on = ? WHERE id = ?"),
                                          {sql::toDateValue(from), history->value(1)});
                !status) {
                return status.error();
            }
        }
        QSqlQuery insert(m_db);
        return sql::insert(insert,
                           QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on)"
                                          " VALUES (?, ?, ?)"),
                           {customerId, planId, sql::toDateValue(from)});
    });
}

Result<QList<PlanPeriod>> PlanRepository::periodsOf(qint64 customerId) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT id, customer_id, plan_id, starts_on, ends_on FROM plan_periods"
                                            " WHERE customer_id = ? ORDER BY starts_on"),
                             {customerId});
    if (!query) {
        return query.error();
    }
    QList<PlanPeriod> periods;
    while (query->next()) {
        periods.append(PlanPeriod {query->value(0).toLongLong(),
                                   query->value(1).toLongLong(),
                                   query->value(2).toLongLong(),
                                   sql::fromDateValue(query->value(3)),
                                   sql::fromDateValue(query->value(4))});
    }
    return periods;
}

Status PlanRepository::endPlan(qint64 customerId, const QDate& on)
{
    if (!on.isValid()) {
        return makeError(Error::Code::Invalid, tr("Ending the plan needs a date."));
    }
    auto since = sql::scalar(m_db,
                             QStringLiteral("SELECT coalesce((SELECT starts_on FROM plan_periods WHERE customer_id = ?"
                                            " AND ends_on IS NULL), '')"),
                             {customerId});
    if (!since) {
        return since.error();
    }
    const QDate startsOn = sql::fromDateValue(since.value());
    if (!startsOn.isValid()) {
        return {};
    }
    if (on <= startsOn) {
        return makeError(Error::Code::Invalid,
                         tr("The plan in force started on %1; it cannot end on or before that day.")
                             .arg(startsOn.toString(Qt::ISODate)));
    }
    QSqlQuery close(m_db);
    return sql::exec(close,
                     QStringLiteral("UPDATE plan_periods SET ends_on = ? WHERE customer_id = ? AND ends_on IS NULL"),
                     {sql::toDateValue(on), customerId});
}

} // namespace abonent
