#pragma once

#include "DomainTypes.h"
#include "Entities.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace abonent {

// Which customers the list shows.
struct CustomerFilter
{
    QString search;
    // One status only; otherwise everyone but the archived (or everyone).
    std::optional<CustomerStatus> status;
    bool includeArchived = false;
    // With neither of the above: also leave out those whose contract ended
    // (the list's "Current customers"; a caller search still finds them).
    bool currentOnly = false;
    qint64 planId = 0; // customers whose plan in force is this one; 0 for any
    // Those whose personal data was erased: listed, but not offered where a
    // customer is chosen to record something about (nothing new is).
    bool includeErased = true;

    friend bool operator==(const CustomerFilter&, const CustomerFilter&) = default;
};

// The customer list. A query decides which customers match and in which order
// (ids only, cheap to hold); their rows are read a page at a time as the view
// scrolls (canFetchMore/fetchMore), never all at once. Searches return the
// best matches first and stop at kSearchLimit.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ContractColumn,
        NameColumn,
        StatusColumn,
        PlanColumn,
        PhoneColumn,
        LastContactColumn,
        MinutesColumn, // support minutes this month
        FlagsColumn,
        ColumnCount
    };
    // Tag roles on any column: names and #rrggbb colours of the tags in force,
    // most important first (the flags column draws them as chips).
    enum Role { CustomerIdRole = Qt::UserRole + 1, StatusCodeRole, SortValueRole, TagNamesRole, TagColoursRole };

    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 1000;

    explicit CustomerListModel(QSqlDatabase db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    // Column -1 is "best match first" while searching, contract order otherwise.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    // The office's country: numbers typed without a country code belong to
    // it, and its numbers are shown in its national format.
    void setDefaultCountry(const QString& isoCode);

    // How many customers match (at most kSearchLimit while searching).
    qint64 totalCount() const { return m_ids.size(); }
    // A search found more than it shows.
    bool isTruncated() const { return m_truncated; }
    qint64 customerIdAt(int row) const;
    int rowOf(qint64 customerId) const;
    QString lastError() const { return m_lastError; }

public slots:
    // Runs the query again from the top, as one reset.
    void reload();
    // Re-reads one customer's row if it is loaded (after an edit).
    void refreshCustomer(qint64 customerId);
    // Follows a change to one customer, made here or at another desk: a
    // loaded row is read again; one listed further down is read when the
    // view scrolls to it, unless it no longer belongs; a customer not listed
    // makes the list read again only if it now belongs (a new customer).
    // With several desks live, changes arrive many a second, and reading the
    // whole list for each would keep the window busy.
    void followChange(qint64 customerId);
    // The catalogue changed (names, colours): re-read it and redraw the tags.
    void refreshTags();

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
        CustomerPhone phone; // the main one: raw, e164 and extension
        mutable QString shownPhone; // as PhoneColumn shows it, once asked
        QDateTime lastContact;
        qint64 conversationSeconds = 0;
        QList<qint64> tagIds; // in force
    };

    // SQL conditions on customers c, with their bound values.
    struct Conditions
    {
        QStringList sql;
        QVariantList values;
    };
    // What the filter asks of a customer, the search aside.
    Conditions filterConditions() const;
    // The ids the filter and order give, or whether one customer matches.
    Result<QVector<qint64>> matchingIds(std::optional<qint64> onlyId = std::nullopt) const;
    // The rows of these customers, of those that also meet `only`.
    Result<QVector<Row>> rowsFor(const QVector<qint64>& ids, const Conditions& only = {}) const;
    void fail(const QString& message);
    void readCatalogue();
    // The row's tags from the catalogue, problem tags and the most severe first.
    QList<Tag> tagsOf(const Row& row) const;

    QSqlDatabase m_db;
    CustomerFilter m_filter;
    QString m_defaultCountry;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_ids;
    bool m_truncated = false;
    QVector<Row> m_rows; // the first m_rows.size() of m_ids, loaded
    QHash<qint64, Tag> m_tags; // the catalogue, for names and colours
    QString m_lastError;
};

} // namespace abonent
