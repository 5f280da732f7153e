#pragma once

#include "DomainTypes.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace abonent {

// The customer list: rows are read from the database a page at a time as the
// view scrolls (canFetchMore/fetchMore), never all at once.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ContractColumn, NameColumn, StatusColumn, PlanColumn, PhoneColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit CustomerListModel(QSqlDatabase db, QObject* parent = nullptr);

    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    // All customers in the database, whether fetched yet or not.
    qint64 totalCount() const { return m_total; }
    qint64 customerIdAt(int row) const;
    QString lastError() const { return m_lastError; }

public slots:
    // Drops what was fetched and starts again from the first page.
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    struct Row
    {
        qint64 id = 0;
        QString contract;
        QString name;
        CustomerStatus status = CustomerStatus::Active;
        QString plan;
        QString phone;
    };

    Result<QVector<Row>> nextPage() const;
    void fail(const QString& message);

    QSqlDatabase m_db;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace abonent
