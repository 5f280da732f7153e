#pragma once

#include "Entities.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace abonent {

// The office's people as Settings ▸ People lists them, inactive ones last.
class OperatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Login, RoleColumn, DifficultCallers, State, ColumnCount };
    enum Roles { OperatorIdRole = Qt::UserRole + 1 };

    explicit OperatorTableModel(QSqlDatabase db, QObject* parent = nullptr);

    Status reload();
    const Operator* personAt(int row) const;
    int rowOf(qint64 operatorId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<Operator> m_people;
};

} // namespace abonent
