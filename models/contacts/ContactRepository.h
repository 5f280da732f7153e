#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// Every call, ticket, e-mail and visit with a customer.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(QSqlDatabase db);

    Result<qint64> add(const Contact& contact);
    // Newest first.
    Result<QList<Contact>> contactsOf(qint64 customerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
