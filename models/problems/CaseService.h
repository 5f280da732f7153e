#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Entities.h"
#include "Result.h"
#include "TerminationTerms.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>

#include <optional>

namespace abonent {

class ChangeNotifier;

// One step of a case as taken (or skipped, with the reason in note).
struct CaseStepRecord
{
    qint64 id = 0;
    CaseStep step = CaseStep::Reminder;
    bool skipped = false;
    QDate takenOn;
    QDateTime recordedAt;
    QString recordedByName;
    QString note;
    std::optional<qint64> offeredPlanId; // offer: none means paid support beyond the allowance
    QString offeredPlanName;
    std::optional<bool> offerAccepted;
    QString clause; // notice
    QDate terminationOn; // notice
    Money refund; // notice and end: what is paid back
    // Notice and end: what the customer still had to pay up to the end;
    // none for steps recorded before Abonent kept it.
    std::optional<Money> owed;

    // "refund 12.00", "owes 30.00" or "settled even", for the case's history.
    QString settlementText(const QLocale& locale) const;
    std::optional<qint64> letterId; // the letter that went out with the step, once issued
    QString letterNumber;
};

// One escalation of one customer, from reminder to termination or back to normal.
struct EscalationCase
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime openedAt;
    QString openedByName;
    QString reason;
    QDateTime closedAt; // invalid while open
    QString outcome; // "resolved" or "terminated" once closed
    QString closingNote;
    QList<CaseStepRecord> steps; // in order

    bool isOpen() const { return !closedAt.isValid(); }
    const CaseStepRecord* stepRecord(CaseStep step) const;
    // The first step neither taken nor skipped; none once the case is closed.
    std::optional<CaseStep> nextStep() const;
    // When the next step is due: the termination date for the last step,
    // otherwise some days after the latest step (or the opening).
    QDate nextStepDue(int followUpDays) const;
};

// What a manager records for a step.
struct StepInput
{
    CaseStep step = CaseStep::Reminder;
    QDate takenOn;
    QString note;
    // Offer: the plan offered (none: paid support), whether the customer
    // took it, and from when the new plan runs.
    std::optional<qint64> offeredPlanId;
    bool offerAccepted = false;
    QDate newPlanFrom;
    // Notice: the contract clause and the notice period.
    QString clause;
    int noticeMonths = 1;
    // Termination.
    ExitReason exitReason = ExitReason::TerminatedByProvider;
};

// Escalation cases and customers leaving. Managers and owners only; the
// customer's status follows the steps (notice given, terminated), and each
// step and its consequences are one transaction with their audit entries.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(QSqlDatabase db, ChangeNotifier* notifier = nullptr, Clock clock = systemClock());

    Result<qint64> open(const Actor& actor, qint64 customerId, const QString& reason);
    Result<std::optional<EscalationCase>> openCaseOf(qint64 customerId) const;
    Result<QList<EscalationCase>> casesOf(qint64 customerId) const;
    Result<EscalationCase> find(qint64 caseId) const;

    // Dates and refund a notice given on `noticeOn` would set, before it is given.
    Result<TerminationTerms> previewNotice(qint64 customerId, const QDate& noticeOn, int noticeMonths) const;

    Result<qint64> takeStep(const Actor& actor, qint64 caseId, const StepInput& input);
    Result<qint64> skipStep(const Actor& actor, qint64 caseId, CaseStep step, const QString& reason);
    // Back to normal at any step; a notice already given is withdrawn.
    Status closeResolved(const Actor& actor, qint64 caseId, const QString& note);

    // A customer leaving on their own (or by agreement): plan ends, status
    // terminated, the reason on record; an open case closes with it.
    Status
    recordDeparture(const Actor& actor, qint64 customerId, const QDate& leftOn, ExitReason reason, const QString& note);

    static QString settingNoticeMonths() { return QStringLiteral("case.notice_months"); }
    static QString settingClause() { return QStringLiteral("case.termination_clause"); }
    static QString settingFollowUpDays() { return QStringLiteral("case.follow_up_days"); }

private:
    Status endContract(const Actor& actor,
                       qint64 customerId,
                       const QDate& leftOn,
                       ExitReason reason,
                       const QString& note,
                       std::optional<qint64> caseId);
    Status setStatus(const Actor& actor, qint64 customerId, CustomerStatus status, const QString& reason);
    Result<qint64> insertStep(const Actor& actor,
                              const EscalationCase& escalation,
                              const StepInput& input,
                              bool skipped,
                              const std::optional<TerminationTerms>& terms);
    Status checkNext(const EscalationCase& escalation, CaseStep step) const;
    // The customer, unless they have left or been archived.
    Result<Customer> currentCustomer(qint64 customerId) const;
    void announce(qint64 customerId) const;

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
    Clock m_clock;
};

} // namespace abonent
