#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace abonent {

// Stores customers with their phones. Each write of a customer and its phones
// is one transaction: either all of it is saved or none.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(QSqlDatabase db);

    // Checks what a person must fix before saving; says the first problem found.
    static Status validate(const Customer& customer);
    // The same rules field by field, for forms that explain each one as it is
    // typed; an empty string means the field is fine.
    static QString contractProblem(const QString& contractNumber);
    static QString nameProblem(const QString& name);
    static QString emailProblem(const QString& email);

    Result<qint64> add(const Customer& customer);
    // Saves what the customer editor changes (not notes or status, which
    // have their own paths) and replaces the phone list. Refused as Stale
    // when `customer.detailsVersion` is no longer the stored one.
    Status update(const Customer& customer);
    Status setStatus(qint64 customerId, CustomerStatus status);
    // Notes are saved on their own (explicitly, from the card), with who and
    // when; refused as Stale when they are no longer at `basedOnVersion`.
    Status saveNotes(qint64 customerId, const QString& notes, std::optional<qint64> savedBy, qint64 basedOnVersion);

    Result<Customer> find(qint64 id) const;
    // The customer as stored, kept from other desks' writes until the
    // transaction this runs in ends: what a change is checked against.
    Result<Customer> findForWriting(qint64 id) const;
    Result<Customer> findByContract(const QString& contractNumber) const;
    Result<qint64> count() const;

private:
    static Error staleDetails(const Customer& stored);
    static Error staleNotes(const Customer& stored);
    Status ensureContractIsFree(const QString& contractNumber, qint64 exceptId) const;
    Status writePhones(qint64 customerId, const QList<CustomerPhone>& phones);
    Result<Customer> findWhere(const QString& condition, const QVariant& value, bool locked = false) const;

    QSqlDatabase m_db;
};

} // namespace abonent
