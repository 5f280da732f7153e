#include "TimelineSources.h"

#include "AuditLog.h"
#include "CaseService.h"
#include "DomainTypes.h"
#include "LetterService.h"
#include "SqlSupport.h"
#include "TagService.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace abonent {

namespace {

Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status status = sql::exec(query, statement, values); !status) {
        return status.error();
    }
    return query;
}

} // namespace

QString ChangeTimelineSource::fieldLabel(const QString& key)
{
    // The keys CustomerService writes into the audit log for an edit.
    if (key == QLatin1String("contract")) {
        return tr("contract number");
    }
    if (key == QLatin1String("kind")) {
        return tr("person or company");
    }
    if (key == QLatin1String("name")) {
        return tr("name");
    }
    if (key == QLatin1String("address")) {
        return tr("address");
    }
    if (key == QLatin1String("email")) {
        return tr("e-mail");
    }
    if (key == QLatin1String("since")) {
        return tr("customer since");
    }
    if (key == QLatin1String("phones")) {
        return tr("phones");
    }
    return key;
}

Result<QList<TimelineEntry>> ContactTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto query = select(db,
                        QStringLiteral("SELECT k.id, k.started_at, k.channel, k.duration_s, o.name, k.topic, k.summary,"
                                       " k.outcome, k.conduct FROM contacts k LEFT JOIN operators o"
                                       " ON o.id = k.operator_id WHERE k.customer_id = ?"),
                        {customerId});
    if (!query) {
        return query.error();
    }
    QList<TimelineEntry> entries;
    while (query->next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Contact;
        entry.sourceId = query->value(0).toLongLong();
        entry.at = sql::fromEpoch(query->value(1).toLongLong());
        entry.code = query->value(2).toString();
        entry.durationSeconds = query->value(3).toInt();
        entry.who = query->value(4).toString();
        const QString topic = query->value(5).toString();
        const auto channel = fromCode<Channel>(entry.code);
        entry.title = channel ? labelOf(*channel) : entry.code;
        if (!topic.isEmpty()) {
            entry.title += QLatin1String(": ") + topic;
        }
        entry.detail = query->value(6).toString();
        if (const auto outcome = fromCode<Outcome>(query->value(7).toString());
            outcome && *outcome != Outcome::Resolved) {
            entry.detail =
                entry.detail.isEmpty() ? labelOf(*outcome) : entry.detail + QStringLiteral(" — ") + labelOf(*outcome);
        }
        const QString conduct = query->value(8).toString();
        entry.conduct = conduct == codeOf(Conduct::Normal) ? QString() : conduct;
        entries.append(entry);
    }
    return entries;
}

Result<QList<TimelineEntry>> PaymentTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto query = select(db,
                        QStringLiteral("SELECT id, paid_on, kind, amount_minor, currency, note FROM payments"
                                       " WHERE customer_id = ?"),
                        {customerId});
    if (!query) {
        return query.error();
    }
    QList<TimelineEntry> entries;
    while (query->next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Payment;
        entry.sourceId = query->value(0).toLongLong();
        // A payment is dated, not timed: it sits at the start of its day.
        entry.at = sql::fromDateValue(query->value(1)).startOfDay(Qt::UTC);
        entry.code = query->value(2).toString();
        const auto kind = fromCode<PaymentKind>(entry.code);
        entry.amount = Money {query->value(3).toLongLong(), query->value(4).toString()};
        if (kind && isOutgoing(*kind)) {
            entry.amount.minor = -entry.amount.minor;
        }
        entry.title = kind ? labelOf(*kind) : entry.code;
        entry.detail = query->value(5).toString();
        entries.append(entry);
    }
    return entries;
}

Result<QList<TimelineEntry>> PlanTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto query = select(db,
                        QStringLiteral("SELECT pp.id, pp.starts_on, p.name, p.monthly_fee_minor, p.currency"
                                       " FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                       " WHERE pp.customer_id = ? ORDER BY pp.starts_on"),
                        {customerId});
    if (!query) {
        return query.error();
    }
    QList<TimelineEntry> entries;
    bool first = true;
    while (query->next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::PlanPeriod;
        entry.sourceId = query->value(0).toLongLong();
        entry.at = sql::fromDateValue(query->value(1)).startOfDay(Qt::UTC);
        entry.code = first ? QStringLiteral("plan.start") : QStringLiteral("plan.change");
        entry.title = (first ? tr("Plan: %1") : tr("Plan changed to %1")).arg(query->value(2).toString());
        entry.amount = Money {query->value(3).toLongLong(), query->value(4).toString()};
        entries.append(entry);
        first = false;
    }
    return entries;
}

Result<QList<TimelineEntry>> ChangeTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    // Plan changes, payments, tags and cases show as their own entries already.
    auto query = select(db,
                        QStringLiteral("SELECT a.id, a.at, a.action, o.name, a.before, a.after, a.reason"
                                       " FROM audit_log a LEFT JOIN operators o ON o.id = a.operator_id"
                                       " WHERE a.customer_id = ? AND a.action <> ? AND a.action <> ?"
                                       " AND a.action NOT LIKE 'tag.%' AND a.action NOT LIKE 'case.%'"
                                       " AND a.action NOT LIKE 'letter.%'"
                                       " AND a.action <> ?"),
                        {customerId, AuditLog::planChanged(), AuditLog::paymentRecorded(), AuditLog::customerLeft()});
    if (!query) {
        return query.error();
    }
    QList<TimelineEntry> entries;
    while (query->next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Change;
        entry.sourceId = query->value(0).toLongLong();
        entry.at = sql::fromEpoch(query->value(1).toLongLong());
        entry.code = query->value(2).toString();
        entry.who = query->value(3).toString();
        const QJsonObject after = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
        const QString reason = query->value(6).toString();
        if (entry.code == AuditLog::customerCreated()) {
            entry.title = tr("Customer record created");
        } else if (entry.code == AuditLog::notesSaved()) {
            entry.title = tr("Notes saved");
        } else if (entry.code == AuditLog::statusChanged()) {
            const auto status = fromCode<CustomerStatus>(after.value(QStringLiteral("status")).toString());
            entry.title =
                tr("Status: %1").arg(status ? labelOf(*status) : after.value(QStringLiteral("status")).toString());
            entry.detail = reason;
        } else {
            QStringList fields;
            for (const QString& key : after.keys()) {
                fields << fieldLabel(key);
            }
            entry.title = tr("Details edited: %1").arg(fields.join(QLatin1String(", ")));
            entry.detail = reason;
        }
        entries.append(entry);
    }
    return entries;
}

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
                detail << tr("clause %1, ends %2, refund %3")
                              .arg(step.clause,
                                   locale.toString(step.terminationOn, QLocale::ShortFormat),
                                   step.refund.format(locale));
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
    auto exits = select(db,
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

Result<QList<TimelineEntry>> LetterTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto letters = LetterService(db).lettersOf(customerId);
    if (!letters) {
        return letters.error();
    }
    QList<TimelineEntry> entries;
    for (const IssuedLetter& letter : letters.value()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Letter;
        entry.sourceId = letter.id;
        entry.at = letter.issuedAt;
        entry.code = codeOf(letter.kind);
        entry.title = tr("Letter %1: %2").arg(letter.number, labelOf(letter.kind));
        entry.who = letter.issuedByName;
        if (letter.isVoid()) {
            entry.detail = tr("Void: %1").arg(letter.voidReason);
        }
        entries.append(entry);
    }
    return entries;
}

std::vector<std::unique_ptr<TimelineSource>> standardTimelineSources()
{
    std::vector<std::unique_ptr<TimelineSource>> sources;
    sources.push_back(std::make_unique<ContactTimelineSource>());
    sources.push_back(std::make_unique<PaymentTimelineSource>());
    sources.push_back(std::make_unique<PlanTimelineSource>());
    sources.push_back(std::make_unique<ChangeTimelineSource>());
    sources.push_back(std::make_unique<TagTimelineSource>());
    sources.push_back(std::make_unique<CaseTimelineSource>());
    sources.push_back(std::make_unique<LetterTimelineSource>());
    return sources;
}

} // namespace abonent
