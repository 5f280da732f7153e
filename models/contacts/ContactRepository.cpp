#include "ContactRepository.h"

#include "EnteredDates.h"
#include "ErasedCustomers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

ContactRepository::ContactRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> ContactRepository::add(const Contact& contact)
{
    if (!contact.startedAt.isValid()) {
        return makeError(Error::Code::Invalid, tr("A contact needs the time it started."));
    }
    if (Status dated = EnteredDates::check(
            contact.startedAt.toLocalTime().date(), EnteredDates::Kind::Happened, tr("A contact's date"));
        !dated) {
        return dated.error();
    }
    if (contact.durationSeconds < 0) {
        return makeError(Error::Code::Invalid, tr("A contact cannot last less than no time."));
    }
    if (Status described = checkDescribed(contact); !described) {
        return described.error();
    }
    if (Status kept = ErasedCustomers::refuseIfErased(m_db, contact.customerId); !kept) {
        return kept.error();
    }
    QSqlQuery insert(m_db);
    return sql::insert(insert,
                       QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s,"
                                      " operator_id, topic, summary, outcome, conduct, no_conversation)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {contact.customerId,
                        codeOf(contact.channel),
                        sql::toEpoch(contact.startedAt),
                        contact.durationSeconds,
                        contact.operatorId ? QVariant(*contact.operatorId) : QVariant(),
                        contact.topic,
                        contact.summary,
                        codeOf(contact.outcome),
                        codeOf(contact.conduct),
                        contact.noConversation ? QVariant(codeOf(*contact.noConversation)) : QVariant()});
}

Status ContactRepository::checkDescribed(const Contact& contact)
{
    if (contact.noConversation) {
        if (contact.channel != Channel::PhoneIn && contact.channel != Channel::PhoneOut) {
            return makeError(Error::Code::Invalid, tr("Only a call can end before anything was said."));
        }
        return {};
    }
    if (contact.topic.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Give the contact a topic, or say what happened instead (hung up, wrong number, "
                            "silent line)."));
    }
    return {};
}

Result<QList<Contact>> ContactRepository::contactsOf(qint64 customerId) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT id, customer_id, channel, started_at, duration_s, operator_id,"
                                            " topic, summary, outcome, conduct, no_conversation FROM contacts"
                                            " WHERE customer_id = ? ORDER BY started_at DESC, id DESC"),
                             {customerId});
    if (!query) {
        return query.error();
    }
    QList<Contact> contacts;
    while (query->next()) {
        Contact contact;
        contact.id = query->value(0).toLongLong();
        contact.customerId = query->value(1).toLongLong();
        contact.channel = fromCode<Channel>(query->value(2).toString()).value_or(Channel::PhoneIn);
        contact.startedAt = sql::fromEpoch(query->value(3).toLongLong());
        contact.durationSeconds = query->value(4).toInt();
        if (!query->value(5).isNull()) {
            contact.operatorId = query->value(5).toLongLong();
        }
        contact.topic = query->value(6).toString();
        contact.summary = query->value(7).toString();
        contact.outcome = fromCode<Outcome>(query->value(8).toString()).value_or(Outcome::Resolved);
        contact.conduct = fromCode<Conduct>(query->value(9).toString()).value_or(Conduct::Normal);
        contact.noConversation = fromCode<NoConversation>(query->value(10).toString());
        contacts.append(contact);
    }
    return contacts;
}

} // namespace abonent
