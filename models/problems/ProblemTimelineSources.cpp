#include "ProblemTimelineSources.h"

#include "CaseService.h"
#include "DomainTypes.h"
#include "SqlSupport.h"
#include "TagService.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace abonent {

Result<QList<TimelineEntry>> TagTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    const TagService tags(db);
    auto assignments = tags.assignmentsOf(customerId);
    if (!assignments) {
        return assignments.error();
    }
    auto catalogue = tags.catalogue(true);
    if (!catalogue) {
        return catalogue.error();
    }
    QHash<qint64, QString> names;
    for (const Tag& tag : catalogue.value()) {
        names.insert(tag.id, tag.name);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    QList<TimelineEntry> entries;
    for (const TagAssignment& assignment : assignments.value()) {
        const QString name = names.value(assignment.tagId);
        TimelineEntry set;
        set.kind = TimelineEntry::Kind::Tag;
        set.sourceId = assignment.id;
        set.at = assignment.assignedAt;
        set.code = QStringLiteral("tag.set");
        set.title = tr("Tag set: %1").arg(name);
        set.who = assignment.assignedByName;
        QStringList detail;
        if (!assignment.reason.isEmpty()) {
            detail << assignment.reason;
        }
        if (!assignment.evidence.isEmpty()) {
            detail << tr("evidence: %n contact(s)", nullptr, static_cast<int>(assignment.evidence.size()));
        }
        if (assignment.expiresAt.isValid()) {
            detail
                << tr("until %1").arg(locale.toString(assignment.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
        }
        set.detail = detail.join(QStringLiteral(" · "));
        entries.append(set);
        if (assignment.isRemoved()) {
            TimelineEntry removed = set;
            removed.at = assignment.removedAt;
            removed.code = QStringLiteral("tag.removed");
            removed.title = tr("Tag removed: %1").arg(name);
            removed.who = assignment.removedByName;
            removed.detail = assignment.removalReason;
            entries.append(removed);
        } else if (assignment.isExpired(now)) {
            TimelineEntry expired = set;
            expired.at = assignment.expiresAt;
            expired.code = QStringLiteral("tag.expired");
            expired.title = tr("Tag expired: %1").arg(name);
            expired.who.clear();
            expired.detail.clear();
            entries.append(expired);
        }
    }
    return entries;
}

Result<QList<TimelineEntry>> CaseTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto cases = CaseService(db).casesOf(customerId);
    if (!cases) {
        return cases.error();
    }
    const QLocale locale;
    QList<TimelineEntry> entries;
    for (const EscalationCase& escalation : cases.value()) {
        TimelineEntry opened;
        opened.kind = TimelineEntry::Kind::Case;
        opened.sourceId = escalation.id;
        opened.at = escalation.openedAt;
        opened.code = QStringLiteral("case.opened");
        opened.title = tr("Case opened");
        opened.who = escalation.openedByName;
        opened.detail = escalation.reason;
        entries.append(opened);
        for (const CaseStepRecord& step : escalation.steps) {
            TimelineEntry entry;
            entry.kind = TimelineEntry::Kind::Case;
            entry.sourceId = step.id;
            entry.at = step.recordedAt;
            entry.code = QStringLiteral("case.step");
            entry.title = (step.skipped ? tr("Case step skipped: %1") : tr("Case step: %1")).arg(labelOf(step.step));
            entry.who = step.recordedByName;
            QStringList detail;
            if (step.step == CaseStep::Offer && !step.skipped) {
                const QString offered = step.offeredPlanId ? step.offeredPlanName : tr("paid support");
                detail << (step.offerAccepted.value_or(false) ? tr("%1 accepted") : tr("%1 offered")).arg(offered);
            }
            if (step.step == CaseStep::Notice && !step.skipped) {
                detail << tr("clause %1, ends %2, %3")
                              .arg(step.clause,
                                   locale.toString(step.terminationOn, QLocale::ShortFormat),
                                   step.settlementText(locale));
            }
            if (!step.note.isEmpty()) {
                detail << step.note;
            }
            entry.detail = detail.join(QStringLiteral(" · "));
            entries.append(entry);
        }
        if (!escalation.isOpen()) {
            TimelineEntry closed = opened;
            closed.at = escalation.closedAt;
            closed.code = QStringLiteral("case.closed");
            closed.title = escalation.outcome == QLatin1String("terminated") ? tr("Case closed: contract ended")
                                                                             : tr("Case closed: resolved");
            closed.who.clear();
            closed.detail = escalation.closingNote;
            entries.append(closed);
        }
    }
    auto exits = sql::select(db,
                             QStringLiteral("SELECT e.id, e.recorded_at, e.left_on, e.reason, e.note, o.name"
                                            " FROM customer_exits e LEFT JOIN operators o ON o.id = e.recorded_by"
                                            " WHERE e.customer_id = ?"),
                             {customerId});
    if (!exits) {
        return exits.error();
    }
    while (exits->next()) {
        TimelineEntry left;
        left.kind = TimelineEntry::Kind::Case;
        left.sourceId = exits->value(0).toLongLong();
        left.at = sql::fromEpoch(exits->value(1).toLongLong());
        left.code = QStringLiteral("customer.left");
        const auto reason = fromCode<ExitReason>(exits->value(3).toString());
        left.title = tr("Contract ends %1: %2")
                         .arg(locale.toString(sql::fromDateValue(exits->value(2)), QLocale::ShortFormat),
                              reason ? labelOf(*reason) : exits->value(3).toString());
        left.detail = exits->value(4).toString();
        left.who = exits->value(5).toString();
        entries.append(left);
    }
    return entries;
}

} // namespace abonent
