#include "TagListModel.h"

#include "SearchText.h"
#include "TagService.h"

namespace abonent {

TagListModel::TagListModel(QSqlDatabase db, bool includeRetired, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_includeRetired(includeRetired)
{
}

Status TagListModel::reload(const QSet<qint64>& leaveOut)
{
    auto catalogue = TagService(m_db).catalogue(m_includeRetired);
    if (!catalogue) {
        return catalogue.error();
    }
    beginResetModel();
    m_tags = std::move(catalogue).value();
    m_tags.removeIf([&leaveOut](const Tag& tag) { return leaveOut.contains(tag.id); });
    endResetModel();
    return {};
}

int TagListModel::rowOf(qint64 tagId) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).id == tagId) {
            return row;
        }
    }
    return -1;
}

int TagListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tags.size()) {
        return {};
    }
    const Tag& tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tag.retired ? tr("%1 (retired)").arg(tag.name) : tag.name;
    case Qt::ToolTipRole:
        return tag.guidance;
    case IdRole:
        return tag.id;
    case ColourRole:
        return tag.colour;
    case ProblemRole:
        return tag.marksProblem;
    case RetiredRole:
        return tag.retired;
    case SearchRole:
        return SearchText::fold(tag.name);
    default:
        return {};
    }
}

} // namespace abonent
