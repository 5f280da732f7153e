#include "PaymentRepository.h"

#include "EnteredDates.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

PaymentRepository::PaymentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> PaymentRepository::add(const Payment& payment)
{
    if (Status dated = EnteredDates::check(payment.paidOn, EnteredDates::Kind::Happened, tr("A payment's date"));
        !dated) {
        return dated.error();
    }
    if (payment.amount.minor <= 0 || payment.amount.currency.size() != 3) {
        return makeError(Error::Code::Invalid,
                         tr("A payment needs a positive amount and a currency; its kind says which way it went."));
    }
    QSqlQuery insert(m_db);
    return sql::insert(insert,
                       QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor,"
                                      " currency, note) VALUES (?, ?, ?, ?, ?, ?)"),
                       {payment.customerId,
                        sql::toDateValue(payment.paidOn),
                        codeOf(payment.kind),
                        payment.amount.minor,
                        payment.amount.currency,
                        payment.note});
}

Result<QList<Payment>> PaymentRepository::paymentsOf(qint64 customerId) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT id, customer_id, paid_on, kind, amount_minor, currency, note"
                                            " FROM payments WHERE customer_id = ? ORDER BY paid_on, id"),
                             {customerId});
    if (!query) {
        return query.error();
    }
    QList<Payment> payments;
    while (query->next()) {
        payments.append(Payment {query->value(0).toLongLong(),
                                 query->value(1).toLongLong(),
                                 sql::fromDateValue(query->value(2)),
                                 fromCode<PaymentKind>(query->value(3).toString()).value_or(PaymentKind::Fee),
                                 Money {query->value(4).toLongLong(), query->value(5).toString()},
                                 query->value(6).toString()});
    }
    return payments;
}

Result<std::optional<OpeningBalance>> PaymentRepository::openingBalanceOf(qint64 customerId) const
{
    auto query =
        sql::select(m_db,
                    QStringLiteral("SELECT as_of, balance_minor, currency FROM opening_balances WHERE customer_id = ?"),
                    {customerId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<OpeningBalance>();
    }
    return std::optional<OpeningBalance>(OpeningBalance {
        sql::fromDateValue(query->value(0)), Money {query->value(1).toLongLong(), query->value(2).toString()}});
}

} // namespace abonent
