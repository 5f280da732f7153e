#include "TimelineIcons.h"

#include "IconLoader.h"
#include "TimelineEntry.h"
#include "TimelineModel.h"

#include <QFont>
#include <QHash>

namespace abonent {

namespace {

QString iconNameFor(TimelineEntry::Kind kind, const QString& code)
{
    static const QHash<QString, QString> channels {
        {QStringLiteral("phone_in"), QStringLiteral("call-start")},
        {QStringLiteral("phone_out"), QStringLiteral("call-outgoing")},
        {QStringLiteral("email"), QStringLiteral("mail-message")},
        {QStringLiteral("ticket"), QStringLiteral("view-task")},
        {QStringLiteral("chat"), QStringLiteral("dialog-messages")},
        {QStringLiteral("visit"), QStringLiteral("go-home")},
        {QStringLiteral("letter"), QStringLiteral("mail-send")},
    };
    switch (kind) {
    case TimelineEntry::Kind::Contact:
        return channels.value(code, QStringLiteral("call-start"));
    case TimelineEntry::Kind::Payment:
        return QStringLiteral("wallet-open");
    case TimelineEntry::Kind::PlanPeriod:
        return QStringLiteral("view-refresh");
    case TimelineEntry::Kind::Change:
        return QStringLiteral("document-edit");
    case TimelineEntry::Kind::Tag:
        return QStringLiteral("tag");
    case TimelineEntry::Kind::Case:
        return QStringLiteral("flag");
    case TimelineEntry::Kind::Letter:
        return QStringLiteral("mail-send");
    }
    return {};
}

} // namespace

QVariant TimelineIcons::data(const QModelIndex& index, int role) const
{
    // The source's own roles, read past this proxy.
    const auto source = [&](int sourceRole) { return QIdentityProxyModel::data(index, sourceRole); };
    const bool incident = !source(TimelineModel::ConductRole).toString().isEmpty();
    if (role == Qt::DecorationRole && index.column() == TimelineModel::WhatColumn) {
        const auto kind = static_cast<TimelineEntry::Kind>(source(TimelineModel::KindRole).toInt());
        return IconLoader::icon(incident ? QStringLiteral("dialog-warning")
                                         : iconNameFor(kind, source(TimelineModel::CodeRole).toString()));
    }
    if (role == Qt::FontRole && incident) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace abonent
