#include "TagService.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "ChangeNotifier.h"
#include "ContactRepository.h"
#include "ErasedCustomers.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TagCatalogue.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace abonent {

TagService::TagService(QSqlDatabase db, ChangeNotifier* notifier, Clock clock)
    : m_db(std::move(db))
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{
}

Status TagService::requireCatalogueRights(const Actor& actor) const
{
    return Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can change the tag catalogue."));
}

void TagService::announce(qint64 customerId) const
{
    if (!m_notifier) {
        return;
    }
    if (customerId > 0) {
        emit m_notifier->customerChanged(customerId);
    } else {
        emit m_notifier->catalogueChanged();
    }
}

Result<QList<Tag>> TagService::catalogue(bool includeRetired) const
{
    return TagCatalogue(m_db).tags(includeRetired);
}

Result<Tag> TagService::tag(qint64 id) const
{
    return TagCatalogue(m_db).tag(id);
}

Result<Tag> TagService::shippedTag(const QString& key) const
{
    return TagCatalogue(m_db).shippedTag(key);
}

Status TagService::validate(const Tag& tag) const
{
    if (tag.name.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("A tag needs a name."));
    }
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(tag.colour).hasMatch()) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not a colour like #c62828.").arg(tag.colour));
    }
    if (tag.defaultExpiryDays < 0 || tag.defaultExpiryDays > 3650) {
        return makeError(Error::Code::Invalid, tr("A tag expires after 1 to 3,650 days, or never."));
    }
    auto catalogue = this->catalogue(true);
    if (!catalogue) {
        return catalogue.error();
    }
    for (const Tag& other : catalogue.value()) {
        if (other.id != tag.id && other.name.compare(tag.name.trimmed(), Qt::CaseInsensitive) == 0) {
            return makeError(Error::Code::Conflict, tr("The catalogue already has a tag \"%1\".").arg(other.name));
        }
    }
    return {};
}

Result<qint64> TagService::addTag(const Actor& actor, const Tag& tag)
{
    if (Status allowed = requireCatalogueRights(actor); !allowed) {
        return allowed.error();
    }
    if (Status valid = validate(tag); !valid) {
        return valid.error();
    }
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        QSqlQuery insert(m_db);
        auto inserted = sql::insert(insert,
                                    QStringLiteral("INSERT INTO tags (name, guidance, colour, severity, marks_problem,"
                                                   " default_expiry_days) VALUES (?, ?, ?, ?, ?, ?)"),
                                    {tag.name.trimmed(),
                                     tag.guidance.trimmed(),
                                     tag.colour.toLower(),
                                     codeOf(tag.severity),
                                     tag.marksProblem ? 1 : 0,
                                     tag.defaultExpiryDays > 0 ? QVariant(tag.defaultExpiryDays) : QVariant()});
        if (!inserted) {
            return inserted.error();
        }
        const qint64 added = inserted.value();
        if (Status audited =
                AuditLog(m_db).record(actor,
                                      0,
                                      AuditLog::tagCatalogueChanged(),
                                      {},
                                      {{QStringLiteral("tag"), added}, {QStringLiteral("name"), tag.name.trimmed()}});
            !audited) {
            return audited.error();
        }
        return added;
    });
    if (id) {
        announce(0);
    }
    return id;
}

Status TagService::updateTag(const Actor& actor, const Tag& tag)
{
    if (Status allowed = requireCatalogueRights(actor); !allowed) {
        return allowed.error();
    }
    if (Status valid = validate(tag); !valid) {
        return valid;
    }
    Status updated = inTransaction(m_db, [&]() -> Status {
        auto before = this->tag(tag.id);
        if (!before) {
            return before.error();
        }
        // A shipped entry keeps following the translations until its words change.
        const bool sameWords = !before->shippedKey.isEmpty() && !before->customText
            && before->name == tag.name.trimmed() && before->guidance == tag.guidance.trimmed();
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE tags SET name = ?, guidance = ?, colour = ?, severity = ?,"
                                                     " marks_problem = ?, default_expiry_days = ? WHERE id = ?"),
                                      {sameWords ? QString() : tag.name.trimmed(),
                                       sameWords ? QString() : tag.guidance.trimmed(),
                                       tag.colour.toLower(),
                                       codeOf(tag.severity),
                                       tag.marksProblem ? 1 : 0,
                                       tag.defaultExpiryDays > 0 ? QVariant(tag.defaultExpiryDays) : QVariant(),
                                       tag.id});
            !status) {
            return status;
        }
        return AuditLog(m_db).record(actor,
                                     0,
                                     AuditLog::tagCatalogueChanged(),
                                     {{QStringLiteral("tag"), tag.id}, {QStringLiteral("name"), before->name}},
                                     {{QStringLiteral("tag"), tag.id}, {QStringLiteral("name"), tag.name.trimmed()}});
    });
    if (updated) {
        announce(0);
    }
    return updated;
}

Status TagService::restoreShippedText(const Actor& actor, qint64 tagId)
{
    if (Status allowed = requireCatalogueRights(actor); !allowed) {
        return allowed.error();
    }
    Status restored = inTransaction(m_db, [&]() -> Status {
        auto before = tag(tagId);
        if (!before) {
            return before.error();
        }
        if (before->shippedKey.isEmpty()) {
            return makeError(Error::Code::Invalid, tr("\"%1\" is not a shipped tag.").arg(before->name));
        }
        QSqlQuery update(m_db);
        if (Status status =
                sql::exec(update, QStringLiteral("UPDATE tags SET name = '', guidance = '' WHERE id = ?"), {tagId});
            !status) {
            return status;
        }
        return AuditLog(m_db).record(actor,
                                     0,
                                     AuditLog::tagCatalogueChanged(),
                                     {{QStringLiteral("tag"), tagId}, {QStringLiteral("name"), before->name}},
                                     {{QStringLiteral("tag"), tagId}, {QStringLiteral("restored"), true}});
    });
    if (restored) {
        announce(0);
    }
    return restored;
}

Status TagService::setRetired(const Actor& actor, qint64 tagId, bool retired)
{
    if (Status allowed = requireCatalogueRights(actor); !allowed) {
        return allowed.error();
    }
    Status changed = inTransaction(m_db, [&]() -> Status {
        auto before = tag(tagId);
        if (!before) {
            return before.error();
        }
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE tags SET retired_at = ? WHERE id = ?"),
                                      {retired ? QVariant(sql::toEpoch(now())) : QVariant(), tagId});
            !status) {
            return status;
        }
        if (update.numRowsAffected() != 1) {
            return makeError(Error::Code::NotFound, tr("Tag %1 does not exist.").arg(tagId));
        }
        return AuditLog(m_db).record(actor,
                                     0,
                                     AuditLog::tagCatalogueChanged(),
                                     {{QStringLiteral("tag"), tagId}, {QStringLiteral("retired"), before->retired}},
                                     {{QStringLiteral("tag"), tagId}, {QStringLiteral("retired"), retired}});
    });
    if (changed) {
        announce(0);
    }
    return changed;
}

Result<qint64> TagService::usageCount(qint64 tagId) const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tag_assignments WHERE tag_id = ?"), {tagId});
    if (!count) {
        return count.error();
    }
    return count.value().toLongLong();
}

Status TagService::deleteTag(const Actor& actor, qint64 tagId)
{
    if (Status allowed = requireCatalogueRights(actor); !allowed) {
        return allowed.error();
    }
    Status deleted = inTransaction(m_db, [&]() -> Status {
        auto before = tag(tagId);
        if (!before) {
            return before.error();
        }
        auto used = usageCount(tagId);
        if (!used) {
            return used.error();
        }
        if (used.value() > 0) {
            return makeError(Error::Code::Conflict,
                             tr("\"%1\" has been set on customers %n time(s); its history stays. Retire the tag "
                                "instead: it is then no longer offered.",
                                nullptr,
                                static_cast<int>(used.value()))
                                 .arg(before->name));
        }
        QSqlQuery remove(m_db);
        if (Status status = sql::exec(remove, QStringLiteral("DELETE FROM tags WHERE id = ?"), {tagId}); !status) {
            return status;
        }
        return AuditLog(m_db).record(actor,
                                     0,
                                     AuditLog::tagCatalogueChanged(),
                                     {{QStringLiteral("tag"), tagId}, {QStringLiteral("name"), before->name}},
                                     {{QStringLiteral("deleted"), true}});
    });
    if (deleted) {
        announce(0);
    }
    return deleted;
}

Result<qint64> TagService::assignInTransaction(const Actor& actor, qint64 customerId, const TagRequest& request)
{
    if (!actor.operatorId) {
        return makeError(Error::Code::Invalid, tr("Say who is at this desk before tagging a customer."));
    }
    if (Status kept = ErasedCustomers::refuseIfErased(m_db, customerId); !kept) {
        return kept.error();
    }
    auto chosen = tag(request.tagId);
    if (!chosen) {
        return chosen.error();
    }
    const Tag& tag = chosen.value();
    if (tag.retired) {
        return makeError(Error::Code::Invalid, tr("The tag \"%1\" is retired and no longer set.").arg(tag.name));
    }
    const QString reason = request.reason.trimmed();
    if (tag.marksProblem && reason.isEmpty()) {
        return makeError(
            Error::Code::Invalid,
            tr("Say why \"%1\" is set: the next operator and the manager rely on the reason.").arg(tag.name));
    }
    const QDateTime at = now();
    QDateTime expires;
    if (!request.neverExpires) {
        expires = request.expiresAt.isValid()
            ? request.expiresAt
            : (tag.defaultExpiryDays > 0 ? at.addDays(tag.defaultExpiryDays) : QDateTime());
    }
    if (expires.isValid() && expires <= at) {
        return makeError(Error::Code::Invalid, tr("The tag would expire before it is set; choose a later date."));
    }
    auto active = activeTagsOf(customerId);
    if (!active) {
        return active.error();
    }
    for (const ActiveTag& existing : active.value()) {
        if (existing.tag.id == tag.id) {
            return makeError(
                Error::Code::Conflict,
                tr("This customer already carries \"%1\" (set %2).")
                    .arg(tag.name, existing.assignment.assignedAt.toLocalTime().date().toString(Qt::ISODate)));
        }
    }
    QSqlQuery insert(m_db);
    auto inserted = sql::insert(insert,
                                QStringLiteral("INSERT INTO tag_assignments (customer_id, tag_id, reason, assigned_at,"
                                               " assigned_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {customerId,
                                 tag.id,
                                 reason,
                                 sql::toEpoch(at),
                                 *actor.operatorId,
                                 expires.isValid() ? QVariant(sql::toEpoch(expires)) : QVariant()});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 assignment = inserted.value();
    QJsonArray evidence;
    QSqlQuery link(m_db);
    if (!link.prepare(QStringLiteral("INSERT INTO tag_evidence (assignment_id, contact_id)"
                                     " SELECT ?, id FROM contacts WHERE id = ? AND customer_id = ?"))) {
        return sql::queryError(link);
    }
    QList<qint64> contacts = request.evidence;
    std::sort(contacts.begin(), contacts.end());
    contacts.erase(std::unique(contacts.begin(), contacts.end()), contacts.end());
    for (qint64 contact : contacts) {
        if (Status status = sql::execPrepared(link, {assignment, contact, customerId}); !status) {
            return status.error();
        }
        if (link.numRowsAffected() != 1) {
            return makeError(
                Error::Code::Invalid,
                tr("Contact %1 is not one of this customer's contacts and cannot be evidence.").arg(contact));
        }
        evidence.append(contact);
    }
    if (Status audited = AuditLog(m_db).record(actor,
                                               customerId,
                                               AuditLog::tagAssigned(),
                                               {},
                                               {{QStringLiteral("assignment"), assignment},
                                                {QStringLiteral("tag"), tag.id},
                                                {QStringLiteral("evidence"), evidence}},
                                               reason);
        !audited) {
        return audited.error();
    }
    return assignment;
}

Result<qint64> TagService::assign(const Actor& actor, qint64 customerId, const TagRequest& request)
{
    auto id = inTransaction(m_db, [&] { return assignInTransaction(actor, customerId, request); });
    if (id) {
        announce(customerId);
    }
    return id;
}

Result<qint64>
TagService::recordContactWithTags(const Actor& actor, const Contact& contact, const QList<TagRequest>& tags)
{
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto added = ContactRepository(m_db).add(contact);
        if (!added) {
            return added;
        }
        for (TagRequest request : tags) {
            request.evidence.prepend(added.value());
            if (auto assigned = assignInTransaction(actor, contact.customerId, request); !assigned) {
                return assigned.error();
            }
        }
        return added;
    });
    if (id) {
        announce(contact.customerId);
    }
    return id;
}

Status TagService::remove(const Actor& actor, qint64 assignmentId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the tag is removed; the reason stays on record."));
    }
    qint64 customerId = 0;
    Status removed = inTransaction(m_db, [&]() -> Status {
        auto query = sql::select(m_db,
                                 QStringLiteral("SELECT a.customer_id, a.removed_at, ") + TagCatalogue::columns()
                                     + QStringLiteral(" FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                                                      " WHERE a.id = ?"),
                                 {assignmentId});
        if (!query) {
            return query.error();
        }
        if (!query->next()) {
            return makeError(Error::Code::NotFound, tr("Tag assignment %1 does not exist.").arg(assignmentId));
        }
        customerId = query->value(0).toLongLong();
        const bool alreadyRemoved = !query->value(1).isNull();
        const Tag tag = TagCatalogue::fromRow(query.value(), 2);
        query->finish();
        if (alreadyRemoved) {
            return makeError(Error::Code::Conflict, tr("\"%1\" was already removed.").arg(tag.name));
        }
        if (!actor.operatorId) {
            return makeError(Error::Code::Invalid, tr("Say who is at this desk before removing a tag."));
        }
        if (tag.marksProblem) {
            if (Status allowed = Authorization(m_db).requireManager(
                    actor,
                    tr("Only a manager or the owner can remove \"%1\": a problem tag stays until someone "
                       "responsible decides otherwise.")
                        .arg(tag.name));
                !allowed) {
                return allowed;
            }
        }
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE tag_assignments SET removed_at = ?, removed_by = ?,"
                                                     " removal_reason = ? WHERE id = ?"),
                                      {sql::toEpoch(now()), *actor.operatorId, reason.trimmed(), assignmentId});
            !status) {
            return status;
        }
        return AuditLog(m_db).record(actor,
                                     customerId,
                                     AuditLog::tagRemoved(),
                                     {{QStringLiteral("assignment"), assignmentId}, {QStringLiteral("tag"), tag.id}},
                                     {},
                                     reason.trimmed());
    });
    if (removed) {
        announce(customerId);
    }
    return removed;
}

Result<QList<TagAssignment>> TagService::assignmentsOf(qint64 customerId) const
{
    auto query = sql::select(
        m_db,
        QStringLiteral("SELECT a.id, a.tag_id, a.reason, a.assigned_at, a.assigned_by, ao.name, a.expires_at,"
                       " a.removed_at, a.removed_by, ro.name, a.removal_reason,"
                       " (SELECT %1 FROM tag_evidence WHERE assignment_id = a.id)"
                       " FROM tag_assignments a LEFT JOIN operators ao ON ao.id = a.assigned_by"
                       " LEFT JOIN operators ro ON ro.id = a.removed_by"
                       " WHERE a.customer_id = ? ORDER BY a.assigned_at DESC, a.id DESC")
            .arg(SqlDialect::of(m_db).commaList(QStringLiteral("contact_id"))),
        {customerId});
    if (!query) {
        return query.error();
    }
    QList<TagAssignment> assignments;
    while (query->next()) {
        TagAssignment assignment;
        assignment.id = query->value(0).toLongLong();
        assignment.customerId = customerId;
        assignment.tagId = query->value(1).toLongLong();
        assignment.reason = query->value(2).toString();
        assignment.assignedAt = sql::fromEpoch(query->value(3).toLongLong());
        if (!query->value(4).isNull()) {
            assignment.assignedBy = query->value(4).toLongLong();
        }
        assignment.assignedByName = query->value(5).toString();
        if (!query->value(6).isNull()) {
            assignment.expiresAt = sql::fromEpoch(query->value(6).toLongLong());
        }
        if (!query->value(7).isNull()) {
            assignment.removedAt = sql::fromEpoch(query->value(7).toLongLong());
        }
        if (!query->value(8).isNull()) {
            assignment.removedBy = query->value(8).toLongLong();
        }
        assignment.removedByName = query->value(9).toString();
        assignment.removalReason = query->value(10).toString();
        const QStringList evidence = query->value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& contact : evidence) {
            assignment.evidence.append(contact.toLongLong());
        }
        std::sort(assignment.evidence.begin(), assignment.evidence.end());
        assignments.append(assignment);
    }
    return assignments;
}

Result<QList<ActiveTag>> TagService::activeTagsOf(qint64 customerId) const
{
    auto assignments = assignmentsOf(customerId);
    if (!assignments) {
        return assignments.error();
    }
    const QDateTime at = now();
    QList<ActiveTag> active;
    for (const TagAssignment& assignment : assignments.value()) {
        if (!assignment.isActive(at)) {
            continue;
        }
        auto found = tag(assignment.tagId);
        if (!found) {
            return found.error();
        }
        active.append({found.value(), assignment});
    }
    std::stable_sort(active.begin(), active.end(), [](const ActiveTag& a, const ActiveTag& b) {
        return TagCatalogue::displayOrder(a.tag, b.tag);
    });
    return active;
}

} // namespace abonent
