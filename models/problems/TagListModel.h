#pragma once

#include "Entities.h"
#include "Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace abonent {

// The tag catalogue for pickers and the catalogue editor: problem tags and
// the most severe first. The display text is the name; the tooltip is the
// handling guidance.
class TagListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ColourRole, // "#rrggbb"
        ProblemRole,
        RetiredRole,
        SearchRole, // folded name, for type-to-filter
    };

    TagListModel(QSqlDatabase db, bool includeRetired, QObject* parent = nullptr);

    // Reads the catalogue, without the tags in `leaveOut` (those a customer
    // already carries, say); the model is empty until then.
    Status reload(const QSet<qint64>& leaveOut = {});
    const Tag& tagAt(int row) const { return m_tags.at(row); }
    int rowOf(qint64 tagId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    bool m_includeRetired = false;
    QList<Tag> m_tags;
};

} // namespace abonent
