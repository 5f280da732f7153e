#include "LetterTemplates.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "LetterTemplate.h"
#include "ShippedLetters.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

LetterTemplates::LetterTemplates(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<LetterTemplateVersion>> LetterTemplates::select(const QString& condition, const QVariantList& values) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT t.id, t.kind, t.language, t.version, t.body, t.shipped,"
                                            " t.created_at, coalesce(o.name, '') FROM letter_templates t"
                                            " LEFT JOIN operators o ON o.id = t.created_by WHERE %1"
                                            " ORDER BY t.version DESC")
                                 .arg(condition),
                             values);
    if (!query) {
        return query.error();
    }
    QList<LetterTemplateVersion> found;
    while (query->next()) {
        LetterTemplateVersion version;
        version.id = query->value(0).toLongLong();
        version.kind = fromCode<LetterKind>(query->value(1).toString()).value_or(LetterKind::SupportReminder);
        version.language = query->value(2).toString();
        version.version = query->value(3).toInt();
        version.body = query->value(4).toString();
        version.shipped = query->value(5).toBool();
        version.createdAt = sql::fromEpoch(query->value(6).toLongLong());
        version.createdByName = query->value(7).toString();
        found.append(version);
    }
    return found;
}

Result<LetterTemplateVersion> LetterTemplates::current(LetterKind kind, const QString& language) const
{
    auto found = versions(kind, language);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound,
                         tr("There is no template for \"%1\" in the language \"%2\".").arg(labelOf(kind), language));
    }
    return found->first();
}

Result<LetterTemplateVersion> LetterTemplates::find(qint64 id) const
{
    auto found = select(QStringLiteral("t.id = ?"), {id});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("Letter template %1 does not exist.").arg(id));
    }
    return found->first();
}

Result<QList<LetterTemplateVersion>> LetterTemplates::versions(LetterKind kind, const QString& language) const
{
    return select(QStringLiteral("t.kind = ? AND t.language = ?"), {codeOf(kind), language});
}

Result<LetterTemplateVersion>
LetterTemplates::save(const Actor& actor, LetterKind kind, const QString& language, const QString& body)
{
    if (body.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("A template cannot be empty."));
    }
    if (auto names = LetterTemplate(body).placeholders(); !names) {
        return names.error();
    }
    return insert(actor, kind, language, body, false);
}

Result<LetterTemplateVersion>
LetterTemplates::restoreShipped(const Actor& actor, LetterKind kind, const QString& language)
{
    const QString body = ShippedLetters::body(kind, language);
    if (body.isEmpty()) {
        return makeError(Error::Code::NotFound, tr("Abonent ships no template for this kind and language."));
    }
    return insert(actor, kind, language, body, true);
}

Result<LetterTemplateVersion>
LetterTemplates::insert(const Actor& actor, LetterKind kind, const QString& language, const QString& body, bool shipped)
{
    if (Status allowed =
            Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can change letter templates."));
        !allowed) {
        return allowed.error();
    }
    if (!ShippedLetters::languages().contains(language)) {
        return makeError(Error::Code::Invalid, tr("Letters are written in English, Russian or Ukrainian."));
    }
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto last = sql::scalar(m_db,
                                QStringLiteral("SELECT coalesce(max(version), 0) FROM letter_templates"
                                               " WHERE kind = ? AND language = ?"),
                                {codeOf(kind), language});
        if (!last) {
            return last.error();
        }
        const int version = last->toInt() + 1;
        QSqlQuery query(m_db);
        auto inserted = sql::insert(query,
                                    QStringLiteral("INSERT INTO letter_templates (kind, language, version, body,"
                                                   " shipped, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {codeOf(kind),
                                     language,
                                     version,
                                     body,
                                     shipped ? 1 : 0,
                                     sql::toEpoch(QDateTime::currentDateTimeUtc()),
                                     actor.operatorId ? QVariant(*actor.operatorId) : QVariant()});
        if (!inserted) {
            return inserted.error();
        }
        const qint64 id = inserted.value();
        if (Status audited = AuditLog(m_db).record(actor,
                                                   0,
                                                   AuditLog::letterTemplateSaved(),
                                                   {},
                                                   {{QStringLiteral("kind"), codeOf(kind)},
                                                    {QStringLiteral("language"), language},
                                                    {QStringLiteral("version"), version},
                                                    {QStringLiteral("shipped"), shipped}});
            !audited) {
            return audited.error();
        }
        return id;
    });
    if (!id) {
        return id.error();
    }
    return find(id.value());
}

} // namespace abonent
