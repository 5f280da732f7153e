#include "PlanTableModel.h"

#include <QLocale>

#include <algorithm>

namespace abonent {

PlanTableModel::PlanTableModel(QSqlDatabase db, QObject* parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_service(std::move(db), std::move(clock))
{
    (void)reload();
}

Status PlanTableModel::reload()
{
    auto rows = m_service.overview();
    beginResetModel();
    m_rows = rows ? rows.value() : QList<PlanOverview> {};
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const PlanOverview& a, const PlanOverview& b) {
        return a.plan.active > b.plan.active;
    });
    endResetModel();
    return rows ? Status() : Status(rows.error());
}

const PlanOverview* PlanTableModel::planAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PlanTableModel::rowOf(qint64 planId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).plan.id == planId) {
            return row;
        }
    }
    return -1;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::text(const PlanOverview& row, int column) const
{
    const QLocale locale;
    const Plan& plan = row.plan;
    switch (column) {
    case Name:
        return plan.name;
    case Fee:
        return plan.monthlyFee.format(locale);
    case NextFee:
        if (const auto next = row.nextChange(m_service.today())) {
            return tr("%1 from %2")
                .arg(Money {next->feeMinor, plan.monthlyFee.currency}.format(locale),
                     locale.toString(next->startsOn, QLocale::ShortFormat));
        }
        return {};
    case Support:
        return plan.supportIncluded ? tr("%n minute(s) included", nullptr, plan.includedSupportMinutes)
                                    : tr("No support");
    case ExtraMinute:
        return plan.paidSupportRatePerMinuteMinor > 0
            ? Money {plan.paidSupportRatePerMinuteMinor, plan.monthlyFee.currency}.format(locale)
            : QString();
    case Customers:
        return locale.toString(row.customersNow);
    case State:
        return plan.active ? tr("Offered") : tr("Retired");
    default:
        return {};
    }
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    const PlanOverview* row = index.isValid() ? planAt(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Fee || index.column() == ExtraMinute || index.column() == Customers) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextFee && row->nextChange(m_service.today())) {
            return tr("Customers on the plan pay the new fee from that day; the days before stay at today's fee.");
        }
        return {};
    case PlanIdRole:
        return row->plan.id;
    case RetiredRole:
        return !row->plan.active;
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Plan");
    case Fee:
        return tr("Monthly fee");
    case NextFee:
        return tr("Next fee");
    case Support:
        return tr("Support");
    case ExtraMinute:
        return tr("Extra minute");
    case Customers:
        return tr("Customers now");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace abonent
