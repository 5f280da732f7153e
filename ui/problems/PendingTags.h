#pragma once

#include "Actor.h"
#include "DeskContext.h"
#include "Entities.h"
#include "Result.h"
#include "TagService.h"

#include <QList>
#include <QStringList>

class QWidget;

namespace abonent {

// Tags chosen while a contact is being written, set when it is saved with
// the contact as their evidence. Shared by the contact dialog and the call
// console so both record a contact and its tags the same way.
class PendingTags
{
public:
    // Opens the tag picker for the customer, leaving out what is already
    // chosen; true when a tag was added.
    bool pick(const DeskContext& desk, qint64 customerId, const QString& title, QWidget* parent);
    void add(const TagRequest& request, const QString& name);
    void clear();

    bool isEmpty() const { return m_requests.isEmpty(); }
    const QList<TagRequest>& requests() const { return m_requests; }
    const QStringList& names() const { return m_names; }

    // The contact alone, or the contact and these tags in one transaction.
    Result<qint64> record(const DeskContext& desk, const Actor& actor, const Contact& contact) const;

private:
    QList<TagRequest> m_requests;
    QStringList m_names;
};

} // namespace abonent
