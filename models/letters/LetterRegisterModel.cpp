#include "LetterRegisterModel.h"

#include <QLocale>

namespace abonent {

LetterRegisterModel::LetterRegisterModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

Status LetterRegisterModel::reload()
{
    auto letters = LetterService(m_db).all();
    if (!letters) {
        return letters.error();
    }
    beginResetModel();
    m_letters = std::move(letters).value();
    endResetModel();
    return {};
}

const IssuedLetter* LetterRegisterModel::letterAt(int row) const
{
    return row >= 0 && row < m_letters.size() ? &m_letters.at(row) : nullptr;
}

int LetterRegisterModel::rowOf(qint64 letterId) const
{
    for (int row = 0; row < m_letters.size(); ++row) {
        if (m_letters.at(row).id == letterId) {
            return row;
        }
    }
    return -1;
}

int LetterRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_letters.size());
}

int LetterRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LetterRegisterModel::data(const QModelIndex& index, int role) const
{
    const IssuedLetter* letter = letterAt(index.row());
    if (!letter) {
        return {};
    }
    switch (role) {
    case LetterIdRole:
        return letter->id;
    case CustomerIdRole:
        return letter->customerId;
    case SortRole:
        if (index.column() == NumberColumn || index.column() == DateColumn) {
            return letter->issuedAt.toSecsSinceEpoch(); // numbers sort by when, not as text
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (letter->isVoid()) {
            return tr("Void since %1 (%2): %3")
                .arg(QLocale().toString(letter->voidedAt.toLocalTime(), QLocale::ShortFormat),
                     letter->voidedByName,
                     letter->voidReason);
        }
        return tr("SHA-256 of the PDF: %1").arg(letter->sha256);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return letter->number;
        case DateColumn:
            return QLocale().toString(letter->letterDate, QLocale::ShortFormat);
        case CustomerColumn:
            return letter->customerName;
        case ContractColumn:
            return letter->contractNumber;
        case KindColumn:
            return labelOf(letter->kind);
        case LanguageColumn:
            return letter->language;
        case IssuedByColumn:
            return letter->issuedByName;
        case StatusColumn:
            if (letter->erased) {
                return letter->isVoid() ? tr("Void; erased with the customer's data")
                                        : tr("Erased with the customer's data");
            }
            return letter->isVoid() ? tr("Void: %1").arg(letter->voidReason) : tr("In force");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LetterRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ContractColumn:
        return tr("Contract");
    case KindColumn:
        return tr("Letter");
    case LanguageColumn:
        return tr("Language");
    case IssuedByColumn:
        return tr("Issued by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace abonent
