#include "OperatorRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

namespace {

const QLatin1String kColumns("id, login, name, role, cost_per_hour_minor, currency, takes_difficult_callers, active");

Operator operatorFrom(const QSqlQuery& query)
{
    Operator person;
    person.id = query.value(0).toLongLong();
    person.login = query.value(1).toString();
    person.name = query.value(2).toString();
    person.role = fromCode<Role>(query.value(3).toString()).value_or(Role::Operator);
    person.costPerHour = Money {query.value(4).toLongLong(), query.value(5).toString()};
    person.takesDifficultCallers = query.value(6).toBool();
    person.active = query.value(7).toBool();
    return person;
}

} // namespace

OperatorRepository::OperatorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> OperatorRepository::add(const Operator& person)
{
    if (person.login.trimmed().isEmpty() || person.name.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("An operator needs a login and a name."));
    }
    if (person.costPerHour.minor < 0 || person.costPerHour.currency.size() != 3) {
        return makeError(Error::Code::Invalid, tr("The hourly cost needs a non-negative amount and a currency."));
    }
    QSqlQuery insert(m_db);
    auto inserted =
        sql::insert(insert,
                    QStringLiteral("INSERT INTO operators (login, name, role, cost_per_hour_minor, currency,"
                                   " takes_difficult_callers, active) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {person.login.trimmed(),
                     person.name.trimmed(),
                     codeOf(person.role),
                     person.costPerHour.minor,
                     person.costPerHour.currency,
                     person.takesDifficultCallers ? 1 : 0,
                     person.active ? 1 : 0});
    if (!inserted && inserted.error().code == Error::Code::Conflict) {
        return makeError(Error::Code::Conflict, tr("The login %1 is already taken.").arg(person.login));
    }
    return inserted;
}

Result<Operator> OperatorRepository::find(qint64 id) const
{
    auto query =
        sql::select(m_db, QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM operators WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError(Error::Code::NotFound, tr("Operator %1 does not exist.").arg(id));
    }
    return operatorFrom(query.value());
}

Result<QList<Operator>> OperatorRepository::all() const
{
    auto query =
        sql::select(m_db, QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM operators ORDER BY name"));
    if (!query) {
        return query.error();
    }
    QList<Operator> people;
    while (query->next()) {
        people.append(operatorFrom(query.value()));
    }
    return people;
}

} // namespace abonent
