#pragma once

#include "UnlinkedCalls.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QStringList>

namespace abonent {

// The calls waiting for a customer, oldest first, as a table.
class UnlinkedCallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, CallerColumn, LengthColumn, OperatorColumn, AboutColumn, SummaryColumn, ColumnCount };
    enum Role { CallIdRole = Qt::UserRole + 1 };

    explicit UnlinkedCallsModel(QSqlDatabase db, QObject* parent = nullptr);

    Status reload();
    const UnlinkedCall& callAt(int row) const { return m_calls.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<UnlinkedCall> m_calls;
    QStringList m_callers; // each call's caller as shown
};

} // namespace abonent
