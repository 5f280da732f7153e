#pragma once

#include "TimelineEntry.h"
#include "TimelineSources.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

#include <memory>
#include <vector>

namespace abonent {

// One customer's history, newest first, merged from every source. Ties (the
// same second) keep source order, then the newest row first, so the order is
// stable between reloads.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, WhoColumn, DurationColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, CodeRole, ConductRole, TimeRole, RecordingRole };

    TimelineModel(QSqlDatabase db, std::vector<std::unique_ptr<TimelineSource>> sources, QObject* parent = nullptr);

    Status load(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    const TimelineEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "4:30" for 270 seconds, "1:02:05" past an hour.
    static QString formatDuration(int seconds);

private:
    QSqlDatabase m_db;
    std::vector<std::unique_ptr<TimelineSource>> m_sources;
    QVector<TimelineEntry> m_entries;
    qint64 m_customerId = 0;
};

} // namespace abonent
