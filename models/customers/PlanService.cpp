#include "PlanService.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "PlanRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

namespace {

QJsonObject planJson(const Plan& plan)
{
    return {{QStringLiteral("id"), plan.id},
            {QStringLiteral("name"), plan.name},
            {QStringLiteral("currency"), plan.monthlyFee.currency},
            {QStringLiteral("support_included"), plan.supportIncluded},
            {QStringLiteral("included_support_minutes"), plan.includedSupportMinutes},
            {QStringLiteral("paid_support_rate_minor"), plan.paidSupportRatePerMinuteMinor},
            {QStringLiteral("active"), plan.active}};
}

QJsonObject feeJson(qint64 planId, const QDate& from, std::optional<qint64> feeMinor)
{
    QJsonObject fee {{QStringLiteral("plan_id"), planId}, {QStringLiteral("from"), from.toString(Qt::ISODate)}};
    if (feeMinor) {
        fee.insert(QStringLiteral("monthly_fee_minor"), *feeMinor);
    }
    return fee;
}

} // namespace

std::optional<PlanFees::Change> PlanOverview::nextChange(const QDate& today) const
{
    for (const PlanFees::Change& change : feeChanges) {
        if (change.startsOn > today) {
            return change;
        }
    }
    return std::nullopt;
}

PlanService::PlanService(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

QDate PlanService::today() const
{
    return m_clock().toLocalTime().date();
}

Status PlanService::requireManager(const Actor& actor) const
{
    return Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can change the plans."));
}

Result<QList<PlanOverview>> PlanService::overview() const
{
    auto plans = PlanRepository(m_db).all(today());
    if (!plans) {
        return plans.error();
    }
    auto fees = PlanFees::read(m_db);
    if (!fees) {
        return fees.error();
    }
    // Customers on each plan now, and whether anything ever referred to it.
    auto usage = sql::select(m_db,
                             QStringLiteral("SELECT p.id, p.monthly_fee_minor,"
                                            " (SELECT count(*) FROM plan_periods pp WHERE pp.plan_id = p.id"
                                            "   AND pp.starts_on <= ? AND (pp.ends_on IS NULL OR pp.ends_on > ?)),"
                                            " EXISTS (SELECT 1 FROM plan_periods pp WHERE pp.plan_id = p.id)"
                                            " OR EXISTS (SELECT 1 FROM case_steps s WHERE s.offered_plan_id = p.id)"
                                            " FROM plans p"),
                             {sql::toDateValue(today()), sql::toDateValue(today())});
    if (!usage) {
        return usage.error();
    }
    struct Usage
    {
        qint64 startingFee = 0;
        int now = 0;
        bool ever = false;
    };
    QHash<qint64, Usage> usageOf;
    while (usage->next()) {
        usageOf.insert(usage->value(0).toLongLong(),
                       Usage {usage->value(1).toLongLong(), usage->value(2).toInt(), usage->value(3).toBool()});
    }
    QList<PlanOverview> rows;
    for (const Plan& plan : plans.value()) {
        const Usage used = usageOf.value(plan.id);
        rows.append(PlanOverview {plan, fees->changesOf(plan.id), used.startingFee, used.now, used.ever});
    }
    return rows;
}

Result<PlanOverview> PlanService::overviewOf(qint64 planId) const
{
    auto rows = overview();
    if (!rows) {
        return rows.error();
    }
    for (const PlanOverview& row : rows.value()) {
        if (row.plan.id == planId) {
            return row;
        }
    }
    return makeError(Error::Code::NotFound, tr("Plan %1 does not exist.").arg(planId));
}

Result<qint64> PlanService::create(const Actor& actor, const Plan& plan)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed.error();
    }
    return inTransaction(m_db, [&]() -> Result<qint64> {
        auto id = PlanRepository(m_db).add(plan);
        if (!id) {
            return id;
        }
        Plan created = plan;
        created.id = id.value();
        QJsonObject after = planJson(created);
        after.insert(QStringLiteral("monthly_fee_minor"), plan.monthlyFee.minor);
        if (Status status = AuditLog(m_db).record(actor, 0, AuditLog::planCreated(), {}, after); !status) {
            return status.error();
        }
        return id;
    });
}

Status PlanService::edit(const Actor& actor, const Plan& plan)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed;
    }
    if (plan.name.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("A plan needs a name."));
    }
    if (plan.includedSupportMinutes < 0 || plan.paidSupportRatePerMinuteMinor < 0) {
        return makeError(Error::Code::Invalid, tr("Support minutes and rates cannot be negative."));
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = PlanRepository(m_db).find(plan.id, today());
        if (!before) {
            return before.error();
        }
        Plan after = before.value();
        after.name = plan.name.trimmed();
        after.supportIncluded = plan.supportIncluded;
        after.includedSupportMinutes = plan.supportIncluded ? plan.includedSupportMinutes : 0;
        after.paidSupportRatePerMinuteMinor = plan.paidSupportRatePerMinuteMinor;
        QSqlQuery update(m_db);
        Status updated = sql::exec(update,
                                   QStringLiteral("UPDATE plans SET name = ?, support_included = ?,"
                                                  " included_support_minutes = ?, paid_support_rate_minor = ?"
                                                  " WHERE id = ?"),
                                   {after.name,
                                    after.supportIncluded ? 1 : 0,
                                    after.includedSupportMinutes,
                                    after.paidSupportRatePerMinuteMinor,
                                    after.id});
        if (!updated) {
            if (updated.error().code == Error::Code::Conflict) {
                return makeError(Error::Code::Conflict, tr("A plan named %1 already exists.").arg(after.name));
            }
            return updated;
        }
        return AuditLog(m_db).record(actor, 0, AuditLog::planEdited(), planJson(before.value()), planJson(after));
    });
}

Status PlanService::changeFee(const Actor& actor, qint64 planId, qint64 feeMinor, const QDate& from)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed;
    }
    if (feeMinor < 0) {
        return makeError(Error::Code::Invalid, tr("A fee cannot be below zero."));
    }
    if (!from.isValid() || from < today()) {
        return makeError(Error::Code::Invalid,
                         tr("A new fee applies from today or a later day; months already charged stay as they were."));
    }
    return inTransaction(m_db, [&]() -> Status {
        auto current = overviewOf(planId);
        if (!current) {
            return current.error();
        }
        std::optional<qint64> replaced;
        for (const PlanFees::Change& change : current->feeChanges) {
            if (change.startsOn == from) {
                replaced = change.feeMinor;
            }
        }
        QSqlQuery write(m_db);
        if (replaced) {
            if (Status status =
                    sql::exec(write,
                              QStringLiteral("DELETE FROM plan_fee_changes WHERE plan_id = ? AND starts_on = ?"),
                              {planId, sql::toDateValue(from)});
                !status) {
                return status;
            }
        }
        if (Status status =
                sql::exec(write,
                          QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor,"
                                         " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)"),
                          {planId,
                           sql::toDateValue(from),
                           feeMinor,
                           m_clock().toSecsSinceEpoch(),
                           actor.operatorId ? QVariant(*actor.operatorId) : QVariant()});
            !status) {
            return status;
        }
        return AuditLog(m_db).record(
            actor, 0, AuditLog::planFeeChanged(), feeJson(planId, from, replaced), feeJson(planId, from, feeMinor));
    });
}

Status PlanService::withdrawFeeChange(const Actor& actor, qint64 planId, const QDate& startsOn)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed;
    }
    if (!startsOn.isValid() || startsOn <= today()) {
        return makeError(Error::Code::Invalid,
                         tr("A fee that is already in force is part of the record; set a new fee from a later day "
                            "instead."));
    }
    return inTransaction(m_db, [&]() -> Status {
        auto fee = sql::select(
            m_db,
            QStringLiteral("SELECT monthly_fee_minor FROM plan_fee_changes WHERE plan_id = ? AND starts_on = ?"),
            {planId, sql::toDateValue(startsOn)});
        if (!fee) {
            return fee.error();
        }
        if (!fee->next()) {
            return makeError(Error::Code::NotFound,
                             tr("No fee change is planned for %1.").arg(startsOn.toString(Qt::ISODate)));
        }
        const qint64 feeMinor = fee->value(0).toLongLong();
        fee->finish();
        QSqlQuery remove(m_db);
        if (Status status =
                sql::exec(remove,
                          QStringLiteral("DELETE FROM plan_fee_changes WHERE plan_id = ? AND starts_on = ?"),
                          {planId, sql::toDateValue(startsOn)});
            !status) {
            return status;
        }
        return AuditLog(m_db).record(
            actor, 0, AuditLog::planFeeChanged(), feeJson(planId, startsOn, feeMinor), feeJson(planId, startsOn, {}));
    });
}

Status PlanService::setRetired(const Actor& actor, qint64 planId, bool retired)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed;
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = PlanRepository(m_db).find(planId, today());
        if (!before) {
            return before.error();
        }
        if (before->active != retired) {
            return {}; // already so
        }
        QSqlQuery update(m_db);
        if (Status status = sql::exec(
                update, QStringLiteral("UPDATE plans SET active = ? WHERE id = ?"), {retired ? 0 : 1, planId});
            !status) {
            return status;
        }
        Plan after = before.value();
        after.active = !retired;
        return AuditLog(m_db).record(actor, 0, AuditLog::planEdited(), planJson(before.value()), planJson(after));
    });
}

Status PlanService::remove(const Actor& actor, qint64 planId)
{
    if (Status allowed = requireManager(actor); !allowed) {
        return allowed;
    }
    return inTransaction(m_db, [&]() -> Status {
        auto plan = overviewOf(planId);
        if (!plan) {
            return plan.error();
        }
        if (plan->everUsed) {
            return makeError(Error::Code::Conflict,
                             tr("Customers were on %1 or a letter offered it, so it stays in the records; retire it "
                                "instead.")
                                 .arg(plan->plan.name));
        }
        QSqlQuery remove(m_db);
        if (Status status =
                sql::exec(remove, QStringLiteral("DELETE FROM plan_fee_changes WHERE plan_id = ?"), {planId});
            !status) {
            return status;
        }
        if (Status status = sql::exec(remove, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}); !status) {
            return status;
        }
        return AuditLog(m_db).record(actor, 0, AuditLog::planRemoved(), planJson(plan->plan), {});
    });
}

} // namespace abonent
