#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// The people who handle contacts, with their role and what an hour of their time costs.
class OperatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(OperatorRepository)

public:
    explicit OperatorRepository(QSqlDatabase db);

    Result<qint64> add(const Operator& person);
    Result<Operator> find(qint64 id) const;
    Result<QList<Operator>> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace abonent
