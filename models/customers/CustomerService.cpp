#include "CustomerService.h"

#include "AuditLog.h"
#include "ChangeNotifier.h"
#include "ContactRepository.h"
#include "CustomerRepository.h"
#include "ErasedCustomers.h"
#include "PaymentRepository.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace abonent {

namespace {

// What the audit log keeps of a customer: the fields the editor changes.
QJsonObject snapshot(const Customer& customer)
{
    QJsonArray phones;
    for (const CustomerPhone& phone : customer.phones) {
        phones.append(phone.label.isEmpty() ? phone.raw : phone.raw + QLatin1String(" (") + phone.label + u')');
    }
    return QJsonObject {
        {QStringLiteral("contract"), customer.contractNumber.trimmed()},
        {QStringLiteral("kind"), codeOf(customer.kind)},
        {QStringLiteral("name"), customer.name.trimmed()},
        {QStringLiteral("address"), customer.address},
        {QStringLiteral("email"), customer.email.trimmed()},
        {QStringLiteral("since"), customer.customerSince.toString(Qt::ISODate)},
        {QStringLiteral("phones"), phones},
    };
}

// Only what changed, on each side.
std::pair<QJsonObject, QJsonObject> difference(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject was;
    QJsonObject now;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            was.insert(it.key(), before.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
    return {was, now};
}

} // namespace

CustomerService::CustomerService(QSqlDatabase db, ChangeNotifier* notifier)
    : m_db(std::move(db))
    , m_notifier(notifier)
{
}

void CustomerService::announce(qint64 customerId) const
{
    if (m_notifier) {
        emit m_notifier->customerChanged(customerId);
    }
}

Result<qint64> CustomerService::create(const Actor& actor, const Customer& customer)
{
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto added = CustomerRepository(m_db).add(customer);
        if (!added) {
            return added;
        }
        if (Status audited =
                AuditLog(m_db).record(actor, added.value(), AuditLog::customerCreated(), {}, snapshot(customer));
            !audited) {
            return audited.error();
        }
        return added;
    });
    if (id) {
        announce(id.value());
    }
    return id;
}

Status CustomerService::update(const Actor& actor, const Customer& customer)
{
    Status updated = inTransaction(m_db, [&]() -> Status {
        CustomerRepository customers(m_db);
        auto before = customers.findForWriting(customer.id);
        if (!before) {
            return before.error();
        }
        if (before->isErased()) {
            return ErasedCustomers::refusal(before->erasedAt);
        }
        // Whether someone else saved these fields since the editor read them
        // is the repository's to say (Stale): saving now would undo their work.
        return writeEdit(actor, before.value(), customer);
    });
    if (updated) {
        announce(customer.id);
    }
    return updated;
}

Status CustomerService::writeEdit(const Actor& actor, const Customer& before, const Customer& after)
{
    // Saving what is already there writes nothing, and so cannot clash with another desk.
    const auto [was, now] = difference(snapshot(before), snapshot(after));
    if (now.isEmpty()) {
        return {};
    }
    if (Status saved = CustomerRepository(m_db).update(after); !saved) {
        return saved;
    }
    return AuditLog(m_db).record(actor, after.id, AuditLog::customerEdited(), was, now);
}

Status CustomerService::linkPhone(
    const Actor& actor, qint64 customerId, const QString& number, const QString& defaultCountry, const QString& label)
{
    auto parsed = PhoneNumber::parse(number, defaultCountry);
    if (!parsed) {
        return parsed.error();
    }
    Status linked = inTransaction(m_db, [&]() -> Status {
        auto before = CustomerRepository(m_db).find(customerId);
        if (!before) {
            return before.error();
        }
        if (before->isErased()) {
            return ErasedCustomers::refusal(before->erasedAt);
        }
        for (const CustomerPhone& phone : std::as_const(before->phones)) {
            if (phone.e164 == parsed->e164() && phone.extension == parsed->extension()) {
                return makeError(
                    Error::Code::Conflict,
                    tr("%1 already has the number %2.").arg(before->name, parsed->shownIn(defaultCountry)));
            }
        }
        Customer after = before.value();
        after.phones.append(CustomerPhone::from(parsed.value(), label));
        return writeEdit(actor, before.value(), after);
    });
    if (linked) {
        announce(customerId);
    }
    return linked;
}

Status CustomerService::saveNotes(const Actor& actor, qint64 customerId, const QString& notes, qint64 basedOnVersion)
{
    Status saved = inTransaction(m_db, [&]() -> Status {
        CustomerRepository customers(m_db);
        auto before = customers.findForWriting(customerId);
        if (!before) {
            return before.error();
        }
        if (before->isErased()) {
            return ErasedCustomers::refusal(before->erasedAt);
        }
        if (before->notes == notes) {
            return {}; // the same text, whoever wrote it
        }
        if (Status written = customers.saveNotes(customerId, notes, actor.operatorId, basedOnVersion); !written) {
            return written;
        }
        return AuditLog(m_db).record(actor,
                                     customerId,
                                     AuditLog::notesSaved(),
                                     {{QStringLiteral("notes"), before->notes}},
                                     {{QStringLiteral("notes"), notes}});
    });
    if (saved) {
        announce(customerId);
    }
    return saved;
}

Status CustomerService::archive(const Actor& actor, qint64 customerId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the customer is archived; the reason stays on record."));
    }
    Status archived = inTransaction(m_db, [&]() -> Status {
        CustomerRepository customers(m_db);
        auto before = customers.find(customerId);
        if (!before) {
            return before.error();
        }
        if (before->status == CustomerStatus::Archived) {
            return makeError(Error::Code::Invalid, tr("%1 is already archived.").arg(before->name));
        }
        // An escalation in progress is ended by its own steps, not hidden in the archive.
        auto openCases =
            sql::scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM cases WHERE customer_id = ? AND closed_at IS NULL"),
                        {customerId});
        if (!openCases) {
            return openCases.error();
        }
        if (openCases.value().toInt() > 0) {
            return makeError(
                Error::Code::Invalid,
                tr("%1 has an open escalation case; close it or end the contract first.").arg(before->name));
        }
        if (Status changed = customers.setStatus(customerId, CustomerStatus::Archived); !changed) {
            return changed;
        }
        return AuditLog(m_db).record(actor,
                                     customerId,
                                     AuditLog::statusChanged(),
                                     {{QStringLiteral("status"), codeOf(before->status)}},
                                     {{QStringLiteral("status"), codeOf(CustomerStatus::Archived)}},
                                     reason.trimmed());
    });
    if (archived) {
        announce(customerId);
    }
    return archived;
}

Result<qint64> CustomerService::changePlan(const Actor& actor, qint64 customerId, qint64 planId, const QDate& from)
{
    auto period = inTransaction(m_db, [&]() -> Result<qint64> {
        auto opened = PlanRepository(m_db).changePlan(customerId, planId, from);
        if (!opened) {
            return opened;
        }
        if (Status audited = AuditLog(m_db).record(
                actor,
                customerId,
                AuditLog::planChanged(),
                {},
                {{QStringLiteral("plan"), planId}, {QStringLiteral("from"), from.toString(Qt::ISODate)}});
            !audited) {
            return audited.error();
        }
        return opened;
    });
    if (period) {
        announce(customerId);
    }
    return period;
}

Result<qint64> CustomerService::addPayment(const Actor& actor, const Payment& payment)
{
    auto id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto added = PaymentRepository(m_db).add(payment);
        if (!added) {
            return added;
        }
        if (Status audited = AuditLog(m_db).record(actor,
                                                   payment.customerId,
                                                   AuditLog::paymentRecorded(),
                                                   {},
                                                   {{QStringLiteral("payment"), added.value()},
                                                    {QStringLiteral("kind"), codeOf(payment.kind)},
                                                    {QStringLiteral("amount"), payment.amount.minor},
                                                    {QStringLiteral("currency"), payment.amount.currency}});
            !audited) {
            return audited.error();
        }
        return added;
    });
    if (id) {
        announce(payment.customerId);
    }
    return id;
}

Result<qint64> CustomerService::addContact(const Actor&, const Contact& contact)
{
    // A contact is itself the record of who handled it; it needs no audit entry.
    auto id = ContactRepository(m_db).add(contact);
    if (id) {
        announce(contact.customerId);
    }
    return id;
}

} // namespace abonent
