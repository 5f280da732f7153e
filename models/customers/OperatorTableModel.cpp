#include "OperatorTableModel.h"

#include "OperatorRepository.h"

#include <algorithm>

namespace abonent {

OperatorTableModel::OperatorTableModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    (void)reload();
}

Status OperatorTableModel::reload()
{
    auto people = OperatorRepository(m_db).all();
    beginResetModel();
    m_people = people ? people.value() : QList<Operator> {};
    std::stable_sort(
        m_people.begin(), m_people.end(), [](const Operator& a, const Operator& b) { return a.active > b.active; });
    endResetModel();
    return people ? Status() : Status(people.error());
}

const Operator* OperatorTableModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int OperatorTableModel::rowOf(qint64 operatorId) const
{
    const auto found = std::find_if(
        m_people.cbegin(), m_people.cend(), [operatorId](const Operator& person) { return person.id == operatorId; });
    return found == m_people.cend() ? -1 : static_cast<int>(found - m_people.cbegin());
}

int OperatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int OperatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex& index, int role) const
{
    const Operator* person = index.isValid() ? personAt(index.row()) : nullptr;
    if (!person) {
        return {};
    }
    if (role == OperatorIdRole) {
        return person->id;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return person->name;
    case Login:
        return person->login;
    case RoleColumn:
        return labelOf(person->role);
    case DifficultCallers:
        return person->takesDifficultCallers ? tr("Yes") : QString();
    case State:
        return person->active ? tr("Active") : tr("Left");
    default:
        return {};
    }
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case RoleColumn:
        return tr("Role");
    case DifficultCallers:
        return tr("Takes difficult callers");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace abonent
