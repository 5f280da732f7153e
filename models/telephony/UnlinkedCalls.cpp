#include "UnlinkedCalls.h"

#include "AuditLog.h"
#include "ChangeNotifier.h"
#include "ContactRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

namespace {

const QString kColumns = QStringLiteral("u.id, u.caller_id, u.started_at, u.duration_s, u.operator_id, u.topic,"
                                        " u.summary, u.outcome, u.conduct, u.no_conversation, u.recorded_at, o.name");

UnlinkedCall fromRow(const QSqlQuery& row)
{
    UnlinkedCall call;
    call.id = row.value(0).toLongLong();
    call.callerId = row.value(1).toString();
    call.note.channel = Channel::PhoneIn;
    call.note.startedAt = sql::fromEpoch(row.value(2).toLongLong());
    call.note.durationSeconds = row.value(3).toInt();
    if (!row.value(4).isNull()) {
        call.note.operatorId = row.value(4).toLongLong();
    }
    call.note.topic = row.value(5).toString();
    call.note.summary = row.value(6).toString();
    call.note.outcome = fromCode<Outcome>(row.value(7).toString()).value_or(Outcome::Resolved);
    call.note.conduct = fromCode<Conduct>(row.value(8).toString()).value_or(Conduct::Normal);
    call.note.noConversation = fromCode<NoConversation>(row.value(9).toString());
    call.recordedAt = sql::fromEpoch(row.value(10).toLongLong());
    call.operatorName = row.value(11).toString();
    return call;
}

} // namespace

UnlinkedCalls::UnlinkedCalls(QSqlDatabase db, ChangeNotifier* notifier)
    : m_db(std::move(db))
    , m_notifier(notifier)
{
}

Result<qint64> UnlinkedCalls::keep(const Actor& actor, const QString& callerId, const Contact& note)
{
    if (!note.startedAt.isValid()) {
        return makeError(Error::Code::Invalid, tr("A call needs the time it started."));
    }
    if (Status described = ContactRepository::checkDescribed(note); !described) {
        return described.error();
    }
    QSqlQuery insert(m_db);
    return sql::insert(insert,
                       QStringLiteral("INSERT INTO unlinked_calls (caller_id, started_at, duration_s, operator_id,"
                                      " topic, summary, outcome, conduct, no_conversation, recorded_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {callerId,
                        sql::toEpoch(note.startedAt),
                        std::max(0, note.durationSeconds),
                        actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                        note.topic,
                        note.summary,
                        codeOf(note.outcome),
                        codeOf(note.conduct),
                        note.noConversation ? QVariant(codeOf(*note.noConversation)) : QVariant(),
                        sql::toEpoch(QDateTime::currentDateTimeUtc())});
}

Result<QList<UnlinkedCall>> UnlinkedCalls::waiting() const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(" FROM unlinked_calls u LEFT JOIN operators o ON o.id = u.operator_id"
                                                  " WHERE u.settled_at IS NULL ORDER BY u.started_at, u.id"));
    if (!query) {
        return query.error();
    }
    QList<UnlinkedCall> calls;
    while (query->next()) {
        calls.append(fromRow(query.value()));
    }
    return calls;
}

Result<int> UnlinkedCalls::waitingCount() const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM unlinked_calls WHERE settled_at IS NULL"));
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<UnlinkedCall> UnlinkedCalls::waitingCall(qint64 callId) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(", u.settled_at FROM unlinked_calls u"
                                                  " LEFT JOIN operators o ON o.id = u.operator_id WHERE u.id = ?"),
                             {callId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("Unlinked call %1 does not exist.").arg(callId));
    }
    if (!query->value(12).isNull()) {
        // Another desk was quicker: say so rather than record the call twice.
        return makeError(Error::Code::Conflict, tr("This call was already linked or set aside at another desk."));
    }
    return fromRow(query.value());
}

Result<qint64> UnlinkedCalls::link(const Actor& actor, qint64 callId, qint64 customerId)
{
    auto contact = inTransaction(m_db, [&]() -> Result<qint64> {
        auto call = waitingCall(callId);
        if (!call) {
            return call.error();
        }
        Contact note = call->note;
        note.customerId = customerId;
        auto added = ContactRepository(m_db).add(note);
        if (!added) {
            return added;
        }
        QSqlQuery update(m_db);
        if (Status settled = sql::exec(update,
                                       QStringLiteral("UPDATE unlinked_calls SET contact_id = ?, settled_at = ?,"
                                                      " settled_by = ? WHERE id = ?"),
                                       {added.value(),
                                        sql::toEpoch(QDateTime::currentDateTimeUtc()),
                                        actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                        callId});
            !settled) {
            return settled.error();
        }
        // Its recording goes with it: the customer's evidence from now on.
        if (Status moved = sql::exec(update,
                                     QStringLiteral("UPDATE call_recordings SET contact_id = ?"
                                                    " WHERE unlinked_call_id = ? AND contact_id IS NULL"),
                                     {added.value(), callId});
            !moved) {
            return moved.error();
        }
        if (Status audited = AuditLog(m_db).record(
                actor,
                customerId,
                AuditLog::callLinked(),
                {},
                {{QStringLiteral("contact"), added.value()}, {QStringLiteral("caller"), call->callerId}});
            !audited) {
            return audited.error();
        }
        return added;
    });
    if (contact && m_notifier) {
        emit m_notifier->customerChanged(customerId);
        emit m_notifier->unlinkedCallsChanged();
    }
    return contact;
}

Status UnlinkedCalls::dismiss(const Actor& actor, qint64 callId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why this call belongs to no customer; the reason is kept."));
    }
    Status dismissed = inTransaction(m_db, [&]() -> Status {
        auto call = waitingCall(callId);
        if (!call) {
            return call.error();
        }
        QSqlQuery update(m_db);
        if (Status settled = sql::exec(update,
                                       QStringLiteral("UPDATE unlinked_calls SET settled_at = ?, settled_by = ?,"
                                                      " dismiss_reason = ? WHERE id = ?"),
                                       {sql::toEpoch(QDateTime::currentDateTimeUtc()),
                                        actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                        reason.trimmed(),
                                        callId});
            !settled) {
            return settled;
        }
        return AuditLog(m_db).record(
            actor,
            0,
            AuditLog::callSetAside(),
            {},
            {{QStringLiteral("unlinked_call"), callId}, {QStringLiteral("caller"), call->callerId}},
            reason.trimmed());
    });
    if (dismissed && m_notifier) {
        emit m_notifier->unlinkedCallsChanged();
    }
    return dismissed;
}

} // namespace abonent
