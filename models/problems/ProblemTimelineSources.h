#pragma once

#include "TimelineSources.h"

namespace abonent {

// Tags set, removed and expired, with reasons; catalogue names in the desk's language.
class TagTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(TagTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

// Escalation cases: opened, each step (taken or skipped), closed; and why the customer left.
class CaseTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

} // namespace abonent
