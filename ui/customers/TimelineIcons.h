#pragma once

#include <QIdentityProxyModel>

namespace abonent {

// Adds an icon per entry (channel, payment, plan, change) and marks contacts
// with an incident, over the timeline model from the core, which knows
// nothing of icons.
class TimelineIcons : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace abonent
