#include "CallRouting.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "CallerLookup.h"
#include "DomainTypes.h"
#include "OfficeSettings.h"
#include "SqlSupport.h"
#include "TagCatalogue.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace abonent {

namespace {

QSet<qint64> idsOf(const QString& text)
{
    QSet<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0) {
            ids.insert(id);
        }
    }
    return ids;
}

QString textOf(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 id : sorted) {
        parts << QString::number(id);
    }
    // "none" rather than an empty text: an empty choice is a choice, not "never set".
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

} // namespace

QString CallerRoute::codeOf(Route route)
{
    switch (route) {
    case Route::Difficult:
        return QStringLiteral("difficult");
    case Route::Vip:
        return QStringLiteral("vip");
    case Route::Normal:
        break;
    }
    return QStringLiteral("normal");
}

CallRouting::CallRouting(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<RoutingRules> CallRouting::rules(const QSqlDatabase& db)
{
    const OfficeSettings office(db);
    RoutingRules rules;
    // Never set: the defaults.
    auto difficult = office.text(QLatin1String(kDifficultTagsKey), QString());
    if (!difficult) {
        return difficult.error();
    }
    if (!difficult->isNull()) {
        rules.difficultTags = idsOf(difficult.value());
    }
    auto vip = office.text(QLatin1String(kVipTagsKey), QString());
    if (!vip) {
        return vip.error();
    }
    if (!vip->isNull()) {
        rules.vipTags = idsOf(vip.value());
    } else if (auto shipped = TagCatalogue(db).shippedTag(QStringLiteral("vip"))) {
        rules.vipTags.insert(shipped->id);
    }
    return rules;
}

Result<QSet<qint64>> CallRouting::calmOperators(const QSqlDatabase& db)
{
    return sql::idSet(db, QStringLiteral("SELECT id FROM operators WHERE takes_difficult_callers = 1"));
}

Status CallRouting::saveRules(const Actor& actor,
                              const QSqlDatabase& db,
                              const RoutingRules& rules,
                              const QSet<qint64>& calmOperators)
{
    if (Status allowed = Authorization(db).requireManager(
            actor, tr("Only a manager or the owner decides how callers are routed and who takes difficult ones."));
        !allowed) {
        return allowed;
    }
    return inTransaction(db, [&]() -> Status {
        auto before = CallRouting::rules(db);
        auto calmBefore = CallRouting::calmOperators(db);
        if (!before || !calmBefore) {
            return !before ? before.error() : calmBefore.error();
        }
        OfficeSettings office(db);
        if (rules.difficultTags) {
            if (Status saved = office.setText(QLatin1String(kDifficultTagsKey), textOf(*rules.difficultTags)); !saved) {
                return saved;
            }
        }
        if (Status saved = office.setText(QLatin1String(kVipTagsKey), textOf(rules.vipTags)); !saved) {
            return saved;
        }
        QSqlQuery update(db);
        if (!update.prepare(QStringLiteral("UPDATE operators SET takes_difficult_callers = ? WHERE id = ?"))) {
            return sql::queryError(update);
        }
        for (qint64 id : calmBefore.value() + calmOperators) {
            if (Status set = sql::execPrepared(update, {calmOperators.contains(id) ? 1 : 0, id}); !set) {
                return set;
            }
        }
        const auto asJson = [](const RoutingRules& each, const QSet<qint64>& calm) {
            return QJsonObject {
                {QStringLiteral("difficultTags"),
                 each.difficultTags ? textOf(*each.difficultTags) : QStringLiteral("every problem tag")},
                {QStringLiteral("vipTags"), textOf(each.vipTags)},
                {QStringLiteral("calmOperators"), textOf(calm)}};
        };
        return AuditLog(db).record(actor,
                                   0,
                                   AuditLog::settingsChanged(),
                                   asJson(before.value(), calmBefore.value()),
                                   asJson(rules, calmOperators));
    });
}

CallerRoute::Route CallRouting::routeFor(const QList<ActiveTag>& tags, const RoutingRules& rules)
{
    CallerRoute::Route route = CallerRoute::Route::Normal;
    for (const ActiveTag& tag : tags) {
        if (rules.difficultTags ? rules.difficultTags->contains(tag.tag.id) : tag.tag.marksProblem) {
            return CallerRoute::Route::Difficult;
        }
        if (rules.vipTags.contains(tag.tag.id)) {
            route = CallerRoute::Route::Vip;
        }
    }
    return route;
}

Result<QString> CallRouting::lastOperatorOf(qint64 customerId) const
{
    QStringList conversations;
    QVariantList values {customerId};
    for (const QString& code : conversationChannelCodes()) {
        conversations << QStringLiteral("?");
        values << code;
    }
    auto last = sql::select(m_db,
                            QStringLiteral("SELECT o.login FROM contacts k JOIN operators o ON o.id = k.operator_id"
                                           " WHERE k.customer_id = ? AND k.channel IN (%1)"
                                           " ORDER BY k.started_at DESC, k.id DESC LIMIT 1")
                                .arg(conversations.join(QLatin1String(", "))),
                            values);
    if (!last) {
        return last.error();
    }
    return last->next() ? last->value(0).toString() : QString();
}

Result<CallerRoute> CallRouting::routeOf(const QString& callerId) const
{
    CallerRoute answer;
    if (CallerLookup::isTooLong(callerId)) {
        return answer; // nobody's number
    }
    auto country = OfficeSettings(m_db).defaultCountry();
    if (!country) {
        return country.error();
    }
    auto found = CallerLookup(m_db, country.value()).lookup(callerId);
    if (!found) {
        return found.error();
    }
    answer.matches = static_cast<int>(found->matches.size());
    if (found->matches.isEmpty()) {
        return answer;
    }
    const CallerMatch& caller = found->matches.first();
    answer.contract = caller.contract;
    answer.name = caller.name;
    answer.status = abonent::codeOf(caller.status);
    auto rules = CallRouting::rules(m_db);
    if (!rules) {
        return rules.error();
    }
    auto tags = TagService(m_db).activeTagsOf(caller.customerId);
    if (!tags) {
        return tags.error();
    }
    answer.route = routeFor(tags.value(), rules.value());
    auto last = lastOperatorOf(caller.customerId);
    if (!last) {
        return last.error();
    }
    answer.lastOperator = last.value();
    return answer;
}

} // namespace abonent
