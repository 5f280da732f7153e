#include "CustomerListModel.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

CustomerListModel::CustomerListModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void CustomerListModel::fail(const QString& message)
{
    m_lastError = message;
    emit loadFailed(message);
}

void CustomerListModel::reload()
{
    // The first page is part of the reset, so views see one change, not a
    // reset followed at once by an insertion.
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    auto total = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customers"));
    m_total = total ? total.value().toLongLong() : 0;
    QString failure = total ? QString() : total.errorString();
    if (total) {
        auto page = nextPage();
        if (page) {
            m_rows = std::move(page).value();
        } else {
            failure = page.errorString();
        }
    }
    endResetModel();
    if (!failure.isEmpty()) {
        fail(failure);
    }
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && m_lastError.isEmpty();
}

Result<QVector<CustomerListModel::Row>> CustomerListModel::nextPage() const
{
    // Keyset paging: continue after the last contract shown, which the unique
    // index on contract_number serves directly however deep the page is. The
    // plan shown is the one in force, or the last one of a customer who left.
    const QString after = m_rows.isEmpty() ? QString() : m_rows.constLast().contract;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const Status status = sql::exec(query,
                                    QStringLiteral("SELECT c.id, c.contract_number, c.name, c.status, p.name, ph.raw"
                                                   " FROM customers c"
                                                   " LEFT JOIN plan_periods pp ON pp.id = (SELECT id FROM plan_periods"
                                                   " WHERE customer_id = c.id ORDER BY starts_on DESC LIMIT 1)"
                                                   " LEFT JOIN plans p ON p.id = pp.plan_id"
                                                   " LEFT JOIN phones ph ON ph.customer_id = c.id AND ph.position = 0"
                                                   " WHERE c.contract_number > ?"
                                                   " ORDER BY c.contract_number LIMIT ?"),
                                    {after, kPageSize});
    if (!status) {
        return status.error();
    }
    QVector<Row> page;
    page.reserve(kPageSize);
    while (query.next()) {
        page.append(Row {query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         fromCode<CustomerStatus>(query.value(3).toString()).value_or(CustomerStatus::Active),
                         query.value(4).toString(),
                         query.value(5).toString()});
    }
    return page;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !canFetchMore()) {
        return;
    }
    auto page = nextPage();
    if (!page) {
        fail(page.errorString());
        return;
    }
    if (page->isEmpty()) {
        // Rows were deleted behind our back; stop asking for more.
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows += page.value();
    endInsertRows();
}

qint64 CustomerListModel::customerIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == CustomerIdRole) {
        return row.id;
    }
    if (role == StatusCodeRole) {
        return codeOf(row.status);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ContractColumn:
        return row.contract;
    case NameColumn:
        return row.name;
    case StatusColumn:
        return labelOf(row.status);
    case PlanColumn:
        return row.plan;
    case PhoneColumn:
        return row.phone;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ContractColumn:
        return tr("Contract");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case PlanColumn:
        return tr("Plan");
    case PhoneColumn:
        return tr("Main phone");
    default:
        return {};
    }
}

} // namespace abonent
