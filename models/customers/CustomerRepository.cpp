#include "CustomerRepository.h"

#include "EnteredDates.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace abonent {

namespace {

// The columns the customer editor changes, in the order INSERT and UPDATE list
// them. Notes and status are not among them: each has a path of its own
// (saveNotes, setStatus), so saving the editor never undoes them.
QVariantList editableFields(const Customer& customer)
{
    return {customer.contractNumber.trimmed(),
            codeOf(customer.kind),
            customer.name.trimmed(),
            customer.address,
            customer.email.trimmed(),
            sql::toDateValue(customer.customerSince)};
}

// The search text, from the fields and the notes of the customer.
QVariantList searchFields(const Customer& customer)
{
    return {SearchText::wordsOf(customer), SearchText::digitsOf(customer)};
}

} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString CustomerRepository::contractProblem(const QString& contractNumber)
{
    return contractNumber.trimmed().isEmpty() ? tr("The contract number is required.") : QString();
}

QString CustomerRepository::nameProblem(const QString& name)
{
    return name.trimmed().isEmpty() ? tr("The name is required.") : QString();
}

QString CustomerRepository::emailProblem(const QString& email)
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !emailShape.match(email.trimmed()).hasMatch()) {
        return tr("\"%1\" does not look like an e-mail address (name@example.com).").arg(email.trimmed());
    }
    return {};
}

Status CustomerRepository::validate(const Customer& customer)
{
    for (const QString& problem :
         {contractProblem(customer.contractNumber), nameProblem(customer.name), emailProblem(customer.email)}) {
        if (!problem.isEmpty()) {
            return makeError(Error::Code::Invalid, problem);
        }
    }
    if (customer.phones.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("At least one phone number is required."));
    }
    for (const CustomerPhone& phone : customer.phones) {
        if (phone.e164.isEmpty() || phone.tailKey.isEmpty()) {
            return makeError(Error::Code::Invalid, tr("The phone \"%1\" has not been recognised.").arg(phone.raw));
        }
    }
    if (!customer.customerSince.isValid()) {
        return makeError(Error::Code::Invalid, tr("The date the customer joined is required."));
    }
    return EnteredDates::check(customer.customerSince, EnteredDates::Kind::ContractStart, tr("Customer since"));
}

Status CustomerRepository::ensureContractIsFree(const QString& contractNumber, qint64 exceptId) const
{
    auto taken = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FROM customers WHERE contract_number = ? AND id <> ?"),
                             {contractNumber, exceptId});
    if (!taken) {
        return taken.error();
    }
    if (taken.value().toInt() > 0) {
        return makeError(Error::Code::Conflict,
                         tr("The contract number %1 is already used by another customer.").arg(contractNumber));
    }
    return {};
}

Status CustomerRepository::writePhones(qint64 customerId, const QList<CustomerPhone>& phones)
{
    QSqlQuery query(m_db);
    if (Status cleared = sql::exec(query, QStringLiteral("DELETE FROM phones WHERE customer_id = ?"), {customerId});
        !cleared) {
        return cleared;
    }
    if (!query.prepare(
            QStringLiteral("INSERT INTO phones (customer_id, position, raw, e164, extension, tail_key, label)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        return sql::queryError(query);
    }
    for (int position = 0; position < phones.size(); ++position) {
        const CustomerPhone& phone = phones.at(position);
        if (Status status = sql::execPrepared(
                query, {customerId, position, phone.raw, phone.e164, phone.extension, phone.tailKey, phone.label});
            !status) {
            if (status.error().code == Error::Code::Conflict) {
                return makeError(Error::Code::Conflict, tr("The phone %1 is listed twice.").arg(phone.e164));
            }
            return status;
        }
    }
    return {};
}

Result<qint64> CustomerRepository::add(const Customer& customer)
{
    if (Status valid = validate(customer); !valid) {
        return valid.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status free = ensureContractIsFree(customer.contractNumber.trimmed(), 0); !free) {
            return free.error();
        }
        QSqlQuery insert(m_db);
        auto inserted = sql::insert(
            insert,
            QStringLiteral("INSERT INTO customers (contract_number, kind, name, address,"
                           " email, customer_since, search_words, search_digits, notes,"
                           " status, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            editableFields(customer) + searchFields(customer)
                + QVariantList {customer.notes, codeOf(customer.status), sql::toEpoch(now), sql::toEpoch(now)});
        if (!inserted) {
            return inserted.error();
        }
        const qint64 id = inserted.value();
        if (Status phones = writePhones(id, customer.phones); !phones) {
            return phones.error();
        }
        return id;
    });
}

Status CustomerRepository::update(const Customer& customer)
{
    if (Status valid = validate(customer); !valid) {
        return valid;
    }
    return inTransaction(m_db, [&]() -> Status {
        if (Status free = ensureContractIsFree(customer.contractNumber.trimmed(), customer.id); !free) {
            return free;
        }
        // The search words include the notes as they are stored now.
        auto stored = findForWriting(customer.id);
        if (!stored) {
            return stored.error();
        }
        if (stored->detailsVersion != customer.detailsVersion) {
            return staleDetails(stored.value());
        }
        Customer searchable = customer;
        searchable.notes = stored->notes;
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE customers SET contract_number = ?, kind = ?, name = ?,"
                                                     " address = ?, email = ?, customer_since = ?, search_words = ?,"
                                                     " search_digits = ?, updated_at = ?,"
                                                     " details_version = details_version + 1"
                                                     " WHERE id = ? AND details_version = ?"),
                                      editableFields(customer) + searchFields(searchable)
                                          + QVariantList {sql::toEpoch(QDateTime::currentDateTimeUtc()),
                                                          customer.id,
                                                          customer.detailsVersion});
            !status) {
            return status;
        }
        if (update.numRowsAffected() != 1) {
            return staleDetails(stored.value());
        }
        return writePhones(customer.id, customer.phones);
    });
}

Status CustomerRepository::saveNotes(qint64 customerId,
                                     const QString& notes,
                                     std::optional<qint64> savedBy,
                                     qint64 basedOnVersion)
{
    auto customer = findForWriting(customerId);
    if (!customer) {
        return customer.error();
    }
    if (customer->notesVersion != basedOnVersion) {
        return staleNotes(customer.value());
    }
    customer->notes = notes;
    QSqlQuery update(m_db);
    if (Status saved =
            sql::exec(update,
                      QStringLiteral("UPDATE customers SET notes = ?, search_words = ?, notes_updated_at = ?,"
                                     " notes_updated_by = ?, updated_at = ?, notes_version = notes_version + 1"
                                     " WHERE id = ? AND notes_version = ?"),
                      {notes,
                       SearchText::wordsOf(customer.value()),
                       sql::toEpoch(QDateTime::currentDateTimeUtc()),
                       savedBy ? QVariant(*savedBy) : QVariant(),
                       sql::toEpoch(QDateTime::currentDateTimeUtc()),
                       customerId,
                       basedOnVersion});
        !saved) {
        return saved;
    }
    return update.numRowsAffected() == 1 ? Status {} : staleNotes(customer.value());
}

Error CustomerRepository::staleDetails(const Customer& stored)
{
    return makeError(
        Error::Code::Stale,
        tr("%1 was changed at another desk while you were editing; nothing of yours was saved yet.").arg(stored.name));
}

Error CustomerRepository::staleNotes(const Customer& stored)
{
    return makeError(Error::Code::Stale,
                     tr("The notes on %1 were saved at another desk while you were writing; yours are not saved yet.")
                         .arg(stored.name));
}

Status CustomerRepository::setStatus(qint64 customerId, CustomerStatus status)
{
    QSqlQuery update(m_db);
    if (Status done = sql::exec(update,
                                QStringLiteral("UPDATE customers SET status = ?, updated_at = ? WHERE id = ?"),
                                {codeOf(status), sql::toEpoch(QDateTime::currentDateTimeUtc()), customerId});
        !done) {
        return done;
    }
    if (update.numRowsAffected() != 1) {
        return makeError(Error::Code::NotFound, tr("Customer %1 no longer exists.").arg(customerId));
    }
    return {};
}

Result<Customer> CustomerRepository::findWhere(const QString& condition, const QVariant& value, bool locked) const
{
    const QString lock = locked ? SqlDialect::of(m_db).lockingRead() : QString();
    auto query =
        sql::select(m_db,
                    QStringLiteral("SELECT id, contract_number, kind, name, address, email, notes, status,"
                                   " customer_since, created_at, updated_at, notes_updated_at, notes_updated_by,"
                                   " last_contact_at, erased_at, erased_by, details_version, notes_version"
                                   " FROM customers WHERE ")
                        + condition + lock,
                    {value});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("No customer matches %1.").arg(value.toString()));
    }
    Customer customer;
    customer.id = query->value(0).toLongLong();
    customer.contractNumber = query->value(1).toString();
    customer.kind = fromCode<CustomerKind>(query->value(2).toString()).value_or(CustomerKind::Person);
    customer.name = query->value(3).toString();
    customer.address = query->value(4).toString();
    customer.email = query->value(5).toString();
    customer.notes = query->value(6).toString();
    customer.status = fromCode<CustomerStatus>(query->value(7).toString()).value_or(CustomerStatus::Active);
    customer.customerSince = sql::fromDateValue(query->value(8));
    customer.createdAt = sql::fromEpoch(query->value(9).toLongLong());
    customer.updatedAt = sql::fromEpoch(query->value(10).toLongLong());
    if (!query->value(11).isNull()) {
        customer.notesUpdatedAt = sql::fromEpoch(query->value(11).toLongLong());
    }
    if (!query->value(12).isNull()) {
        customer.notesUpdatedBy = query->value(12).toLongLong();
    }
    if (!query->value(13).isNull()) {
        customer.lastContactAt = sql::fromEpoch(query->value(13).toLongLong());
    }
    if (!query->value(14).isNull()) {
        customer.erasedAt = sql::fromEpoch(query->value(14).toLongLong());
    }
    if (!query->value(15).isNull()) {
        customer.erasedBy = query->value(15).toLongLong();
    }
    customer.detailsVersion = query->value(16).toLongLong();
    customer.notesVersion = query->value(17).toLongLong();

    auto phones = sql::select(m_db,
                              QStringLiteral("SELECT id, raw, e164, extension, tail_key, label FROM phones"
                                             " WHERE customer_id = ? ORDER BY position"),
                              {customer.id});
    if (!phones) {
        return phones.error();
    }
    while (phones->next()) {
        customer.phones.append(CustomerPhone {phones->value(0).toLongLong(),
                                              phones->value(1).toString(),
                                              phones->value(2).toString(),
                                              phones->value(3).toString(),
                                              phones->value(4).toString(),
                                              phones->value(5).toString()});
    }
    return customer;
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<Customer> CustomerRepository::findForWriting(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id, true);
}

Result<Customer> CustomerRepository::findByContract(const QString& contractNumber) const
{
    return findWhere(QStringLiteral("contract_number = ?"), contractNumber.trimmed());
}

Result<qint64> CustomerRepository::count() const
{
    auto total = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customers"));
    if (!total) {
        return total.error();
    }
    return total.value().toLongLong();
}

} // namespace abonent
