#include "TagCatalogue.h"

#include "DomainTypes.h"
#include "ShippedTags.h"
#include "SqlSupport.h"

#include <algorithm>

namespace abonent {

TagCatalogue::TagCatalogue(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QLatin1String TagCatalogue::columns()
{
    return QLatin1String("t.id, t.shipped_key, t.name, t.guidance, t.colour, t.severity, t.marks_problem,"
                         " t.default_expiry_days, t.retired_at");
}

Tag TagCatalogue::fromRow(const QSqlQuery& query, int first)
{
    Tag tag;
    tag.id = query.value(first).toLongLong();
    tag.shippedKey = query.value(first + 1).toString();
    tag.name = query.value(first + 2).toString();
    tag.guidance = query.value(first + 3).toString();
    tag.customText = !tag.name.isEmpty();
    if (const ShippedTag* shipped = ShippedTags::find(tag.shippedKey); shipped && !tag.customText) {
        tag.name = ShippedTags::name(*shipped);
        tag.guidance = ShippedTags::guidance(*shipped);
    }
    tag.colour = query.value(first + 4).toString();
    tag.severity = fromCode<Severity>(query.value(first + 5).toString()).value_or(Severity::Info);
    tag.marksProblem = query.value(first + 6).toBool();
    tag.defaultExpiryDays = query.value(first + 7).toInt();
    tag.retired = !query.value(first + 8).isNull();
    return tag;
}

bool TagCatalogue::displayOrder(const Tag& a, const Tag& b)
{
    if (a.marksProblem != b.marksProblem) {
        return a.marksProblem;
    }
    if (a.severity != b.severity) {
        return a.severity > b.severity;
    }
    return a.name.localeAwareCompare(b.name) < 0;
}

Result<QList<Tag>> TagCatalogue::tags(bool includeRetired) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM tags t")
                                 + (includeRetired ? QString() : QStringLiteral(" WHERE t.retired_at IS NULL")));
    if (!query) {
        return query.error();
    }
    QList<Tag> tags;
    while (query->next()) {
        tags.append(fromRow(query.value()));
    }
    std::sort(tags.begin(), tags.end(), displayOrder);
    return tags;
}

Result<Tag> TagCatalogue::tag(qint64 id) const
{
    auto query =
        sql::select(m_db, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM tags t WHERE t.id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("Tag %1 does not exist.").arg(id));
    }
    return fromRow(query.value());
}

Result<Tag> TagCatalogue::shippedTag(const QString& key) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE shipped_key = ?"), {key});
    if (!id) {
        return makeError(Error::Code::NotFound, tr("The catalogue has no tag \"%1\".").arg(key));
    }
    return tag(id.value().toLongLong());
}

} // namespace abonent
