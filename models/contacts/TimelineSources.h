#pragma once

#include "Result.h"
#include "TimelineEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace abonent {

// Where timeline entries come from. Later features (tags, case steps,
// letters) add a source; the merged timeline needs no other change.
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

// Letters issued, with their register numbers; voided ones say why.
class LetterTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(LetterTimelineSource)

public:
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase& db, qint64 customerId) const override;
};

// The sources a customer card shows today.
std::vector<std::unique_ptr<TimelineSource>> standardTimelineSources();

} // namespace abonent
