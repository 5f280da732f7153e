#include "LetterTimelineSource.h"

#include "DomainTypes.h"
#include "LetterService.h"

namespace abonent {

Result<QList<TimelineEntry>> LetterTimelineSource::entriesFor(const QSqlDatabase& db, qint64 customerId) const
{
    auto letters = LetterService(db).lettersOf(customerId);
    if (!letters) {
        return letters.error();
    }
    QList<TimelineEntry> entries;
    for (const IssuedLetter& letter : letters.value()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Letter;
        entry.sourceId = letter.id;
        entry.at = letter.issuedAt;
        entry.code = codeOf(letter.kind);
        entry.title = tr("Letter %1: %2").arg(letter.number, labelOf(letter.kind));
        entry.who = letter.issuedByName;
        if (letter.isVoid()) {
            entry.detail = tr("Void: %1").arg(letter.voidReason);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace abonent
