#pragma once

#include "CaseService.h"
#include "Clock.h"
#include "IndicatorService.h"
#include "TagService.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>

namespace abonent {

// The manager's weekly review: every current customer with a problem tag in
// force, an open case, or a suggestion from the pattern indicators, with
// the facts to decide on. Rows come in the order they need a decision: open
// cases by due date, then problem tags, then suggestions. Other orders go
// through SortRole (a proxy sorts).
class ProblemClientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ContractColumn,
        NameColumn,
        TagsColumn,
        IncidentsColumn,
        AllowanceColumn,
        CaseColumn,
        DueColumn,
        SuggestionsColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        SortRole,
        TagColoursRole,
        TagNamesRole,
        SearchTextRole,
        OverdueRole, // the case's next step is past its day (the view marks it)
    };

    struct Row
    {
        qint64 customerId = 0;
        QString contract;
        QString name;
        QList<ActiveTag> problemTags;
        CustomerIndicators facts;
        QList<Suggestion> suggestions; // one-offs left out
        std::optional<EscalationCase> openCase;
        QDate due;
    };

    ProblemClientsModel(QSqlDatabase db, QObject* parent = nullptr, Clock clock = systemClock());

    // Reads the rows through `db`; on a large base this takes seconds, so
    // the review page calls it on a worker thread with a connection of its
    // own. Setting `cancel` stops it early (the result is then an error).
    static Result<QVector<Row>>
    read(const QSqlDatabase& db, const Clock& clock, const std::atomic<bool>* cancel = nullptr);
    void setRows(QVector<Row> rows);
    // read() and setRows() on this thread.
    Status reload();
    const Row& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 customerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isOverdue(const Row& row) const; // the next step's day has passed
    QSqlDatabase m_db;
    Clock m_clock;
    QVector<Row> m_rows;
};

} // namespace abonent
