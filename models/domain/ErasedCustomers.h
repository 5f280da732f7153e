#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// A customer whose personal data was erased on request (GDPR art. 17) keeps
// a placeholder name, the contract number and the economics; nothing new
// about the person is recorded after that (no contact, tag, case, letter,
// phone or edit). The services ask here; the schema's triggers hold the
// name, contact details and phones erased whatever asks.
class ErasedCustomers
{
    Q_DECLARE_TR_FUNCTIONS(ErasedCustomers)

public:
    // What erasure leaves where a column must hold some text (a case's
    // reason, a removed tag's reason, a void letter's reason): the same in
    // every language, and what the triggers allow there.
    static QString filler() { return QStringLiteral("\u2014"); }

    // The name an erased customer is shown and found by.
    static QString placeholderName(qint64 customerId);

    // Success unless the customer's data was erased (a customer that does
    // not exist is left to the caller's own lookup to report).
    static Status refuseIfErased(const QSqlDatabase& db, qint64 customerId);
    // What is said when something new is asked of an erased customer.
    static Error refusal(const QDateTime& erasedAt);
};

} // namespace abonent
