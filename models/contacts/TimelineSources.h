#pragma once

#include "Result.h"
#include "TimelineEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// Where timeline entries come from. Contacts, payments, plans and changes
// are here; the features above add theirs (ProblemTimelineSources.h,
// LetterTimelineSource.h) and StandardTimeline.h lists what a card shows.
class TimelineSource
{
public:
    virtual ~TimelineSource() = default;
    virtual Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const = 0;
};

class ContactTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(ContactTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

class PaymentTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

class PlanTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(PlanTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

// Changes people made, from the audit log: edits, notes, archiving with its reason.
class ChangeTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
    // A field of the audit log, named for people.
    static QString fieldLabel(const QString& key);
};

} // namespace abonent
