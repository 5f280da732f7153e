#include "CaseService.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "ChangeNotifier.h"
#include "CustomerRepository.h"
#include "ErasedCustomers.h"
#include "OfficeSettings.h"
#include "PlanRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

namespace {

Status requireCaseRights(const QSqlDatabase& db, const Actor& actor)
{
    return Authorization(db).requireManager(actor,
                                            CaseService::tr("Only a manager or the owner can run escalation cases."));
}

const QList<CaseStep>& stepOrder()
{
    static const QList<CaseStep> order {CaseStep::Reminder, CaseStep::Offer, CaseStep::Notice, CaseStep::Terminated};
    return order;
}

} // namespace

const CaseStepRecord* EscalationCase::stepRecord(CaseStep step) const
{
    for (const CaseStepRecord& record : steps) {
        if (record.step == step) {
            return &record;
        }
    }
    return nullptr;
}

std::optional<CaseStep> EscalationCase::nextStep() const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    for (CaseStep step : stepOrder()) {
        if (!stepRecord(step)) {
            return step;
        }
    }
    return std::nullopt;
}

QDate EscalationCase::nextStepDue(int followUpDays) const
{
    const auto next = nextStep();
    if (!next) {
        return {};
    }
    if (*next == CaseStep::Terminated) {
        if (const CaseStepRecord* notice = stepRecord(CaseStep::Notice); notice && !notice->skipped) {
            return notice->terminationOn;
        }
    }
    if (steps.isEmpty()) {
        return openedAt.toLocalTime().date(); // a new case wants its first step now
    }
    return steps.last().takenOn.addDays(followUpDays);
}

CaseService::CaseService(QSqlDatabase db, ChangeNotifier* notifier, Clock clock)
    : m_db(std::move(db))
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{
}

void CaseService::announce(qint64 customerId) const
{
    if (m_notifier) {
        emit m_notifier->customerChanged(customerId);
    }
}

Result<Customer> CaseService::currentCustomer(qint64 customerId) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer;
    }
    if (customer->isErased()) {
        return ErasedCustomers::refusal(customer->erasedAt);
    }
    if (customer->status == CustomerStatus::Terminated || customer->status == CustomerStatus::Archived) {
        return makeError(Error::Code::Invalid,
                         tr("%1 is no longer a customer (%2).").arg(customer->name, labelOf(customer->status)));
    }
    return customer;
}

Result<qint64> CaseService::open(const Actor& actor, qint64 customerId, const QString& reason)
{
    if (Status allowed = requireCaseRights(m_db, actor); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the case is opened; it stays on record."));
    }
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto customer = currentCustomer(customerId);
        if (!customer) {
            return customer.error();
        }
        auto existing = openCaseOf(customerId);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            return makeError(Error::Code::Conflict,
                             tr("%1 already has an open case; continue that one.").arg(customer->name));
        }
        QSqlQuery insert(m_db);
        auto inserted = sql::insert(insert,
                                    QStringLiteral("INSERT INTO cases (customer_id, opened_at, opened_by, reason)"
                                                   " VALUES (?, ?, ?, ?)"),
                                    {customerId,
                                     sql::toEpoch(m_clock()),
                                     actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                     reason.trimmed()});
        if (!inserted) {
            return inserted.error();
        }
        const qint64 caseId = inserted.value();
        if (Status audited = AuditLog(m_db).record(
                actor, customerId, AuditLog::caseOpened(), {}, {{QStringLiteral("case"), caseId}}, reason.trimmed());
            !audited) {
            return audited.error();
        }
        return caseId;
    });
    if (id) {
        announce(customerId);
    }
    return id;
}

Result<QList<EscalationCase>> CaseService::casesOf(qint64 customerId) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT c.id, c.opened_at, o.name, c.reason, c.closed_at, c.outcome,"
                                            " c.closing_note FROM cases c LEFT JOIN operators o"
                                            " ON o.id = c.opened_by WHERE c.customer_id = ?"
                                            " ORDER BY c.opened_at DESC, c.id DESC"),
                             {customerId});
    if (!query) {
        return query.error();
    }
    QList<EscalationCase> cases;
    while (query->next()) {
        EscalationCase escalation;
        escalation.id = query->value(0).toLongLong();
        escalation.customerId = customerId;
        escalation.openedAt = sql::fromEpoch(query->value(1).toLongLong());
        escalation.openedByName = query->value(2).toString();
        escalation.reason = query->value(3).toString();
        if (!query->value(4).isNull()) {
            escalation.closedAt = sql::fromEpoch(query->value(4).toLongLong());
        }
        escalation.outcome = query->value(5).toString();
        escalation.closingNote = query->value(6).toString();
        cases.append(escalation);
    }
    query->finish();

    auto steps =
        sql::prepareSelect(m_db,
                           QStringLiteral("SELECT s.id, s.step, s.skipped, s.taken_on, s.recorded_at, o.name, s.note,"
                                          " s.offered_plan_id, p.name, s.offer_accepted, s.clause, s.termination_on,"
                                          " s.refund_minor, s.currency, s.letter_id, l.number, s.owed_minor"
                                          " FROM case_steps s"
                                          " LEFT JOIN operators o ON o.id = s.recorded_by"
                                          " LEFT JOIN plans p ON p.id = s.offered_plan_id"
                                          " LEFT JOIN letters l ON l.id = s.letter_id"
                                          " WHERE s.case_id = ? ORDER BY s.id"));
    if (!steps) {
        return steps.error();
    }
    for (EscalationCase& escalation : cases) {
        if (Status status = sql::execPrepared(steps.value(), {escalation.id}); !status) {
            return status.error();
        }
        while (steps->next()) {
            CaseStepRecord record;
            record.id = steps->value(0).toLongLong();
            record.step = fromCode<CaseStep>(steps->value(1).toString()).value_or(CaseStep::Reminder);
            record.skipped = steps->value(2).toBool();
            record.takenOn = sql::fromDateValue(steps->value(3));
            record.recordedAt = sql::fromEpoch(steps->value(4).toLongLong());
            record.recordedByName = steps->value(5).toString();
            record.note = steps->value(6).toString();
            if (!steps->value(7).isNull()) {
                record.offeredPlanId = steps->value(7).toLongLong();
            }
            record.offeredPlanName = steps->value(8).toString();
            if (!steps->value(9).isNull()) {
                record.offerAccepted = steps->value(9).toBool();
            }
            record.clause = steps->value(10).toString();
            record.terminationOn = sql::fromDateValue(steps->value(11));
            if (!steps->value(12).isNull()) {
                record.refund = Money {steps->value(12).toLongLong(), steps->value(13).toString()};
            }
            if (!steps->value(14).isNull()) {
                record.letterId = steps->value(14).toLongLong();
                record.letterNumber = steps->value(15).toString();
            }
            if (!steps->value(16).isNull()) {
                record.owed = Money {steps->value(16).toLongLong(), steps->value(13).toString()};
            }
            escalation.steps.append(record);
        }
        steps->finish();
    }
    return cases;
}

Result<std::optional<EscalationCase>> CaseService::openCaseOf(qint64 customerId) const
{
    auto cases = casesOf(customerId);
    if (!cases) {
        return cases.error();
    }
    for (const EscalationCase& escalation : cases.value()) {
        if (escalation.isOpen()) {
            return std::optional<EscalationCase>(escalation);
        }
    }
    return std::optional<EscalationCase>();
}

Result<EscalationCase> CaseService::find(qint64 caseId) const
{
    auto customer = sql::scalar(m_db, QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {caseId});
    if (!customer) {
        return makeError(Error::Code::NotFound, tr("Case %1 does not exist.").arg(caseId));
    }
    auto cases = casesOf(customer.value().toLongLong());
    if (!cases) {
        return cases.error();
    }
    for (const EscalationCase& escalation : cases.value()) {
        if (escalation.id == caseId) {
            return escalation;
        }
    }
    return makeError(Error::Code::NotFound, tr("Case %1 does not exist.").arg(caseId));
}

Result<TerminationTerms> CaseService::previewNotice(qint64 customerId, const QDate& noticeOn, int noticeMonths) const
{
    return TerminationCalculator(m_db).terms(customerId, noticeOn, noticeMonths);
}

Status CaseService::checkNext(const EscalationCase& escalation, CaseStep step) const
{
    if (!escalation.isOpen()) {
        return makeError(Error::Code::Invalid, tr("This case is closed."));
    }
    const auto next = escalation.nextStep();
    if (!next || *next != step) {
        return makeError(Error::Code::Invalid,
                         next ? tr("Steps are taken in order: the next step is \"%1\"; skip it with a reason "
                                   "to go further.")
                                    .arg(labelOf(*next))
                              : tr("Every step of this case has been taken."));
    }
    return {};
}

Status CaseService::setStatus(const Actor& actor, qint64 customerId, CustomerStatus status, const QString& reason)
{
    CustomerRepository customers(m_db);
    auto before = customers.find(customerId);
    if (!before) {
        return before.error();
    }
    if (before->status == status) {
        return {};
    }
    if (Status changed = customers.setStatus(customerId, status); !changed) {
        return changed;
    }
    return AuditLog(m_db).record(actor,
                                 customerId,
                                 AuditLog::statusChanged(),
                                 {{QStringLiteral("status"), codeOf(before->status)}},
                                 {{QStringLiteral("status"), codeOf(status)}},
                                 reason);
}

QString CaseStepRecord::settlementText(const QLocale& locale) const
{
    // A step recorded before what was owed was kept names its refund, even of nothing.
    if (refund.minor > 0 || !owed) {
        return CaseService::tr("refund %1").arg(refund.format(locale));
    }
    if (owed->minor > 0) {
        return CaseService::tr("owes %1").arg(owed->format(locale));
    }
    return CaseService::tr("settled even");
}

Result<qint64> CaseService::insertStep(const Actor& actor,
                                       const EscalationCase& escalation,
                                       const StepInput& input,
                                       bool skipped,
                                       const std::optional<TerminationTerms>& terms)
{
    QSqlQuery insert(m_db);
    const bool isOffer = input.step == CaseStep::Offer && !skipped;
    auto inserted = sql::insert(
        insert,
        QStringLiteral("INSERT INTO case_steps (case_id, step, skipped, taken_on, recorded_at, recorded_by, note,"
                       " offered_plan_id, offer_accepted, clause, termination_on, refund_minor, owed_minor,"
                       " currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {escalation.id,
         codeOf(input.step),
         skipped ? 1 : 0,
         sql::toDateValue(input.takenOn),
         sql::toEpoch(m_clock()),
         actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
         input.note.trimmed(),
         isOffer && input.offeredPlanId ? QVariant(*input.offeredPlanId) : QVariant(),
         isOffer ? QVariant(input.offerAccepted ? 1 : 0) : QVariant(),
         terms ? input.clause.trimmed() : QString(),
         terms ? sql::toDateValue(terms->terminationOn) : QVariant(),
         terms ? QVariant(terms->refund.minor) : QVariant(),
         terms ? QVariant(terms->owed.minor) : QVariant(),
         terms ? QVariant(terms->refund.currency) : QVariant()});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted.value();
    QJsonObject after {{QStringLiteral("case"), escalation.id},
                       {QStringLiteral("step"), codeOf(input.step)},
                       {QStringLiteral("on"), input.takenOn.toString(Qt::ISODate)}};
    if (skipped) {
        after.insert(QStringLiteral("skipped"), true);
    }
    if (Status audited = AuditLog(m_db).record(
            actor, escalation.customerId, AuditLog::caseStepTaken(), {}, after, input.note.trimmed());
        !audited) {
        return audited.error();
    }
    return id;
}

Result<qint64> CaseService::takeStep(const Actor& actor, qint64 caseId, const StepInput& input)
{
    if (Status allowed = requireCaseRights(m_db, actor); !allowed) {
        return allowed.error();
    }
    if (!input.takenOn.isValid()) {
        return makeError(Error::Code::Invalid, tr("The step needs a date."));
    }
    // Steps record what was done; a contract ends on its day, not ahead of it.
    if (input.takenOn > m_clock().toLocalTime().date()) {
        return makeError(Error::Code::Invalid,
                         tr("A step is recorded once it is taken; %1 is still ahead.")
                             .arg(QLocale().toString(input.takenOn, QLocale::ShortFormat)));
    }
    qint64 customerId = 0;
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto escalation = find(caseId);
        if (!escalation) {
            return escalation.error();
        }
        customerId = escalation->customerId;
        if (Status next = checkNext(escalation.value(), input.step); !next) {
            return next.error();
        }
        auto customer = currentCustomer(customerId);
        if (!customer) {
            return customer.error();
        }
        if (!escalation->steps.isEmpty() && input.takenOn < escalation->steps.last().takenOn) {
            return makeError(Error::Code::Invalid,
                             tr("A step cannot be dated before the previous one (%1).")
                                 .arg(escalation->steps.last().takenOn.toString(Qt::ISODate)));
        }
        std::optional<TerminationTerms> terms;
        switch (input.step) {
        case CaseStep::Reminder:
            break;
        case CaseStep::Offer:
            if (input.offerAccepted && input.offeredPlanId) {
                // Taken up: the new plan is a plan period like any other.
                const QDate from = input.newPlanFrom.isValid() ? input.newPlanFrom : input.takenOn;
                auto period = PlanRepository(m_db).changePlan(customerId, *input.offeredPlanId, from);
                if (!period) {
                    return period.error();
                }
                if (Status audited = AuditLog(m_db).record(actor,
                                                           customerId,
                                                           AuditLog::planChanged(),
                                                           {},
                                                           {{QStringLiteral("plan"), *input.offeredPlanId},
                                                            {QStringLiteral("from"), from.toString(Qt::ISODate)}});
                    !audited) {
                    return audited.error();
                }
            }
            break;
        case CaseStep::Notice: {
            if (input.clause.trimmed().isEmpty()) {
                return makeError(Error::Code::Invalid,
                                 tr("Name the contract clause the termination rests on; the letter cites it."));
            }
            auto computed = previewNotice(customerId, input.takenOn, input.noticeMonths);
            if (!computed) {
                return computed.error();
            }
            terms = computed.value();
            if (Status status = setStatus(actor, customerId, CustomerStatus::NoticeGiven, input.note.trimmed());
                !status) {
                return status.error();
            }
            break;
        }
        case CaseStep::Terminated: {
            const CaseStepRecord* notice = escalation->stepRecord(CaseStep::Notice);
            if (notice && !notice->skipped && input.takenOn < notice->terminationOn) {
                return makeError(Error::Code::Invalid,
                                 tr("The notice runs until %1; the contract can be ended on that day or later.")
                                     .arg(QLocale().toString(notice->terminationOn, QLocale::LongFormat)));
            }
            // The refund is settled with the payments as they are today.
            auto settled = TerminationCalculator(m_db).settlement(
                customerId, notice && !notice->skipped ? notice->terminationOn : input.takenOn);
            if (!settled) {
                return settled.error();
            }
            terms = settled.value();
            break;
        }
        }
        auto step = insertStep(actor, escalation.value(), input, false, terms);
        if (!step) {
            return step;
        }
        if (input.step == CaseStep::Terminated) {
            if (Status ended =
                    endContract(actor, customerId, terms->terminationOn, input.exitReason, input.note, caseId);
                !ended) {
                return ended.error();
            }
        }
        return step;
    });
    if (id) {
        announce(customerId);
    }
    return id;
}

Result<qint64> CaseService::skipStep(const Actor& actor, qint64 caseId, CaseStep step, const QString& reason)
{
    if (Status allowed = requireCaseRights(m_db, actor); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the step is skipped; it stays on record."));
    }
    if (step == CaseStep::Terminated) {
        return makeError(Error::Code::Invalid,
                         tr("Termination is the last step and cannot be skipped; close the case as resolved "
                            "instead."));
    }
    qint64 customerId = 0;
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto escalation = find(caseId);
        if (!escalation) {
            return escalation.error();
        }
        customerId = escalation->customerId;
        if (Status next = checkNext(escalation.value(), step); !next) {
            return next.error();
        }
        StepInput input;
        input.step = step;
        input.takenOn = m_clock().toLocalTime().date();
        if (!escalation->steps.isEmpty()) {
            input.takenOn = std::max(input.takenOn, escalation->steps.last().takenOn);
        }
        input.note = reason;
        return insertStep(actor, escalation.value(), input, true, std::nullopt);
    });
    if (id) {
        announce(customerId);
    }
    return id;
}

Status CaseService::closeResolved(const Actor& actor, qint64 caseId, const QString& note)
{
    if (Status allowed = requireCaseRights(m_db, actor); !allowed) {
        return allowed.error();
    }
    if (note.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say how the case was resolved; it stays on record."));
    }
    qint64 customerId = 0;
    Status closed = inTransaction(m_db, [&]() -> Status {
        auto escalation = find(caseId);
        if (!escalation) {
            return escalation.error();
        }
        customerId = escalation->customerId;
        if (!escalation->isOpen()) {
            return makeError(Error::Code::Invalid, tr("This case is closed."));
        }
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE cases SET closed_at = ?, closed_by = ?, outcome = ?,"
                                                     " closing_note = ? WHERE id = ?"),
                                      {sql::toEpoch(m_clock()),
                                       actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                       QStringLiteral("resolved"),
                                       note.trimmed(),
                                       caseId});
            !status) {
            return status;
        }
        // Resolved after notice: the notice is withdrawn and service goes on.
        auto customer = CustomerRepository(m_db).find(customerId);
        if (!customer) {
            return customer.error();
        }
        if (customer->status == CustomerStatus::NoticeGiven) {
            if (Status status = setStatus(actor, customerId, CustomerStatus::Active, note.trimmed()); !status) {
                return status;
            }
        }
        return AuditLog(m_db).record(
            actor,
            customerId,
            AuditLog::caseClosed(),
            {},
            {{QStringLiteral("case"), caseId}, {QStringLiteral("outcome"), QStringLiteral("resolved")}},
            note.trimmed());
    });
    if (closed) {
        announce(customerId);
    }
    return closed;
}

Status CaseService::endContract(const Actor& actor,
                                qint64 customerId,
                                const QDate& leftOn,
                                ExitReason reason,
                                const QString& note,
                                std::optional<qint64> caseId)
{
    if (Status ended = PlanRepository(m_db).endPlan(customerId, leftOn); !ended) {
        return ended;
    }
    if (Status status = setStatus(actor, customerId, CustomerStatus::Terminated, note.trimmed()); !status) {
        return status;
    }
    QSqlQuery exit(m_db);
    if (Status status =
            sql::exec(exit,
                      QStringLiteral("INSERT INTO customer_exits (customer_id, left_on, reason, note, case_id,"
                                     " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {customerId,
                       sql::toDateValue(leftOn),
                       codeOf(reason),
                       note.trimmed(),
                       caseId ? QVariant(*caseId) : QVariant(),
                       sql::toEpoch(m_clock()),
                       actor.operatorId ? QVariant(*actor.operatorId) : QVariant()});
        !status) {
        return status;
    }
    if (Status audited = AuditLog(m_db).record(
            actor,
            customerId,
            AuditLog::customerLeft(),
            {},
            {{QStringLiteral("on"), leftOn.toString(Qt::ISODate)}, {QStringLiteral("reason"), codeOf(reason)}},
            note.trimmed());
        !audited) {
        return audited;
    }
    if (!caseId) {
        auto open = openCaseOf(customerId);
        if (!open) {
            return open.error();
        }
        if (!open.value()) {
            return {};
        }
        caseId = open.value()->id;
    }
    QSqlQuery close(m_db);
    if (Status status = sql::exec(close,
                                  QStringLiteral("UPDATE cases SET closed_at = ?, closed_by = ?, outcome = ?,"
                                                 " closing_note = ? WHERE id = ? AND closed_at IS NULL"),
                                  {sql::toEpoch(m_clock()),
                                   actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                   QStringLiteral("terminated"),
                                   note.trimmed(),
                                   *caseId});
        !status) {
        return status;
    }
    return AuditLog(m_db).record(
        actor,
        customerId,
        AuditLog::caseClosed(),
        {},
        {{QStringLiteral("case"), *caseId}, {QStringLiteral("outcome"), QStringLiteral("terminated")}},
        note.trimmed());
}

Status CaseService::recordDeparture(
    const Actor& actor, qint64 customerId, const QDate& leftOn, ExitReason reason, const QString& note)
{
    if (Status allowed =
            Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can end a customer's contract."));
        !allowed) {
        return allowed;
    }
    if (!leftOn.isValid()) {
        return makeError(Error::Code::Invalid, tr("Say on which day the customer leaves."));
    }
    if (leftOn > m_clock().toLocalTime().date()) {
        return makeError(Error::Code::Invalid,
                         tr("Record the departure on the day service ends (%1), not before: until then the customer "
                            "is still served.")
                             .arg(QLocale().toString(leftOn, QLocale::ShortFormat)));
    }
    Status left = inTransaction(m_db, [&]() -> Status {
        auto customer = currentCustomer(customerId);
        if (!customer) {
            return customer.error();
        }
        auto open = openCaseOf(customerId);
        if (!open) {
            return open.error();
        }
        if (open.value()) {
            const CaseStepRecord* notice = open.value()->stepRecord(CaseStep::Notice);
            if (notice && !notice->skipped) {
                return makeError(Error::Code::Invalid,
                                 tr("Notice was given until %1: end the contract with the case's last step, which "
                                    "settles the refund.")
                                     .arg(QLocale().toString(notice->terminationOn, QLocale::ShortFormat)));
            }
        }
        return endContract(actor, customerId, leftOn, reason, note, std::nullopt);
    });
    if (left) {
        announce(customerId);
    }
    return left;
}

} // namespace abonent
