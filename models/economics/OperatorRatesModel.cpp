#include "OperatorRatesModel.h"

#include "DomainTypes.h"
#include "InputParsing.h"
#include "Money.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

OperatorRatesModel::OperatorRatesModel(QSqlDatabase db, QString currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_currency(std::move(currency))
{
}

void OperatorRatesModel::load(const CostRates& rates)
{
    beginResetModel();
    m_rows.clear();
    // Former staff stay: their rate prices the contacts they handled.
    if (auto read = sql::select(
            m_db, QStringLiteral("SELECT id, name, role, active FROM operators ORDER BY active DESC, name"));
        read) {
        while (read->next()) {
            const qint64 id = read->value(0).toLongLong();
            m_rows.append({id,
                           read->value(1).toString(),
                           read->value(2).toString(),
                           read->value(3).toBool(),
                           rates.operatorPerHourMinor.value(id, 0)});
        }
    }
    endResetModel();
}

QHash<qint64, qint64> OperatorRatesModel::rates() const
{
    QHash<qint64, qint64> rates;
    for (const Row& row : m_rows) {
        rates.insert(row.id, row.ratePerHourMinor);
    }
    return rates;
}

int OperatorRatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OperatorRatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorRatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return row.active ? row.name : tr("%1 (no longer here)").arg(row.name);
        case RoleColumn:
            return fromCode<Role>(row.role) ? labelOf(*fromCode<Role>(row.role)) : row.role;
        case RateColumn:
            if (role == Qt::EditRole) {
                return Money {row.ratePerHourMinor, m_currency}.number(QLocale()); // never negative
            }
            return row.ratePerHourMinor > 0 ? Money {row.ratePerHourMinor, m_currency}.format() : tr("default rate");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RateColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OperatorRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Operator");
    case RoleColumn:
        return tr("Role");
    case RateColumn:
        return tr("Cost per hour");
    }
    return {};
}

Qt::ItemFlags OperatorRatesModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.column() == RateColumn ? flags | Qt::ItemIsEditable : flags;
}

bool OperatorRatesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != RateColumn || index.row() >= m_rows.size()) {
        return false;
    }
    const QString text = value.toString().trimmed();
    const auto amount = text.isEmpty() ? std::optional<qint64>(0) : InputParsing::amount(text, m_currency);
    if (!amount || *amount < 0) {
        return false; // the editor keeps what was typed out of the model
    }
    m_rows[index.row()].ratePerHourMinor = *amount;
    emit dataChanged(index, index);
    return true;
}

} // namespace abonent
