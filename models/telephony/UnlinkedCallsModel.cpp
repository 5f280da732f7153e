#include "UnlinkedCallsModel.h"

#include "CallerLookup.h"
#include "OfficeSettings.h"
#include "PhoneNumber.h"
#include "TimelineModel.h"

#include <QLocale>

namespace abonent {

UnlinkedCallsModel::UnlinkedCallsModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

Status UnlinkedCallsModel::reload()
{
    auto calls = UnlinkedCalls(m_db).waiting();
    if (!calls) {
        return calls.error();
    }
    // Caller IDs are shown as the customers' numbers are, in the office country's style.
    const QString country = OfficeSettings(m_db).defaultCountry().value_or(QString());
    beginResetModel();
    m_calls = calls.value();
    m_callers.clear();
    for (const UnlinkedCall& call : std::as_const(m_calls)) {
        m_callers << (CallerLookup::isWithheld(call.callerId)
                          ? tr("withheld")
                          : PhoneNumber::shown(CallerLookup::numberIn(call.callerId), country));
    }
    endResetModel();
    return {};
}

int UnlinkedCallsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int UnlinkedCallsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnlinkedCallsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size()) {
        return {};
    }
    const UnlinkedCall& call = m_calls.at(index.row());
    if (role == CallIdRole) {
        return call.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(call.note.startedAt.toLocalTime(), QLocale::ShortFormat);
    case CallerColumn:
        return m_callers.at(index.row());
    case LengthColumn:
        return TimelineModel::formatDuration(call.note.durationSeconds);
    case OperatorColumn:
        return call.operatorName;
    case AboutColumn:
        return call.note.topic.isEmpty() && call.note.noConversation ? labelOf(*call.note.noConversation)
                                                                     : call.note.topic;
    case SummaryColumn:
        return call.note.summary;
    default:
        return {};
    }
}

QVariant UnlinkedCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CallerColumn:
        return tr("Caller");
    case LengthColumn:
        return tr("Length");
    case OperatorColumn:
        return tr("Taken by");
    case AboutColumn:
        return tr("About");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace abonent
