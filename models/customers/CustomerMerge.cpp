#include "CustomerMerge.h"

#include "DomainTypes.h"

#include <QLocale>

#include <algorithm>

namespace abonent {

CustomerMerge::CustomerMerge(Customer base, Customer theirs, Customer mine, QString officeCountry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_base(std::move(base))
    , m_theirs(std::move(theirs))
    , m_mine(std::move(mine))
    , m_officeCountry(std::move(officeCountry))
{
    for (Field field :
         {Field::Contract, Field::Kind, Field::Name, Field::Address, Field::Email, Field::Since, Field::Phones}) {
        const QString before = shown(m_base, field);
        const QString their = shown(m_theirs, field);
        const QString my = shown(m_mine, field);
        if (their == my) {
            continue; // the same either way: nothing to choose
        }
        Row row {field};
        row.clash = their != before && my != before;
        // What only one desk changed is kept; where both did, this desk's until the person says otherwise.
        row.side = my == before ? Side::Theirs : Side::Mine;
        m_rows.append(row);
    }
}

int CustomerMerge::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerMerge::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerMerge::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const Side side = index.column() == TheirsColumn ? Side::Theirs : Side::Mine;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn) {
            return row.clash ? tr("%1 (changed at both desks)").arg(labelOf(row.field)) : labelOf(row.field);
        }
        return shown(side == Side::Theirs ? m_theirs : m_mine, row.field);
    case Qt::CheckStateRole:
        if (index.column() == FieldColumn) {
            return {};
        }
        return row.side == side ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn && row.clash) {
            return tr("Changed at both desks: choose which to keep.");
        }
        if (index.column() != FieldColumn) {
            return tr("Before either change: %1").arg(shown(m_base, row.field));
        }
        return {};
    default:
        return {};
    }
}

QVariant CustomerMerge::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TheirsColumn:
        return tr("Saved at another desk");
    case MineColumn:
        return tr("Yours");
    default:
        return {};
    }
}

Qt::ItemFlags CustomerMerge::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags readable = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == FieldColumn ? readable : readable | Qt::ItemIsUserCheckable;
}

bool CustomerMerge::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() == FieldColumn) {
        return false;
    }
    // Checking a side chooses it; unchecking one chooses the other.
    const Side clicked = index.column() == TheirsColumn ? Side::Theirs : Side::Mine;
    const Side other = clicked == Side::Theirs ? Side::Mine : Side::Theirs;
    choose(index.row(), value.value<Qt::CheckState>() == Qt::Checked ? clicked : other);
    return true;
}

bool CustomerMerge::isClash(int row) const
{
    return m_rows.at(row).clash;
}

int CustomerMerge::clashCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.clash; }));
}

CustomerMerge::Side CustomerMerge::chosen(int row) const
{
    return m_rows.at(row).side;
}

void CustomerMerge::choose(int row, Side side)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).side == side) {
        return;
    }
    m_rows[row].side = side;
    emit dataChanged(index(row, TheirsColumn), index(row, MineColumn), {Qt::CheckStateRole});
}

Customer CustomerMerge::merged() const
{
    // What both desks agree on, and everything the editor does not show, is theirs.
    Customer result = m_theirs;
    for (const Row& row : m_rows) {
        if (row.side == Side::Mine) {
            take(result, m_mine, row.field);
        }
    }
    return result;
}

QString CustomerMerge::shown(const Customer& customer, Field field) const
{
    switch (field) {
    case Field::Contract:
        return customer.contractNumber;
    case Field::Kind:
        return abonent::labelOf(customer.kind);
    case Field::Name:
        return customer.name;
    case Field::Address:
        return customer.address;
    case Field::Email:
        return customer.email;
    case Field::Since:
        return QLocale().toString(customer.customerSince, QLocale::ShortFormat);
    case Field::Phones: {
        QStringList phones;
        for (const CustomerPhone& phone : customer.phones) {
            const QString number = phone.shownIn(m_officeCountry);
            phones << (phone.label.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(number, phone.label));
        }
        return phones.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString CustomerMerge::labelOf(Field field)
{
    switch (field) {
    case Field::Contract:
        return tr("Contract");
    case Field::Kind:
        return tr("Kind");
    case Field::Name:
        return tr("Name");
    case Field::Address:
        return tr("Address");
    case Field::Email:
        return tr("E-mail");
    case Field::Since:
        return tr("Customer since");
    case Field::Phones:
        return tr("Phones");
    }
    return {};
}

void CustomerMerge::take(Customer& into, const Customer& from, Field field)
{
    switch (field) {
    case Field::Contract:
        into.contractNumber = from.contractNumber;
        break;
    case Field::Kind:
        into.kind = from.kind;
        break;
    case Field::Name:
        into.name = from.name;
        break;
    case Field::Address:
        into.address = from.address;
        break;
    case Field::Email:
        into.email = from.email;
        break;
    case Field::Since:
        into.customerSince = from.customerSince;
        break;
    case Field::Phones:
        into.phones = from.phones;
        break;
    }
}

} // namespace abonent
