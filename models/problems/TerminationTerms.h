#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// What ending a contract on notice means in dates and money: the notice
// period runs from the day notice is given, and whatever the customer paid
// in fees for days after the termination date goes back to them.
struct TerminationTerms
{
    QDate noticeOn;
    int noticeMonths = 1;
    QDate terminationOn;
    Money feesPaid; // fee payments less refunds already made
    Money feesDue; // the plans' fees up to the termination date, day by day
    Money refund; // what was prepaid beyond it; never negative
    Money owed; // what is still to be paid for the days up to it; never negative
};

// A plan's fee over [startsOn, endsOn); an invalid endsOn is open.
struct PricedPeriod
{
    QDate startsOn;
    QDate endsOn;
    qint64 monthlyFeeMinor = 0;
};

class TerminationCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TerminationCalculator)

public:
    // Notice plus whole calendar months; a day the month lacks becomes its
    // last day (notice on 31 January, one month: 28 or 29 February).
    static QDate terminationDate(const QDate& noticeOn, int noticeMonths);
    // Fees due for the days before `until`: a full month costs the fee, part
    // of a month its share by days of that month (so February's days cost
    // more than July's), rounded to the minor unit per month.
    static qint64 feesDueBefore(const QList<PricedPeriod>& periods, const QDate& until);

    explicit TerminationCalculator(QSqlDatabase db);
    // Reads the customer's plan periods and payments.
    Result<TerminationTerms> terms(qint64 customerId, const QDate& noticeOn, int noticeMonths) const;
    // The money when service ends on `terminationOn`, from the payments as
    // they are now (the refund is settled again on the day the contract ends).
    Result<TerminationTerms> settlement(qint64 customerId, const QDate& terminationOn) const;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
