#include "TerminationTerms.h"

#include "CostModel.h"
#include "DomainTypes.h"
#include "PlanFees.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace abonent {

QDate TerminationCalculator::terminationDate(const QDate& noticeOn, int noticeMonths)
{
    return noticeOn.addMonths(noticeMonths);
}

qint64 TerminationCalculator::feesDueBefore(const QList<PricedPeriod>& periods, const QDate& until)
{
    qint64 due = 0;
    for (const PricedPeriod& period : periods) {
        const QDate end = period.endsOn.isValid() ? std::min(period.endsOn, until) : until;
        QDate day = period.startsOn;
        while (day < end) {
            // One calendar month (or the part of it inside the period) at a time.
            const QDate monthStart(day.year(), day.month(), 1);
            const QDate nextMonth = monthStart.addMonths(1);
            const QDate sliceEnd = std::min(nextMonth, end);
            due += CostModel::proratedFee(
                period.monthlyFeeMinor, static_cast<int>(day.daysTo(sliceEnd)), monthStart.daysInMonth());
            day = sliceEnd;
        }
    }
    return due;
}

TerminationCalculator::TerminationCalculator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<TerminationTerms> TerminationCalculator::terms(qint64 customerId, const QDate& noticeOn, int noticeMonths) const
{
    if (!noticeOn.isValid()) {
        return makeError(Error::Code::Invalid, tr("The notice needs a date."));
    }
    if (noticeMonths < 1 || noticeMonths > 24) {
        return makeError(Error::Code::Invalid, tr("The notice period is 1 to 24 months."));
    }
    auto terms = settlement(customerId, terminationDate(noticeOn, noticeMonths));
    if (terms) {
        terms->noticeOn = noticeOn;
        terms->noticeMonths = noticeMonths;
    }
    return terms;
}

Result<TerminationTerms> TerminationCalculator::settlement(qint64 customerId, const QDate& terminationOn) const
{
    if (!terminationOn.isValid()) {
        return makeError(Error::Code::Invalid, tr("The contract needs an end date."));
    }
    TerminationTerms terms;
    terms.terminationOn = terminationOn;

    auto planFees = PlanFees::read(m_db);
    if (!planFees) {
        return planFees.error();
    }
    auto periods = sql::select(m_db,
                               QStringLiteral("SELECT pp.starts_on, pp.ends_on, p.monthly_fee_minor, p.currency, p.id"
                                              " FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                              " WHERE pp.customer_id = ? ORDER BY pp.starts_on"),
                               {customerId});
    if (!periods) {
        return periods.error();
    }
    QList<PricedPeriod> priced;
    QString currency;
    while (periods->next()) {
        // Cut where the plan's fee changed, so each stretch is due at its own fee.
        const QDate startsOn = sql::fromDateValue(periods->value(0));
        const QDate endsOn = sql::fromDateValue(periods->value(1));
        const qint64 end = endsOn.isValid() ? endsOn.toJulianDay() : std::numeric_limits<qint64>::max();
        for (const PlanFees::Slice& slice : planFees->slices(
                 periods->value(4).toLongLong(), periods->value(2).toLongLong(), startsOn.toJulianDay(), end)) {
            priced.append({QDate::fromJulianDay(slice.startDay),
                           slice.endDay == end ? endsOn : QDate::fromJulianDay(slice.endDay),
                           slice.feeMinor});
        }
        currency = periods->value(3).toString();
    }
    if (priced.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The customer has never had a plan, so there is nothing to end."));
    }

    // An office that came from another system knows what a customer had
    // prepaid or owed on the day its imported payments begin: the account
    // counts from there, not from the start of the contract.
    auto opening = sql::select(m_db,
                               QStringLiteral("SELECT as_of, balance_minor FROM opening_balances"
                                              " WHERE customer_id = ? AND currency = ?"),
                               {customerId, currency});
    if (!opening) {
        return opening.error();
    }
    QDate countsFrom;
    qint64 balance = 0;
    if (opening->next()) {
        countsFrom = sql::fromDateValue(opening->value(0));
        balance = opening->value(1).toLongLong();
    }
    opening->finish();
    if (countsFrom.isValid()) {
        QList<PricedPeriod> fromOpening;
        for (const PricedPeriod& period : std::as_const(priced)) {
            if (!period.endsOn.isValid() || period.endsOn > countsFrom) {
                fromOpening.append({std::max(period.startsOn, countsFrom), period.endsOn, period.monthlyFeeMinor});
            }
        }
        priced = fromOpening;
    }

    auto payments = sql::select(m_db,
                                QStringLiteral("SELECT coalesce(sum(CASE kind WHEN ? THEN amount_minor"
                                               " WHEN ? THEN -amount_minor ELSE 0 END), 0)"
                                               " FROM payments WHERE customer_id = ? AND currency = ?"
                                               " AND paid_on >= ?"),
                                {codeOf(PaymentKind::Fee),
                                 codeOf(PaymentKind::Refund),
                                 customerId,
                                 currency,
                                 sql::toDateValue(countsFrom.isValid() ? countsFrom : QDate(1, 1, 1))});
    if (!payments) {
        return payments.error();
    }
    if (!payments->next()) {
        return sql::queryError(payments.value());
    }
    // A prepaid balance counts as paid, a debt as due, so both stay amounts
    // a letter can show.
    terms.feesPaid = Money {payments->value(0).toLongLong() + std::max<qint64>(balance, 0), currency};
    terms.feesDue = Money {feesDueBefore(priced, terms.terminationOn) + std::max<qint64>(-balance, 0), currency};
    terms.refund = Money {std::max<qint64>(0, terms.feesPaid.minor - terms.feesDue.minor), currency};
    terms.owed = Money {std::max<qint64>(0, terms.feesDue.minor - terms.feesPaid.minor), currency};
    return terms;
}

} // namespace abonent
