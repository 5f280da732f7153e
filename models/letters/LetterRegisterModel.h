#pragma once

#include "LetterService.h"

#include <QAbstractTableModel>

namespace abonent {

// The register of issued letters, newest first: number, date, customer,
// kind, language, who issued it, and whether it is in force or void.
class LetterRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        DateColumn,
        CustomerColumn,
        ContractColumn,
        KindColumn,
        LanguageColumn,
        IssuedByColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { LetterIdRole = Qt::UserRole + 1, CustomerIdRole, SortRole };

    explicit LetterRegisterModel(QSqlDatabase db, QObject* parent = nullptr);

    Status reload();
    const IssuedLetter* letterAt(int row) const;
    int rowOf(qint64 letterId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<IssuedLetter> m_letters;
};

} // namespace abonent
