#include "LossMakersModel.h"

#include "Money.h"

#include <algorithm>

namespace abonent {

LossMakersModel::LossMakersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LossMakersModel::setReport(const PortfolioReport& report)
{
    beginResetModel();
    m_rows.clear();
    m_currency = report.portfolio.currency;
    m_locale = QLocale();
    for (const CustomerFigures& figures : report.portfolio.customers) {
        if (figures.marginMinor() >= 0) {
            continue;
        }
        Row row;
        row.figures = figures;
        for (qint64 tagId : report.problemTags.value(figures.customerId)) {
            if (const Tag* tag = report.tag(tagId)) {
                row.tagNames << tag->name;
                row.tagColours << tag->colour;
            }
        }
        row.openCase = report.openCases.contains(figures.customerId);
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (a.figures.marginMinor() != b.figures.marginMinor()) {
            return a.figures.marginMinor() < b.figures.marginMinor();
        }
        return a.figures.customerId < b.figures.customerId;
    });
    endResetModel();
}

int LossMakersModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).figures.customerId == customerId) {
            return row;
        }
    }
    return -1;
}

int LossMakersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LossMakersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LossMakersModel::plainAmount(qint64 minor) const
{
    return Money {minor, m_currency}.plain(m_decimalMark);
}

std::optional<qint64> LossMakersModel::amountIn(const CustomerFigures& figures, int column)
{
    switch (column) {
    case RevenueColumn:
        return figures.revenueMinor;
    case ReceivedColumn:
        return figures.cashMinor;
    case BalanceColumn:
        return figures.balanceMinor();
    case CostColumn:
        return figures.costMinor;
    case MarginColumn:
        return figures.marginMinor();
    default:
        return std::nullopt;
    }
}

QVariant LossMakersModel::display(const Row& row, int column) const
{
    const CustomerFigures& figures = row.figures;
    if (const auto amount = amountIn(figures, column)) {
        return Money {*amount, m_currency}.format(m_locale);
    }
    switch (column) {
    case ContractColumn:
        return figures.contract;
    case NameColumn:
        return figures.name;
    case PlanColumn:
        return figures.plan;
    case MinutesColumn:
        return m_locale.toString(figures.conversationMinutes());
    case ContactsColumn:
        return m_locale.toString(figures.contacts);
    case TagsColumn:
        return row.tagNames.join(QLatin1String(", "));
    case CaseColumn:
        return row.openCase ? tr("Open") : QString();
    default:
        return {};
    }
}

QVariant LossMakersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const CustomerFigures& figures = row.figures;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        return column >= RevenueColumn && column <= ContactsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    case CustomerIdRole:
        return figures.customerId;
    case TagNamesRole:
        return row.tagNames;
    case TagColoursRole:
        return row.tagColours;
    case ExportRole:
        if (const auto amount = amountIn(figures, column)) {
            return plainAmount(*amount);
        }
        switch (column) {
        case MinutesColumn:
            return QString::number(figures.conversationMinutes());
        case ContactsColumn:
            return QString::number(figures.contacts);
        default:
            return display(row, column);
        }
    case SortRole:
        if (const auto amount = amountIn(figures, column)) {
            return *amount;
        }
        switch (column) {
        case MinutesColumn:
            return figures.conversationSeconds;
        case ContactsColumn:
            return figures.contacts;
        case TagsColumn:
            return static_cast<int>(row.tagNames.size());
        case CaseColumn:
            return row.openCase;
        default:
            return display(row, column);
        }
    default:
        return {};
    }
}

QVariant LossMakersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole)) {
        return {};
    }
    if (role == ExportRole && section >= RevenueColumn && section <= MarginColumn) {
        // A file has no formatting to show the currency by.
        return tr("%1 (%2)").arg(headerData(section, orientation).toString(), m_currency);
    }
    switch (section) {
    case ContractColumn:
        return tr("Contract");
    case NameColumn:
        return tr("Customer");
    case PlanColumn:
        return tr("Plan");
    case RevenueColumn:
        return tr("Charged");
    case ReceivedColumn:
        return tr("Received");
    case BalanceColumn:
        return tr("Balance");
    case CostColumn:
        return tr("Support cost");
    case MarginColumn:
        return tr("Margin");
    case MinutesColumn:
        return tr("Minutes");
    case ContactsColumn:
        return tr("Contacts");
    case TagsColumn:
        return tr("Problem tags");
    case CaseColumn:
        return tr("Case");
    default:
        return {};
    }
}

} // namespace abonent
