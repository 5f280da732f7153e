#include "Economics.h"

#include "CostModel.h"
#include "IntegerRows.h"
#include "PlanFees.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <functional>
#include <limits>

namespace abonent {

namespace {

constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

// A month as a span of Julian days, its end exclusive.
struct MonthSpan
{
    QDate first;
    qint64 startDay = 0;
    qint64 endDay = 0;
    int days = 0;
};

QVector<MonthSpan> monthsOf(const QDate& firstMonth, const QDate& lastMonth)
{
    QVector<MonthSpan> months;
    for (QDate month = firstMonth; month <= lastMonth; month = month.addMonths(1)) {
        months.append({month, month.toJulianDay(), month.addMonths(1).toJulianDay(), month.daysInMonth()});
    }
    return months;
}

// A plan in force over a span of days.
struct PlanSpan
{
    qint64 planId = 0;
    QString plan;
    qint64 startDay = 0;
    qint64 endDay = kOpenEnd; // exclusive: the day the next plan starts or service ended
    qint64 feeMinor = 0;
    int includedMinutes = 0;
    bool supportIncluded = true;
};

PlanSpan spanFrom(const QSqlQuery& row, int first)
{
    PlanSpan span;
    span.planId = row.value(first).toLongLong();
    span.plan = row.value(first + 1).toString();
    span.startDay = sql::fromDateValue(row.value(first + 2)).toJulianDay();
    span.endDay = row.value(first + 3).isNull() ? kOpenEnd : sql::fromDateValue(row.value(first + 3)).toJulianDay();
    span.feeMinor = row.value(first + 4).toLongLong();
    span.includedMinutes = row.value(first + 5).toInt();
    span.supportIncluded = row.value(first + 6).toBool();
    return span;
}

const QString kSpanColumns = QStringLiteral("pp.plan_id, p.name, pp.starts_on, pp.ends_on, p.monthly_fee_minor,"
                                            " p.included_support_minutes, p.support_included");

// A customer's plans in force on some day of [from, until), in order.
Result<QList<PlanSpan>> spansOf(const QSqlDatabase& db, qint64 customerId, const QDate& from, const QDate& until)
{
    auto periods = sql::select(db,
                               QStringLiteral("SELECT %1 FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                              " WHERE pp.customer_id = ? AND pp.starts_on < ?"
                                              " AND (pp.ends_on IS NULL OR pp.ends_on > ?) ORDER BY pp.starts_on")
                                   .arg(kSpanColumns),
                               {customerId, sql::toDateValue(until), sql::toDateValue(from)});
    if (!periods) {
        return periods.error();
    }
    QList<PlanSpan> spans;
    while (periods->next()) {
        spans.append(spanFrom(periods.value(), 0));
    }
    return spans;
}

// The fee due in each month for the days each plan was in force, at the
// fee the plan had on those days.
void addFees(const QList<PlanSpan>& spans, const PlanFees& planFees, const QVector<MonthSpan>& months, qint64* feeDue)
{
    for (const PlanSpan& span : spans) {
        for (const PlanFees::Slice& slice : planFees.slices(span.planId, span.feeMinor, span.startDay, span.endDay)) {
            for (int index = 0; index < months.size(); ++index) {
                const MonthSpan& month = months.at(index);
                const qint64 days = std::min(slice.endDay, month.endDay) - std::max(slice.startDay, month.startDay);
                if (days > 0) {
                    feeDue[index] += CostModel::proratedFee(slice.feeMinor, static_cast<int>(days), month.days);
                }
            }
        }
    }
}

// The fee for the days of `asOf`'s month before it, counted as what the whole
// month's fee leaves once the days from `asOf` are priced, so the two parts
// add up to the month's fee exactly.
qint64 feeBeforeDay(const QList<PlanSpan>& spans, const PlanFees& planFees, const QDate& asOf)
{
    const QDate first(asOf.year(), asOf.month(), 1);
    const MonthSpan whole {first, first.toJulianDay(), first.addMonths(1).toJulianDay(), first.daysInMonth()};
    const MonthSpan fromDay {first, asOf.toJulianDay(), whole.endDay, whole.days};
    qint64 month = 0;
    qint64 after = 0;
    addFees(spans, planFees, {whole}, &month);
    addFees(spans, planFees, {fromDay}, &after);
    return month - after;
}

// Fee payments less refunds made in an opening balance's month before its
// day, by customer (`customerId` 0: every imported account).
Result<QHash<qint64, qint64>> paidBeforeOpening(const QSqlDatabase& db, qint64 customerId)
{
    // Only payments from the earliest such month are read, not each
    // account's whole history before it.
    auto earliest =
        sql::scalar(db,
                    QStringLiteral("SELECT min(as_of) FROM opening_balances WHERE (? = 0 OR customer_id = ?)"),
                    {customerId, customerId});
    if (!earliest) {
        return earliest.error();
    }
    QHash<qint64, qint64> paid;
    if (earliest->isNull()) {
        return paid;
    }
    const QDate from = sql::fromDateValue(earliest.value());
    auto rows = sql::select(db,
                            QStringLiteral("SELECT ob.customer_id, ob.as_of, p.paid_on, CASE p.kind WHEN ? THEN"
                                           " p.amount_minor WHEN ? THEN -p.amount_minor ELSE 0 END"
                                           " FROM opening_balances ob JOIN payments p ON p.customer_id = ob.customer_id"
                                           " AND p.paid_on < ob.as_of AND p.currency = ob.currency"
                                           " WHERE (? = 0 OR ob.customer_id = ?)"
                                           " AND (p.kind = ? OR p.kind = ?) AND p.paid_on >= ?"),
                            {codeOf(PaymentKind::Fee),
                             codeOf(PaymentKind::Refund),
                             customerId,
                             customerId,
                             codeOf(PaymentKind::Fee),
                             codeOf(PaymentKind::Refund),
                             sql::toDateValue(QDate(from.year(), from.month(), 1))});
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        const QDate asOf = sql::fromDateValue(rows->value(1));
        if (sql::fromDateValue(rows->value(2)) >= QDate(asOf.year(), asOf.month(), 1)) {
            paid[rows->value(0).toLongLong()] += rows->value(3).toLongLong();
        }
    }
    return paid;
}

// The plan in force on the last day of [startDay, endDay), else the latest one before.
const PlanSpan* planAtEnd(const QList<PlanSpan>& spans, qint64 startDay, qint64 endDay)
{
    const PlanSpan* found = nullptr;
    for (const PlanSpan& span : spans) {
        if (span.startDay < endDay && span.endDay > startDay && (!found || span.startDay >= found->startDay)) {
            found = &span;
        }
    }
    return found;
}

} // namespace

ParetoCurve ParetoCurve::of(const QVector<CustomerFigures>& customers)
{
    QVector<qint64> seconds;
    seconds.reserve(customers.size());
    qint64 total = 0;
    for (const CustomerFigures& customer : customers) {
        seconds.append(customer.handlingSeconds);
        total += customer.handlingSeconds;
    }
    // Those who take the most time first.
    std::sort(seconds.begin(), seconds.end(), std::greater<>());
    ParetoCurve curve;
    curve.m_cumulative.reserve(seconds.size() + 1);
    curve.m_cumulative.append(0);
    for (qint64 value : std::as_const(seconds)) {
        curve.m_cumulative.append(curve.m_cumulative.last() + value);
    }
    curve.m_total = total;
    return curve;
}

double ParetoCurve::timeShareOfTop(double customerShare) const
{
    const qsizetype customers = m_cumulative.size() - 1;
    if (customers <= 0 || m_total <= 0) {
        return 0;
    }
    const auto top = static_cast<qsizetype>(std::ceil(std::clamp(customerShare, 0.0, 1.0) * double(customers)));
    return double(m_cumulative.at(top)) / double(m_total);
}

double ParetoCurve::customerShareTaking(double timeShare) const
{
    const qsizetype customers = m_cumulative.size() - 1;
    if (customers <= 0 || m_total <= 0) {
        return 0;
    }
    const double wanted = std::clamp(timeShare, 0.0, 1.0) * double(m_total);
    const auto at = std::lower_bound(
        m_cumulative.cbegin(), m_cumulative.cend(), wanted, [](qint64 sum, double goal) { return double(sum) < goal; });
    return double(at - m_cumulative.cbegin()) / double(customers);
}

namespace {

int monthIndexOf(const QString& key, const QDate& firstMonth)
{
    const int year = key.left(4).toInt();
    const int month = key.mid(5, 2).toInt();
    return (year - firstMonth.year()) * 12 + month - firstMonth.month();
}

} // namespace

qint64 Portfolio::revenueMinor() const
{
    qint64 total = 0;
    for (const PortfolioMonth& month : months) {
        total += month.revenueMinor;
    }
    return total;
}

qint64 Portfolio::cashMinor() const
{
    qint64 total = 0;
    for (const PortfolioMonth& month : months) {
        total += month.cashMinor;
    }
    return total;
}

qint64 Portfolio::costMinor() const
{
    qint64 total = 0;
    for (const PortfolioMonth& month : months) {
        total += month.costMinor;
    }
    return total;
}

int Portfolio::lossMaking() const
{
    return static_cast<int>(std::count_if(customers.cbegin(), customers.cend(), [](const CustomerFigures& customer) {
        return customer.marginMinor() < 0;
    }));
}

EconomicsRange EconomicsRange::lastTwelve(const QDate& month)
{
    const QDate last = EconomicsService::monthStart(month);
    return {last.addMonths(-11), last, 0};
}

int EconomicsRange::monthCount() const
{
    const QDate first = EconomicsService::monthStart(firstMonth);
    const QDate last = EconomicsService::monthStart(lastMonth);
    return std::max(0, (last.year() - first.year()) * 12 + last.month() - first.month() + 1);
}

EconomicsService::EconomicsService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString EconomicsService::monthKey(const QDate& day)
{
    return QStringLiteral("%1-%2").arg(day.year(), 4, 10, QLatin1Char('0')).arg(day.month(), 2, 10, QLatin1Char('0'));
}

QDate EconomicsService::monthStart(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

Result<QString> EconomicsService::currency() const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT value FROM office_settings WHERE key = 'currency'"));
    if (!value) {
        return value.error();
    }
    return value.value().toString();
}

Result<QList<MonthFigures>>
EconomicsService::customerMonths(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const
{
    const QVector<MonthSpan> months = monthsOf(monthStart(firstMonth), monthStart(lastMonth));
    QList<MonthFigures> figures;
    if (months.isEmpty()) {
        return figures;
    }
    for (const MonthSpan& month : months) {
        figures.append(MonthFigures {month.first});
    }
    auto rollups = sql::select(m_db,
                               QStringLiteral("SELECT month, sum(contacts), sum(conversation_seconds),"
                                              " sum(handling_seconds), sum(cost_minor), sum(paid_minor),"
                                              " sum(credited_minor), sum(support_minor), sum(compensation_minor)"
                                              " FROM ")
                                   + Rollups::monthRowsSql(SqlDialect::of(m_db))
                                   + QStringLiteral(" AS m WHERE customer_id = ? AND month >= ? AND month <= ?"
                                                    " GROUP BY month"),
                               {customerId, monthKey(months.first().first), monthKey(months.last().first)});
    if (!rollups) {
        return rollups.error();
    }
    while (rollups->next()) {
        const int index = monthIndexOf(rollups->value(0).toString(), months.first().first);
        if (index < 0 || index >= figures.size()) {
            continue;
        }
        MonthFigures& month = figures[index];
        month.contacts = rollups->value(1).toLongLong();
        month.conversationSeconds = rollups->value(2).toLongLong();
        month.handlingSeconds = rollups->value(3).toLongLong();
        month.costMinor = rollups->value(4).toLongLong();
        month.paidMinor = rollups->value(5).toLongLong();
        month.creditedMinor = rollups->value(6).toLongLong();
        month.supportPaidMinor = rollups->value(7).toLongLong();
        month.compensationMinor = rollups->value(8).toLongLong();
    }
    auto spans = spansOf(m_db, customerId, months.first().first, months.last().first.addMonths(1));
    if (!spans) {
        return spans.error();
    }
    auto planFees = PlanFees::read(m_db);
    if (!planFees) {
        return planFees.error();
    }
    QVector<qint64> fees(months.size(), 0);
    addFees(spans.value(), planFees.value(), months, fees.data());
    for (int index = 0; index < months.size(); ++index) {
        figures[index].feeDueMinor = fees.at(index);
        if (const PlanSpan* plan = planAtEnd(spans.value(), months.at(index).startDay, months.at(index).endDay)) {
            figures[index].includedMinutes = plan->includedMinutes;
            figures[index].supportIncluded = plan->supportIncluded;
        }
    }
    return figures;
}

Result<qint64> EconomicsService::balanceBeforeOpening(qint64 customerId, const QDate& asOf) const
{
    auto paid = paidBeforeOpening(m_db, customerId);
    if (!paid) {
        return paid.error();
    }
    const QDate month = monthStart(asOf);
    auto spans = spansOf(m_db, customerId, month, month.addMonths(1));
    if (!spans) {
        return spans.error();
    }
    auto planFees = PlanFees::read(m_db);
    if (!planFees) {
        return planFees.error();
    }
    return paid->value(customerId) - feeBeforeDay(spans.value(), planFees.value(), asOf);
}

Result<EconomicsEstimate>
EconomicsService::estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const
{
    auto months = customerMonths(customerId, firstMonth, lastMonth);
    if (!months) {
        return months.error();
    }
    auto money = currency();
    if (!money) {
        return money.error();
    }
    EconomicsEstimate estimate;
    estimate.revenue.currency = money.value();
    estimate.supportCost.currency = money.value();
    for (const MonthFigures& month : months.value()) {
        estimate.revenue.minor += month.revenueMinor();
        estimate.supportCost.minor += month.costMinor;
    }
    return estimate;
}

Result<Portfolio> EconomicsService::portfolio(const EconomicsRange& range, const std::atomic<bool>* cancel) const
{
    Portfolio portfolio;
    portfolio.firstMonth = monthStart(range.firstMonth);
    portfolio.lastMonth = monthStart(range.lastMonth);
    const QVector<MonthSpan> months = monthsOf(portfolio.firstMonth, portfolio.lastMonth);
    if (months.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The period ends before it starts."));
    }
    auto money = currency();
    if (!money) {
        return money.error();
    }
    portfolio.currency = money.value();
    for (const MonthSpan& month : months) {
        portfolio.months.append(PortfolioMonth {month.first});
    }
    const qint64 rangeStart = months.first().startDay;
    const qint64 rangeEnd = months.last().endDay;

    // Three streams in customer order, merged: the customers, the plans in
    // force during the range, and the monthly roll-ups of the range.
    // Dates as day numbers (SQLite's Julian day starts at noon, QDate's at midnight).
    QHash<qint64, PlanSpan> plans;
    {
        auto plan = sql::select(m_db,
                                QStringLiteral("SELECT id, name, monthly_fee_minor, included_support_minutes,"
                                               " support_included FROM plans"));
        if (!plan) {
            return plan.error();
        }
        while (plan->next()) {
            PlanSpan span;
            span.planId = plan->value(0).toLongLong();
            span.plan = plan->value(1).toString();
            span.feeMinor = plan->value(2).toLongLong();
            span.includedMinutes = plan->value(3).toInt();
            span.supportIncluded = plan->value(4).toBool();
            plans.insert(span.planId, span);
        }
    }
    auto planFees = PlanFees::read(m_db);
    if (!planFees) {
        return planFees.error();
    }
    IntegerRows periods(m_db);
    const SqlDialect dialect = SqlDialect::of(m_db);
    if (Status status = periods.exec(
            QStringLiteral("SELECT customer_id, plan_id, %1, coalesce(%2, -1) FROM plan_periods"
                           " WHERE starts_on < ? AND (ends_on IS NULL OR ends_on > ?) ORDER BY customer_id, starts_on")
                .arg(dialect.dayNumberOfDate(QStringLiteral("starts_on")),
                     dialect.dayNumberOfDate(QStringLiteral("ends_on"))),
            {sql::toDateValue(months.last().first.addMonths(1)).toString(),
             sql::toDateValue(months.first().first).toString()});
        !status) {
        return status.error();
    }
    // A million roll-ups, read as integers; the month as its number.
    IntegerRows rollups(m_db);
    // With the contacts not folded in yet merged in: the roll-ups come in key
    // order, the few newer contacts are sorted, and SQLite merges the two.
    const QString first = monthKey(months.first().first);
    const QString last = monthKey(months.last().first);
    if (Status status = rollups.exec(
            QStringLiteral("SELECT customer_id, month, contacts, conversation_seconds,"
                           " cost_minor, paid_minor, credited_minor, support_minor,"
                           " handling_seconds, compensation_minor FROM customer_months"
                           " WHERE month >= ? AND month <= ?"
                           " UNION ALL SELECT customer_id, month, contacts, conversation_seconds,"
                           " cost_minor, 0, 0, 0, handling_seconds, 0 FROM (")
                + Rollups::pendingContactsSql(SqlDialect::of(m_db))
                + QStringLiteral(") AS pending WHERE month >= ? AND month <= ? ORDER BY customer_id, month"),
            {first, last, first, last},
            1);
        !status) {
        return status.error();
    }
    // Opening balances of imported accounts, by customer: the month they
    // stand at (as a month number) and the amount.
    QHash<qint64, QPair<qint64, qint64>> openings;
    QHash<qint64, QDate> openingDays;
    auto paidBefore = paidBeforeOpening(m_db, 0);
    if (!paidBefore) {
        return paidBefore.error();
    }
    {
        auto opening =
            sql::select(m_db, QStringLiteral("SELECT customer_id, as_of, balance_minor FROM opening_balances"));
        if (!opening) {
            return opening.error();
        }
        while (opening->next()) {
            const QDate asOf = sql::fromDateValue(opening->value(1));
            openings.insert(opening->value(0).toLongLong(),
                            {qint64(asOf.year()) * 12 + asOf.month(), opening->value(2).toLongLong()});
            openingDays.insert(opening->value(0).toLongLong(), asOf);
        }
    }
    const qint64 firstMonthNumber = portfolio.firstMonth.year() * 12 + portfolio.firstMonth.month();
    bool morePeriods = periods.next();
    bool moreRollups = rollups.next();

    const int count = static_cast<int>(months.size());
    QVector<qint64> cost(count);
    QVector<qint64> paid(count);
    QVector<qint64> credited(count);
    QVector<qint64> support(count);
    QVector<qint64> compensation(count);
    QVector<qint64> fees(count);
    QList<PlanSpan> spans;
    portfolio.customers.reserve(128 * 1024);
    while (morePeriods || moreRollups) {
        if (cancel && (portfolio.customers.size() & 0xfff) == 0 && cancel->load()) {
            return makeError(Error::Code::Cancelled, tr("Reading the figures was cancelled."));
        }
        // The next customer in either stream.
        const qint64 id = std::min(morePeriods ? periods.value(0) : std::numeric_limits<qint64>::max(),
                                   moreRollups ? rollups.value(0) : std::numeric_limits<qint64>::max());
        spans.clear();
        while (morePeriods && periods.value(0) == id) {
            PlanSpan span = plans.value(periods.value(1));
            span.startDay = periods.value(2);
            span.endDay = periods.value(3) < 0 ? kOpenEnd : periods.value(3);
            spans.append(span);
            morePeriods = periods.next();
        }
        std::fill(cost.begin(), cost.end(), 0);
        std::fill(paid.begin(), paid.end(), 0);
        std::fill(credited.begin(), credited.end(), 0);
        std::fill(support.begin(), support.end(), 0);
        std::fill(compensation.begin(), compensation.end(), 0);
        std::fill(fees.begin(), fees.end(), 0);
        CustomerFigures figures;
        bool active = !spans.isEmpty();
        while (moreRollups && rollups.value(0) == id) {
            const qint64 index = rollups.value(1) - firstMonthNumber;
            if (index >= 0 && index < count) {
                figures.contacts += rollups.value(2);
                figures.conversationSeconds += rollups.value(3);
                // += : a month's pending changes come as rows of their own.
                cost[index] += rollups.value(4);
                paid[index] += rollups.value(5);
                credited[index] += rollups.value(6);
                support[index] += rollups.value(7);
                figures.handlingSeconds += rollups.value(8);
                compensation[index] += rollups.value(9);
                active = true;
            }
            moreRollups = rollups.next();
        }
        if (!active) {
            continue;
        }
        const PlanSpan* plan = planAtEnd(spans, rangeStart, rangeEnd);
        if (range.planId != 0 && (!plan || plan->planId != range.planId)) {
            continue;
        }
        addFees(spans, planFees.value(), months, fees.data());
        figures.customerId = id;
        if (plan) {
            figures.planId = plan->planId;
            figures.plan = plan->plan;
        }
        for (int index = 0; index < count; ++index) {
            MonthFigures charged;
            charged.feeDueMinor = fees[index];
            charged.supportPaidMinor = support[index];
            charged.compensationMinor = compensation[index];
            charged.paidMinor = paid[index];
            charged.creditedMinor = credited[index];
            charged.costMinor = cost[index];
            if (!charged.hasActivity()) {
                continue; // not a customer that month
            }
            const qint64 revenue = charged.revenueMinor();
            figures.months += 1;
            figures.revenueMinor += revenue;
            figures.cashMinor += charged.cashMinor();
            if (const auto opening = openings.constFind(id);
                opening != openings.cend() && firstMonthNumber + index < opening->first) {
                figures.openingAdjustmentMinor += revenue - charged.cashMinor();
            }
            figures.costMinor += cost[index];
            PortfolioMonth& month = portfolio.months[index];
            month.revenueMinor += revenue;
            month.cashMinor += charged.cashMinor();
            month.costMinor += cost[index];
            month.customers += 1;
            month.lossMaking += revenue < cost[index] ? 1 : 0;
        }
        if (const auto opening = openings.constFind(id); opening != openings.cend()
            && opening->first >= firstMonthNumber && opening->first < firstMonthNumber + count) {
            figures.openingAdjustmentMinor += opening->second;
            figures.openingAdjustmentMinor -=
                paidBefore->value(id) - feeBeforeDay(spans, planFees.value(), openingDays.value(id));
        }
        portfolio.customers.append(figures);
    }
    for (const IntegerRows* stream : {&rollups, &periods}) {
        if (stream->error()) {
            return *stream->error();
        }
    }
    return portfolio;
}

Status EconomicsService::describe(QVector<CustomerFigures>& customers) const
{
    // Names are read apart from the figures: most views show a few of them.
    QHash<qint64, CustomerFigures*> byId;
    byId.reserve(customers.size());
    for (CustomerFigures& customer : customers) {
        byId.insert(customer.customerId, &customer);
    }
    auto read = sql::select(m_db, QStringLiteral("SELECT id, contract_number, name, status FROM customers"));
    if (!read) {
        return read.error();
    }
    while (read->next()) {
        if (CustomerFigures* customer = byId.value(read->value(0).toLongLong())) {
            customer->contract = read->value(1).toString();
            customer->name = read->value(2).toString();
            customer->status = read->value(3).toString();
        }
    }
    return {};
}

} // namespace abonent
