#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>

namespace abonent {

class ChangeNotifier;

// What an operator asks for when tagging a customer.
struct TagRequest
{
    qint64 tagId = 0;
    QString reason;
    QList<qint64> evidence; // contacts of the same customer
    // Unset: the tag's default expiry. neverExpires overrides both.
    QDateTime expiresAt;
    bool neverExpires = false;
};

// A tag in force on a customer, with what the card and the call console show.
struct ActiveTag
{
    Tag tag;
    TagAssignment assignment;
};

// Changes to the tag catalogue, and the tags set on customers. Role rules
// live here, not in the widgets: managers and owners keep the catalogue and
// remove problem tags; anyone at a desk may tag. Every change is audited in
// its transaction. Reading the catalogue alone: TagCatalogue (domain/).
class TagService
{
    Q_DECLARE_TR_FUNCTIONS(TagService)

public:
    explicit TagService(QSqlDatabase db, ChangeNotifier* notifier = nullptr, Clock clock = systemClock());

    // The catalogue as TagCatalogue reads it, problem tags first.
    Result<QList<Tag>> catalogue(bool includeRetired = false) const;
    Result<Tag> tag(qint64 id) const;
    Result<Tag> shippedTag(const QString& key) const;
    Result<qint64> addTag(const Actor& actor, const Tag& tag);
    Status updateTag(const Actor& actor, const Tag& tag);
    // Back to the shipped name and guidance (in every desk's language).
    Status restoreShippedText(const Actor& actor, qint64 tagId);
    Status setRetired(const Actor& actor, qint64 tagId, bool retired);
    // Only a tag that was never set on anyone; used tags are retired instead.
    Status deleteTag(const Actor& actor, qint64 tagId);
    Result<qint64> usageCount(qint64 tagId) const;

    Result<qint64> assign(const Actor& actor, qint64 customerId, const TagRequest& request);
    // Records a contact and tags its customer with the contact as evidence,
    // all or nothing: tagging during a call must not lose the call record.
    Result<qint64> recordContactWithTags(const Actor& actor, const Contact& contact, const QList<TagRequest>& tags);
    Status remove(const Actor& actor, qint64 assignmentId, const QString& reason);

    // Every assignment of a customer, newest first, with evidence.
    Result<QList<TagAssignment>> assignmentsOf(qint64 customerId) const;
    // Those in force now, problem tags and the most severe first.
    Result<QList<ActiveTag>> activeTagsOf(qint64 customerId) const;

    QDateTime now() const { return m_clock(); }

private:
    Result<qint64> assignInTransaction(const Actor& actor, qint64 customerId, const TagRequest& request);
    Status validate(const Tag& tag) const;
    void announce(qint64 customerId) const;
    Status requireCatalogueRights(const Actor& actor) const;

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
    Clock m_clock;
};

} // namespace abonent
