#include "CustomerListModel.h"

#include "CostModel.h"
#include "CustomerSearch.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TagCatalogue.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace abonent {

namespace {

QString currentMonth()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
}

const QLatin1String kLastPlanName("(SELECT p.name FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                  " WHERE pp.customer_id = c.id ORDER BY pp.starts_on DESC LIMIT 1)");
// The main phone as typed, its E.164 form (also its order) and its extension.
const QLatin1String kMainPhone("(SELECT raw FROM phones WHERE customer_id = c.id ORDER BY position LIMIT 1)");
const QLatin1String kMainPhoneE164("(SELECT e164 FROM phones WHERE customer_id = c.id ORDER BY position LIMIT 1)");
const QLatin1String kMainPhoneExtension("(SELECT extension FROM phones WHERE customer_id = c.id"
                                        " ORDER BY position LIMIT 1)");
// This month's minutes, the pending changes included.
QString monthSeconds(const SqlDialect& dialect)
{
    return Rollups::conversationSecondsSql(dialect, QStringLiteral("c.id"));
}
// Tags in force on the customer (ids), and how many of them mark a problem.
QString activeTags(const SqlDialect& dialect)
{
    return QStringLiteral("(SELECT %1 FROM tag_assignments a WHERE a.customer_id = c.id"
                          " AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?))")
        .arg(dialect.commaList(QStringLiteral("a.tag_id")));
}
const QLatin1String kProblemTagCount("(SELECT count(*) FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                                     " WHERE a.customer_id = c.id AND a.removed_at IS NULL"
                                     " AND (a.expires_at IS NULL OR a.expires_at > ?) AND t.marks_problem = 1)");

} // namespace

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

CustomerListModel::Conditions CustomerListModel::filterConditions() const
{
    QStringList filters;
    QVariantList filterValues;
    if (m_filter.status) {
        filters << QStringLiteral("c.status = ?");
        filterValues << codeOf(*m_filter.status);
    } else if (!m_filter.includeArchived) {
        filters << QStringLiteral("c.status <> ?");
        filterValues << codeOf(CustomerStatus::Archived);
        if (m_filter.currentOnly) {
            filters << QStringLiteral("c.status <> ?");
            filterValues << codeOf(CustomerStatus::Terminated);
        }
    }
    if (!m_filter.includeErased) {
        filters << QStringLiteral("c.erased_at IS NULL");
    }
    if (m_filter.planId > 0) {
        filters << QStringLiteral("c.id IN (SELECT customer_id FROM plan_periods WHERE ends_on IS NULL"
                                  " AND plan_id = ?)");
        filterValues << m_filter.planId;
    }
    return {filters, filterValues};
}

Result<QVector<qint64>> CustomerListModel::matchingIds(std::optional<qint64> onlyId) const
{
    const auto [filters, filterValues] = filterConditions();
    const bool searching = CustomerSearch::isSearch(m_filter.search);
    const SqlDialect dialect = SqlDialect::of(m_db);
    CustomerSearch::Sql search = CustomerSearch::build(dialect, m_filter.search, m_defaultCountry);
    if (!search.wordMatch.isEmpty()) {
        auto matches = sql::scalar(m_db, dialect.wordMatchCount(QStringLiteral("customer_words")), {search.wordMatch});
        if (!matches) {
            return matches.error();
        }
        if (matches.value().toLongLong() > CustomerSearch::kRankedMatchLimit) {
            search = CustomerSearch::build(dialect, m_filter.search, m_defaultCountry, CustomerSearch::Order::Broad);
        }
    }

    // The order: the column asked for, else best match (searching) or contract.
    QString order;
    QVariantList orderValues;
    const QString direction = m_sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    switch (m_sortColumn) {
    case NameColumn:
        order = QStringLiteral("c.name") + direction + QStringLiteral(", c.id");
        break;
    case StatusColumn:
        order = QStringLiteral("c.status") + direction + QStringLiteral(", c.name");
        break;
    case PlanColumn:
        order = kLastPlanName + direction + QStringLiteral(", c.name");
        break;
    case PhoneColumn:
        order = kMainPhoneE164 + direction + QStringLiteral(", c.name");
        break;
    case LastContactColumn:
        order = QStringLiteral("coalesce(c.last_contact_at, 0)") + direction + QStringLiteral(", c.name");
        break;
    case MinutesColumn:
        order = QStringLiteral("coalesce(") + monthSeconds(dialect) + QStringLiteral(", 0)") + direction
            + QStringLiteral(", c.name");
        orderValues << currentMonth();
        break;
    case ContractColumn:
        order = QStringLiteral("c.contract_number") + direction;
        break;
    case FlagsColumn:
        order = kProblemTagCount + direction + QStringLiteral(", c.name");
        orderValues << QDateTime::currentSecsSinceEpoch();
        break;
    default:
        order = searching ? search.order : QStringLiteral("c.contract_number");
        if (searching) {
            orderValues << search.orderValues;
        }
        break;
    }

    QStringList conditions = filters + QStringList {search.condition};
    QVariantList conditionValues = search.conditionValues;
    if (onlyId) {
        conditions << QStringLiteral("c.id = ?");
        conditionValues << *onlyId;
    }
    const QString where = conditions.join(QLatin1String(" AND "));
    QString statement = QStringLiteral("SELECT c.id FROM customers c") + search.join + QStringLiteral(" WHERE ") + where
        + QStringLiteral(" ORDER BY ") + order;
    QVariantList values = search.joinValues + filterValues + conditionValues + orderValues;
    if (searching && !onlyId) {
        statement += QStringLiteral(" LIMIT ?");
        values << kSearchLimit + 1;
    }
    QVector<qint64> ids;
    if (searching && m_sortColumn == -1 && !onlyId) {
        // A contract number typed in full is the customer meant: first,
        // whatever else the words match. (One indexed lookup.)
        const QStringList exactConditions = QStringList {QStringLiteral("c.contract_number = ?")} + filters;
        auto exact = sql::select(m_db,
                                 QStringLiteral("SELECT c.id FROM customers c WHERE ")
                                     + exactConditions.join(QLatin1String(" AND ")),
                                 QVariantList {m_filter.search.trimmed()} + filterValues);
        if (!exact) {
            return exact.error();
        }
        if (exact->next()) {
            ids.append(exact->value(0).toLongLong());
        }
    }
    auto query = sql::select(m_db, statement, values);
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (ids.isEmpty() || id != ids.first()) {
            ids.append(id);
        }
    }
    return ids;
}

Result<QVector<CustomerListModel::Row>> CustomerListModel::rowsFor(const QVector<qint64>& ids,
                                                                   const Conditions& only) const
{
    if (ids.isEmpty()) {
        return QVector<Row>();
    }
    QVariantList values {currentMonth(), QDateTime::currentSecsSinceEpoch()};
    for (qint64 id : ids) {
        values << id;
    }
    values << only.values;
    QString placeholders = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    for (const QString& condition : only.sql) {
        placeholders += QStringLiteral(" AND ") + condition;
    }
    auto query =
        sql::select(m_db,
                    QStringLiteral("SELECT c.id, c.contract_number, c.name, c.status, ") + kLastPlanName
                        + QStringLiteral(", ") + kMainPhone + QStringLiteral(", c.last_contact_at, ")
                        + monthSeconds(SqlDialect::of(m_db)) + QStringLiteral(", ") + activeTags(SqlDialect::of(m_db))
                        + QStringLiteral(", ") + kMainPhoneE164 + QStringLiteral(", ") + kMainPhoneExtension
                        + QStringLiteral(" FROM customers c WHERE c.id IN (") + placeholders,
                    values);
    if (!query) {
        return query.error();
    }
    QHash<qint64, Row> byId;
    while (query->next()) {
        Row row;
        row.id = query->value(0).toLongLong();
        row.contract = query->value(1).toString();
        row.name = query->value(2).toString();
        row.status = fromCode<CustomerStatus>(query->value(3).toString()).value_or(CustomerStatus::Active);
        row.plan = query->value(4).toString();
        row.phone.raw = query->value(5).toString();
        row.phone.e164 = query->value(9).toString();
        row.phone.extension = query->value(10).toString();
        if (!query->value(6).isNull()) {
            row.lastContact = sql::fromEpoch(query->value(6).toLongLong());
        }
        row.conversationSeconds = query->value(7).toLongLong();
        for (const QString& tag : query->value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            row.tagIds.append(tag.toLongLong());
        }
        byId.insert(row.id, row);
    }
    QVector<Row> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        // A customer removed since the ids were read is skipped.
        if (const auto found = byId.constFind(id); found != byId.constEnd()) {
            rows.append(found.value());
        }
    }
    return rows;
}

void CustomerListModel::readCatalogue()
{
    m_tags.clear();
    if (auto catalogue = TagCatalogue(m_db).tags(true); catalogue) {
        for (const Tag& tag : catalogue.value()) {
            m_tags.insert(tag.id, tag);
        }
    } else {
        fail(catalogue.errorString());
    }
}

void CustomerListModel::refreshTags()
{
    readCatalogue();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, FlagsColumn), index(static_cast<int>(m_rows.size()) - 1, FlagsColumn));
    }
}

QList<Tag> CustomerListModel::tagsOf(const Row& row) const
{
    QList<Tag> tags;
    for (qint64 id : row.tagIds) {
        if (const auto found = m_tags.constFind(id); found != m_tags.constEnd()) {
            tags.append(found.value());
        }
    }
    std::sort(tags.begin(), tags.end(), [](const Tag& a, const Tag& b) {
        return a.marksProblem != b.marksProblem ? a.marksProblem : a.severity > b.severity;
    });
    return tags;
}

void CustomerListModel::reload()
{
    // The first page is part of the reset, so views see one change, not a
    // reset followed at once by an insertion.
    beginResetModel();
    readCatalogue();
    m_rows.clear();
    m_ids.clear();
    m_truncated = false;
    m_lastError.clear();
    QString failure;
    auto ids = matchingIds();
    if (ids) {
        m_ids = std::move(ids).value();
        if (CustomerSearch::isSearch(m_filter.search) && m_ids.size() > kSearchLimit) {
            m_ids.resize(kSearchLimit);
            m_truncated = true;
        }
        auto page = rowsFor(m_ids.mid(0, kPageSize));
        if (page) {
            m_rows = std::move(page).value();
        } else {
            failure = page.errorString();
        }
    } else {
        failure = ids.errorString();
    }
    endResetModel();
    if (!failure.isEmpty()) {
        fail(failure);
    }
}

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    // Text too short to search for ("a") lists the same customers as none.
    const auto effective = [](CustomerFilter f) {
        if (!CustomerSearch::isSearch(f.search)) {
            f.search.clear();
        }
        return f;
    };
    if (effective(filter) == effective(m_filter)) {
        m_filter.search = filter.search;
        return;
    }
    if (filter.search != m_filter.search && CustomerSearch::isSearch(filter.search)) {
        m_sortColumn = -1; // a new search shows the best matches first
    }
    m_filter = filter;
    reload();
}

void CustomerListModel::setDefaultCountry(const QString& isoCode)
{
    if (isoCode == m_defaultCountry) {
        return;
    }
    m_defaultCountry = isoCode;
    for (const Row& row : std::as_const(m_rows)) {
        row.shownPhone.clear();
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, PhoneColumn), index(static_cast<int>(m_rows.size()) - 1, PhoneColumn));
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void CustomerListModel::refreshCustomer(qint64 customerId)
{
    const int row = rowOf(customerId);
    if (row < 0) {
        return;
    }
    // An edit can take a customer out of what the list shows (archived, on
    // another plan, no longer matching the search): then the row goes.
    // Without a search, the row is read only if it still belongs, in one
    // query: several desks live send many such re-reads to the server.
    const bool searching = CustomerSearch::isSearch(m_filter.search);
    auto stillMatches = searching ? matchingIds(customerId) : Result<QVector<qint64>>(QVector<qint64> {customerId});
    auto fresh = rowsFor({customerId}, searching ? Conditions {} : filterConditions());
    if (!stillMatches || !fresh) {
        fail(stillMatches ? fresh.errorString() : stillMatches.errorString());
        return;
    }
    if (stillMatches->isEmpty() || fresh->isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_ids.removeOne(customerId);
        endRemoveRows();
        return;
    }
    m_rows[row] = fresh->first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerListModel::followChange(qint64 customerId)
{
    if (rowOf(customerId) >= 0) {
        refreshCustomer(customerId);
        return;
    }
    auto matches = matchingIds(customerId);
    if (!matches) {
        fail(matches.errorString());
        return;
    }
    const bool belongs = !matches->isEmpty();
    if (const qsizetype listed = m_ids.indexOf(customerId); listed >= 0) {
        if (!belongs) {
            m_ids.remove(listed); // not a row yet: nothing a view shows changes
        }
        return;
    }
    if (belongs) {
        reload();
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
    return !parent.isValid() && m_rows.size() < m_ids.size() && m_lastError.isEmpty();
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !canFetchMore()) {
        return;
    }
    auto page = rowsFor(m_ids.mid(m_rows.size(), kPageSize));
    if (!page) {
        fail(page.errorString());
        return;
    }
    if (page->isEmpty()) {
        m_ids.resize(m_rows.size()); // the rest were removed meanwhile
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

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == customerId) {
            return row;
        }
    }
    return -1;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return row.id;
    case StatusCodeRole:
        return codeOf(row.status);
    case Qt::TextAlignmentRole:
        return index.column() == MinutesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TagColoursRole:
    case TagNamesRole: {
        QStringList values;
        for (const Tag& tag : tagsOf(row)) {
            values << (role == TagColoursRole ? tag.colour : tag.name);
        }
        return values;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
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
        // Formatted when first shown: libphonenumber is too slow for every row of a page.
        if (row.shownPhone.isEmpty()) {
            row.shownPhone = row.phone.shownIn(m_defaultCountry);
        }
        return row.shownPhone;
    case LastContactColumn:
        return row.lastContact.isValid()
            ? QLocale().toString(row.lastContact.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    case MinutesColumn:
        return row.conversationSeconds > 0 ? QLocale().toString(CostModel::wholeMinutes(row.conversationSeconds))
                                           : QString();
    case FlagsColumn: {
        return data(index, TagNamesRole).toStringList().join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == MinutesColumn) {
        return tr("Minutes of calls and chats this month, which the plan's support allowance counts");
    }
    if (role == Qt::ToolTipRole && section == FlagsColumn) {
        return tr("Tags in force; sorting puts customers with the most problem tags first");
    }
    if (role != Qt::DisplayRole) {
        return {};
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
    case LastContactColumn:
        return tr("Last contact");
    case MinutesColumn:
        return tr("Support min.");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace abonent
