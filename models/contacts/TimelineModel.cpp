#include "TimelineModel.h"

#include "DomainTypes.h"

#include <QLocale>

#include <algorithm>

namespace abonent {

TimelineModel::TimelineModel(QSqlDatabase db, std::vector<std::unique_ptr<TimelineSource>> sources, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_sources(std::move(sources))
{
}

Status TimelineModel::load(qint64 customerId)
{
    struct Ranked
    {
        TimelineEntry entry;
        std::size_t source;
    };
    std::vector<Ranked> merged;
    for (std::size_t source = 0; source < m_sources.size(); ++source) {
        auto entries = m_sources[source]->entriesFor(m_db, customerId);
        if (!entries) {
            return entries.error();
        }
        for (TimelineEntry& entry : entries.value()) {
            merged.push_back({std::move(entry), source});
        }
    }
    std::sort(merged.begin(), merged.end(), [](const Ranked& a, const Ranked& b) {
        if (a.entry.at != b.entry.at) {
            return a.entry.at > b.entry.at;
        }
        if (a.source != b.source) {
            return a.source < b.source;
        }
        return a.entry.sourceId > b.entry.sourceId;
    });

    beginResetModel();
    m_customerId = customerId;
    m_entries.clear();
    m_entries.reserve(static_cast<qsizetype>(merged.size()));
    for (Ranked& ranked : merged) {
        m_entries.append(std::move(ranked.entry));
    }
    endResetModel();
    return {};
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::formatDuration(int seconds)
{
    if (seconds < 0) {
        return {};
    }
    const int hours = seconds / 3600;
    const int minutes = seconds % 3600 / 60;
    const int rest = seconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const TimelineEntry& entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return static_cast<int>(entry.kind);
    case CodeRole:
        return entry.code;
    case ConductRole:
        return entry.conduct;
    case TimeRole:
        return entry.at;
    case RecordingRole:
        return entry.recordingId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case WhenColumn:
        // Dated entries (payments, plans) have no time of day worth showing.
        return entry.kind == TimelineEntry::Kind::Payment || entry.kind == TimelineEntry::Kind::PlanPeriod
            ? locale.toString(entry.at.date(), QLocale::ShortFormat)
            : locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhatColumn: {
        QString what = entry.title;
        if (entry.kind == TimelineEntry::Kind::Payment) {
            what += QLatin1String(" ") + entry.amount.format(locale);
        }
        if (const auto conduct = fromCode<Conduct>(entry.conduct)) {
            what += QLatin1String(" [") + labelOf(*conduct) + QLatin1Char(']');
        }
        if (entry.recordingId > 0) {
            what += QLatin1String(" · ") + tr("recorded (Enter plays)");
        }
        return what;
    }
    case WhoColumn:
        return entry.who;
    case DurationColumn:
        return formatDuration(entry.durationSeconds);
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case WhoColumn:
        return tr("Who");
    case DurationColumn:
        return tr("Duration");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace abonent
