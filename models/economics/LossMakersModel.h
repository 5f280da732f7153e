#pragma once

#include "PortfolioReport.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

namespace abonent {

// The customers whose support cost more than they paid over the period, the
// largest loss first: the portfolio page's table. Other orders go through
// SortRole (a proxy sorts); ExportRole gives plain values for a CSV file.
class LossMakersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ContractColumn,
        NameColumn,
        PlanColumn,
        RevenueColumn, // charged
        ReceivedColumn,
        BalanceColumn,
        CostColumn,
        MarginColumn,
        MinutesColumn,
        ContactsColumn,
        TagsColumn,
        CaseColumn,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1, SortRole, TagColoursRole, TagNamesRole, ExportRole };

    explicit LossMakersModel(QObject* parent = nullptr);

    // Keeps the loss-making customers of the report.
    void setReport(const PortfolioReport& report);
    // The decimal mark of amounts under ExportRole ('.' by default).
    void setExportDecimalMark(QChar mark) { m_decimalMark = mark; }
    const CustomerFigures& figuresAt(int row) const { return m_rows.at(row).figures; }
    int rowOf(qint64 customerId) const;
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CustomerFigures figures;
        QStringList tagNames;
        QStringList tagColours;
        bool openCase = false;
    };
    QVariant display(const Row& row, int column) const;
    // The amount a money column shows, in minor units; none for the others.
    static std::optional<qint64> amountIn(const CustomerFigures& figures, int column);
    QString plainAmount(qint64 minor) const;

    QVector<Row> m_rows;
    QString m_currency;
    QLocale m_locale;
    QChar m_decimalMark = QLatin1Char('.');
};

} // namespace abonent
