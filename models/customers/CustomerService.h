#pragma once

#include "Actor.h"
#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>

namespace abonent {

class ChangeNotifier;

// Every change a person makes to a customer: one transaction that writes the
// change and its audit entry (who, when, before, after, why), then tells the
// open views. The UI calls this, never the repositories directly.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(QSqlDatabase db, ChangeNotifier* notifier = nullptr);

    Result<qint64> create(const Actor& actor, const Customer& customer);
    // Saves the editor's fields. Refused as Stale, writing nothing, when
    // someone else saved them since `customer` was read (its detailsVersion):
    // the editor then offers to merge.
    Status update(const Actor& actor, const Customer& customer);
    // Saves the notes written on the copy at `basedOnVersion`; Stale, as
    // update(), when someone else saved notes since.
    Status saveNotes(const Actor& actor, qint64 customerId, const QString& notes, qint64 basedOnVersion);
    // Customers with history are archived, never deleted; the reason is kept.
    Status archive(const Actor& actor, qint64 customerId, const QString& reason);
    Result<qint64> changePlan(const Actor& actor, qint64 customerId, qint64 planId, const QDate& from);
    Result<qint64> addPayment(const Actor& actor, const Payment& payment);
    Result<qint64> addContact(const Actor& actor, const Contact& contact);
    // Adds a number (as a caller ID gives it) to the customer's phones, so the
    // next call from it finds them; refused when they already have it.
    Status linkPhone(const Actor& actor,
                     qint64 customerId,
                     const QString& number,
                     const QString& defaultCountry,
                     const QString& label);

private:
    // Writes the edited customer and its audit entry; inside a transaction.
    Status writeEdit(const Actor& actor, const Customer& before, const Customer& after);
    void announce(qint64 customerId) const;

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
};

} // namespace abonent
