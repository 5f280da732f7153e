#pragma once

#include "Entities.h"
#include "Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// The operators, for pickers: display is the name (and role), IdRole the id.
class OperatorListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole { IdRole = Qt::UserRole + 1, RoleCodeRole, TakesDifficultCallersRole };

    explicit OperatorListModel(QSqlDatabase db, QObject* parent = nullptr);
    Status reload();
    int rowOf(qint64 operatorId) const;
    const Operator& operatorAt(int row) const { return m_operators.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<Operator> m_operators;
};

// The plans on offer (retired ones too when asked), for pickers and filters.
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole { IdRole = Qt::UserRole + 1 };

    // `anyRowText`, when given, adds a first row (id 0) for "no plan in particular".
    PlanListModel(QSqlDatabase db, bool activeOnly, QObject* parent = nullptr, QString anyRowText = {});
    Status reload();
    int rowOf(qint64 planId) const;
    const Plan& planAt(int row) const { return m_plans.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    bool m_activeOnly;
    QString m_anyRowText;
    QList<Plan> m_plans;
};

} // namespace abonent
