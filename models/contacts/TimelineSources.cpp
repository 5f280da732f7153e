#include "TimelineSources.h"

#include "AuditLog.h"
#include "DomainTypes.h"
#include "PlanFees.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace abonent {

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
    auto query =
        sql::select(db,
                    QStringLiteral("SELECT k.id, k.started_at, k.channel, k.duration_s, o.name, k.topic, k.summary,"
                                   " k.outcome, k.conduct, k.no_conversation,"
                                   " (SELECT max(r.id) FROM call_recordings r WHERE r.contact_id = k.id)"
                                   " FROM contacts k LEFT JOIN operators o"
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
        const auto noConversation = fromCode<NoConversation>(query->value(9).toString());
        if (!topic.isEmpty()) {
            entry.title += QLatin1String(": ") + topic;
        } else if (noConversation) {
            entry.title += QLatin1String(": ") + labelOf(*noConversation);
        }
        entry.detail = query->value(6).toString();
        if (const auto outcome = fromCode<Outcome>(query->value(7).toString());
            outcome && *outcome != Outcome::Resolved && !noConversation) {
            entry.detail =
                entry.detail.isEmpty() ? labelOf(*outcome) : entry.detail + QStringLiteral(" — ") + labelOf(*outcome);
        }
        const QString conduct = query->value(8).toString();
        entry.conduct = conduct == codeOf(Conduct::Normal) ? QString() : conduct;
        entry.recordingId = query->value(10).toLongLong();
        entries.append(entry);
    }
    return entries;
}

Result<QList<TimelineEntry>> PaymentTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto query = sql::select(db,
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
    auto query = sql::select(db,
                             QStringLiteral("SELECT pp.id, pp.starts_on, p.name, %1, p.currency"
                                            " FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                            " WHERE pp.customer_id = ? ORDER BY pp.starts_on")
                                 .arg(PlanFees::feeOnSql(QStringLiteral("p.id"),
                                                         QStringLiteral("pp.starts_on"),
                                                         QStringLiteral("p.monthly_fee_minor"))),
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
    auto query =
        sql::select(db,
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
        } else if (entry.code == AuditLog::callLinked()) {
            entry.title = tr("Call linked from the unlinked calls");
        } else if (entry.code == AuditLog::statusChanged()) {
            const auto status = fromCode<CustomerStatus>(after.value(QStringLiteral("status")).toString());
            // An erasure blanks what the log quoted, the new status included.
            entry.title = status ? tr("Status: %1").arg(labelOf(*status)) : tr("Status changed");
            entry.detail = reason;
        } else if (entry.code == AuditLog::customerErased()) {
            entry.title = tr("Personal data erased at the person's request");
        } else {
            QStringList fields;
            for (const QString& key : after.keys()) {
                fields << fieldLabel(key);
            }
            entry.title = fields.isEmpty() ? tr("Details edited")
                                           : tr("Details edited: %1").arg(fields.join(QLatin1String(", ")));
            entry.detail = reason;
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace abonent
