#pragma once

#include "CostModel.h"
#include "Entities.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace abonent {

// What the header of a customer card shows, read in one go.
struct CustomerCard
{
    Customer customer;
    std::optional<Plan> plan; // in force; none for a customer who left
    QDate planSince;
    // Everything received minus refunds and compensation, per currency of the plan.
    Money netPaid;
    // What came in less what was charged over the last twelve months, as
    // the card's chart shows them: ahead when positive, owed when negative.
    qint64 balanceMinor = 0;
    qint64 conversationSecondsThisMonth = 0;
    // What the allowance meter and the call console show as used this month.
    int minutesThisMonth() const { return static_cast<int>(CostModel::wholeMinutes(conversationSecondsThisMonth)); }
    QString notesUpdatedByName;
    QString lastOperatorName; // who handled the latest contact
};

class CustomerCardReader
{
public:
    explicit CustomerCardReader(QSqlDatabase db);
    Result<CustomerCard> read(qint64 customerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
