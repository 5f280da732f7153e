#include "CustomerCardReader.h"

#include "CustomerRepository.h"
#include "Economics.h"
#include "PaymentRepository.h"
#include "PlanRepository.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

CustomerCardReader::CustomerCardReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<CustomerCard> CustomerCardReader::read(qint64 customerId) const
{
    CustomerCard card;
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    card.customer = std::move(customer).value();

    // Money paid back (refunds, compensation: isOutgoing) counts against what came in.
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    auto query = sql::select(
        m_db,
        QStringLiteral(
            "SELECT (SELECT plan_id FROM plan_periods WHERE customer_id = ? AND ends_on IS NULL),"
            " (SELECT starts_on FROM plan_periods WHERE customer_id = ? AND ends_on IS NULL),"
            " (SELECT coalesce(sum(CASE WHEN kind = ? OR kind = ? THEN -amount_minor"
            "   ELSE amount_minor END), 0) FROM payments WHERE customer_id = ?),"
            " (SELECT currency FROM payments WHERE customer_id = ? LIMIT 1),"
            " (SELECT sum(conversation_seconds) FROM %1 AS m WHERE customer_id = ? AND month = ?),"
            " (SELECT name FROM operators WHERE id = (SELECT notes_updated_by FROM customers WHERE id = ?)),"
            // The newest contact's operator, even when that is nobody.
            " (SELECT o.name FROM contacts k LEFT JOIN operators o ON o.id = k.operator_id WHERE k.customer_id = ?"
            "   ORDER BY k.started_at DESC, k.id DESC LIMIT 1)")
            .arg(Rollups::monthRowsSql(SqlDialect::of(m_db))),
        {customerId,
         customerId,
         codeOf(PaymentKind::Refund),
         codeOf(PaymentKind::Compensation),
         customerId,
         customerId,
         customerId,
         month,
         customerId,
         customerId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return sql::queryError(query.value());
    }
    if (!query->value(0).isNull()) {
        auto plan = PlanRepository(m_db).find(query->value(0).toLongLong());
        if (!plan) {
            return plan.error();
        }
        card.plan = plan.value();
        card.planSince = sql::fromDateValue(query->value(1));
    }
    card.netPaid = Money {query->value(2).toLongLong(),
                          query->value(3).isNull() ? (card.plan ? card.plan->monthlyFee.currency : QString())
                                                   : query->value(3).toString()};
    card.conversationSecondsThisMonth = query->value(4).toLongLong();
    card.notesUpdatedByName = query->value(5).toString();
    card.lastOperatorName = query->value(6).toString();
    query->finish();
    const EconomicsRange twelve = EconomicsRange::lastTwelve(QDate::currentDate());
    auto months = EconomicsService(m_db).customerMonths(customerId, twelve.firstMonth, twelve.lastMonth);
    if (!months) {
        return months.error();
    }
    auto opening = PaymentRepository(m_db).openingBalanceOf(customerId);
    if (!opening) {
        return opening.error();
    }
    // An imported account counts from its opening balance: the months before
    // it have fees but not the payments that covered them.
    const QDate countsFrom =
        opening.value() ? QDate(opening.value()->asOf.year(), opening.value()->asOf.month(), 1) : QDate();
    for (const MonthFigures& figures : months.value()) {
        if (!countsFrom.isValid() || figures.month >= countsFrom) {
            card.balanceMinor += figures.balanceMinor();
        }
    }
    if (countsFrom.isValid() && countsFrom >= QDate(twelve.firstMonth.year(), twelve.firstMonth.month(), 1)) {
        // Its month counts from its day, as the settlement does.
        auto before = EconomicsService(m_db).balanceBeforeOpening(customerId, opening.value()->asOf);
        if (!before) {
            return before.error();
        }
        card.balanceMinor += opening.value()->balance.minor - before.value();
    }
    return card;
}

} // namespace abonent
