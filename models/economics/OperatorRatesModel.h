#pragma once

#include "CostRates.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>

namespace abonent {

// The operators with their hourly cost, the cost column editable: typed as
// an amount in the office's currency, kept in minor units.
class OperatorRatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, RateColumn, ColumnCount };

    OperatorRatesModel(QSqlDatabase db, QString currency, QObject* parent = nullptr);

    // Fills the model from the database and these rates.
    void load(const CostRates& rates);
    // The rates as edited, by operator id.
    QHash<qint64, qint64> rates() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString role;
        bool active = true;
        qint64 ratePerHourMinor = 0;
    };
    QSqlDatabase m_db;
    QString m_currency;
    QList<Row> m_rows;
};

} // namespace abonent
