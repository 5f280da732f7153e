#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// A plan's fee over time: the fee it started with, then each change from
// its day on. Whatever counts fees over a stretch of days (revenue, the
// balance, a settlement) cuts the stretch where the fee changes, so a price
// rise next month leaves the months before it as they were charged.
class PlanFees
{
    Q_DECLARE_TR_FUNCTIONS(PlanFees)

public:
    struct Change
    {
        QDate startsOn;
        qint64 feeMinor = 0;
    };
    // Days [startDay, endDay) at one fee; days are Julian day numbers.
    struct Slice
    {
        qint64 startDay = 0;
        qint64 endDay = 0;
        qint64 feeMinor = 0;
    };

    // Every change of every plan (a handful of rows).
    static Result<PlanFees> read(const QSqlDatabase& db);

    bool isEmpty() const { return m_changes.isEmpty(); }
    QList<Change> changesOf(qint64 planId) const { return m_changes.value(planId); }
    // The fee of a plan that started at `baseFeeMinor` on `day`.
    qint64 feeOn(qint64 planId, qint64 baseFeeMinor, const QDate& day) const;
    // [startDay, endDay) cut where the plan's fee changes; endDay may be
    // any "open end" number larger than every real day.
    QList<Slice> slices(qint64 planId, qint64 baseFeeMinor, qint64 startDay, qint64 endDay) const;

    // SQL for the fee in force on `dateExpression` of the plan `planIdExpression`
    // whose base fee is `baseFeeExpression`; portable, for reads that need
    // one fee per row.
    static QString
    feeOnSql(const QString& planIdExpression, const QString& dateExpression, const QString& baseFeeExpression);
    // SQL for the lowest fee the plan ever had or will have.
    static QString lowestFeeSql(const QString& planIdExpression, const QString& baseFeeExpression);

private:
    QHash<qint64, QList<Change>> m_changes; // by plan, in date order
};

} // namespace abonent
