#pragma once

#include "PlanService.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace abonent {

// The office's plans as Settings ▸ Plans lists them: retired ones last, a
// fee change still to come beside today's fee.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Fee, NextFee, Support, ExtraMinute, Customers, State, ColumnCount };
    enum Roles { PlanIdRole = Qt::UserRole + 1, RetiredRole };

    explicit PlanTableModel(QSqlDatabase db, QObject* parent = nullptr, Clock clock = systemClock());

    Status reload();
    const PlanOverview* planAt(int row) const;
    int rowOf(qint64 planId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const PlanOverview& row, int column) const;

    PlanService m_service;
    QList<PlanOverview> m_rows;
};

} // namespace abonent
