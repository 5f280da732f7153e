#pragma once

#include "TimelineSources.h"

namespace abonent {

// Letters issued, with their register numbers; voided ones say why.
class LetterTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(LetterTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

} // namespace abonent
