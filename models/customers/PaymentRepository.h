#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace abonent {

// Money a customer paid or was paid back.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)

public:
    explicit PaymentRepository(QSqlDatabase db);

    Result<qint64> add(const Payment& payment);
    Result<QList<Payment>> paymentsOf(qint64 customerId) const;
    // What the customer had prepaid (positive) or owed (negative) on the
    // day an import from the office's old system began; none otherwise.
    Result<std::optional<OpeningBalance>> openingBalanceOf(qint64 customerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
