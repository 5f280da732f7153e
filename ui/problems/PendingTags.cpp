#include "PendingTags.h"

#include "CustomerService.h"
#include "TagPickerDialog.h"

#include <QSet>

namespace abonent {

bool PendingTags::pick(const DeskContext& desk, qint64 customerId, const QString& title, QWidget* parent)
{
    TagPickerDialog picker(desk, customerId, title, TagPickerDialog::Mode::DuringContact, parent);
    // Tags already added are not offered twice (the save would refuse them).
    QSet<qint64> added;
    for (const TagRequest& pending : std::as_const(m_requests)) {
        added.insert(pending.tagId);
    }
    picker.leaveOut(added);
    if (picker.exec() != QDialog::Accepted) {
        return false;
    }
    add(picker.request(), picker.chosenTagName());
    return true;
}

void PendingTags::add(const TagRequest& request, const QString& name)
{
    m_requests.append(request);
    m_names.append(name);
}

void PendingTags::clear()
{
    m_requests.clear();
    m_names.clear();
}

Result<qint64> PendingTags::record(const DeskContext& desk, const Actor& actor, const Contact& contact) const
{
    return m_requests.isEmpty() ? desk.customers->addContact(actor, contact)
                                : desk.tags->recordContactWithTags(actor, contact, m_requests);
}

} // namespace abonent
