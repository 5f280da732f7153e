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

    // Refuses a contact with neither a topic nor, for a call, what happened instead.
    Result<qint64> add(const Contact& contact);
    // Newest first.
    Result<QList<Contact>> contactsOf(qint64 customerId) const;

    // Whether a contact says what it was about: a topic, or for a call that
    // ended before anything was said, what happened.
    static Status checkDescribed(const Contact& contact);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
