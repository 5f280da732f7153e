#include "CallDrafts.h"

#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

bool CallDraft::hasContent() const
{
    return !topic.trimmed().isEmpty() || !summary.trimmed().isEmpty() || !pendingTags.isEmpty()
        || noConversationOfChoice(outcome).has_value() || (!conduct.isEmpty() && conduct != codeOf(Conduct::Normal));
}

CallDraftStore::CallDraftStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> CallDraftStore::save(const CallDraft& draft)
{
    if (draft.desk.isEmpty() || !draft.startedAt.isValid()) {
        return makeError(Error::Code::Invalid, tr("A call draft needs its desk and the time the call started."));
    }
    const QVariantList values {draft.desk,
                               draft.callerId,
                               draft.customerId > 0 ? QVariant(draft.customerId) : QVariant(),
                               draft.operatorId ? QVariant(*draft.operatorId) : QVariant(),
                               sql::toEpoch(draft.startedAt),
                               std::max(0, draft.durationSeconds),
                               draft.topic,
                               draft.summary,
                               draft.outcome,
                               draft.conduct,
                               encodeTags(draft.pendingTags),
                               sql::toEpoch(QDateTime::currentDateTimeUtc())};
    QSqlQuery query(m_db);
    if (draft.id > 0) {
        QVariantList withId = values;
        withId.append(draft.id);
        if (Status status = sql::exec(query,
                                      QStringLiteral("UPDATE call_drafts SET desk = ?, caller_id = ?, customer_id = ?,"
                                                     " operator_id = ?, started_at = ?, duration_seconds = ?,"
                                                     " topic = ?, summary = ?, outcome = ?, conduct = ?,"
                                                     " pending_tags = ?, saved_at = ? WHERE id = ?"),
                                      withId);
            !status) {
            return status.error();
        }
        if (query.numRowsAffected() == 1) {
            return draft.id;
        }
        // Discarded meanwhile (at another desk, or by a check): keep typing into a new one.
    }
    return sql::insert(query,
                       QStringLiteral("INSERT INTO call_drafts (desk, caller_id, customer_id, operator_id,"
                                      " started_at, duration_seconds, topic, summary, outcome, conduct,"
                                      " pending_tags, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       values);
}

Status CallDraftStore::discard(qint64 draftId)
{
    QSqlQuery query(m_db);
    return sql::exec(query, QStringLiteral("DELETE FROM call_drafts WHERE id = ?"), {draftId});
}

Result<QList<CallDraft>> CallDraftStore::leftAt(const QString& desk) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT id, desk, caller_id, customer_id, operator_id, started_at,"
                                            " duration_seconds, topic, summary, outcome, conduct, pending_tags,"
                                            " saved_at FROM call_drafts WHERE desk = ? ORDER BY started_at, id"),
                             {desk});
    if (!query) {
        return query.error();
    }
    QList<CallDraft> drafts;
    while (query->next()) {
        CallDraft draft;
        draft.id = query->value(0).toLongLong();
        draft.desk = query->value(1).toString();
        draft.callerId = query->value(2).toString();
        draft.customerId = query->value(3).isNull() ? 0 : query->value(3).toLongLong();
        if (!query->value(4).isNull()) {
            draft.operatorId = query->value(4).toLongLong();
        }
        draft.startedAt = sql::fromEpoch(query->value(5).toLongLong());
        draft.durationSeconds = query->value(6).toInt();
        draft.topic = query->value(7).toString();
        draft.summary = query->value(8).toString();
        draft.outcome = query->value(9).toString();
        draft.conduct = query->value(10).toString();
        draft.pendingTags = decodeTags(query->value(11).toString());
        draft.savedAt = sql::fromEpoch(query->value(12).toLongLong());
        drafts.append(draft);
    }
    return drafts;
}

QString CallDraftStore::encodeTags(const QList<TagRequest>& tags)
{
    QJsonArray array;
    for (const TagRequest& tag : tags) {
        QJsonArray evidence;
        for (qint64 contact : tag.evidence) {
            evidence.append(QString::number(contact));
        }
        QJsonObject object {{QStringLiteral("tag"), QString::number(tag.tagId)},
                            {QStringLiteral("reason"), tag.reason},
                            {QStringLiteral("evidence"), evidence},
                            {QStringLiteral("never"), tag.neverExpires}};
        if (tag.expiresAt.isValid()) {
            object.insert(QStringLiteral("expires"), QString::number(sql::toEpoch(tag.expiresAt)));
        }
        array.append(object);
    }
    return array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TagRequest> CallDraftStore::decodeTags(const QString& text)
{
    QList<TagRequest> tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        TagRequest tag;
        tag.tagId = object.value(QStringLiteral("tag")).toString().toLongLong();
        if (tag.tagId <= 0) {
            continue;
        }
        tag.reason = object.value(QStringLiteral("reason")).toString();
        for (const QJsonValue& contact : object.value(QStringLiteral("evidence")).toArray()) {
            tag.evidence.append(contact.toString().toLongLong());
        }
        tag.neverExpires = object.value(QStringLiteral("never")).toBool();
        if (object.contains(QStringLiteral("expires"))) {
            tag.expiresAt = sql::fromEpoch(object.value(QStringLiteral("expires")).toString().toLongLong());
        }
        tags.append(tag);
    }
    return tags;
}

} // namespace abonent
