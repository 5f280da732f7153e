#include "ProblemClientsModel.h"

#include "OfficeSettings.h"
#include "SearchText.h"
#include "SqlSupport.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace abonent {

ProblemClientsModel::ProblemClientsModel(QSqlDatabase db, QObject* parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

Result<QVector<ProblemClientsModel::Row>>
ProblemClientsModel::read(const QSqlDatabase& db, const Clock& clock, const std::atomic<bool>* cancel)
{
    const OfficeSettings settings(db);
    auto thresholds = IndicatorThresholds::load(settings);
    if (!thresholds) {
        return thresholds.error();
    }
    auto followUp = settings.number(CaseService::settingFollowUpDays(), 14);
    if (!followUp) {
        return followUp.error();
    }
    const IndicatorService indicators(db, clock);
    auto candidates = indicators.candidates(thresholds.value());
    if (!candidates) {
        return candidates.error();
    }
    // Who carries tags (and which of them problem tags), who has an open
    // case: only they need their tags or case read one by one.
    QSet<qint64> tagged;
    QSet<qint64> withProblemTags;
    QSet<qint64> withCases;
    {
        auto assignments =
            sql::select(db,
                        QStringLiteral("SELECT a.customer_id, max(t.marks_problem) FROM tag_assignments a"
                                       " JOIN tags t ON t.id = a.tag_id WHERE a.removed_at IS NULL"
                                       " AND (a.expires_at IS NULL OR a.expires_at > ?)"
                                       " GROUP BY a.customer_id"),
                        {sql::toEpoch(clock())});
        if (!assignments) {
            return assignments.error();
        }
        while (assignments->next()) {
            tagged.insert(assignments->value(0).toLongLong());
            if (assignments->value(1).toInt() == 1) {
                withProblemTags.insert(assignments->value(0).toLongLong());
            }
        }
        auto openCases = sql::select(db, QStringLiteral("SELECT customer_id FROM cases WHERE closed_at IS NULL"));
        if (!openCases) {
            return openCases.error();
        }
        while (openCases->next()) {
            withCases.insert(openCases->value(0).toLongLong());
        }
    }
    const QSet<qint64> ids = candidates.value() + withProblemTags + withCases;
    QList<qint64> ordered(ids.cbegin(), ids.cend());
    std::sort(ordered.begin(), ordered.end());

    const TagService tags(db, nullptr, clock);
    const CaseService cases(db, nullptr, clock);
    auto customer =
        sql::prepareSelect(db, QStringLiteral("SELECT contract_number, name, status FROM customers WHERE id = ?"));
    if (!customer) {
        return customer.error();
    }
    QVector<Row> rows;
    for (qint64 id : std::as_const(ordered)) {
        if (cancel && cancel->load()) {
            return makeError(Error::Code::Cancelled, tr("Reading the review was cancelled."));
        }
        if (Status status = sql::execPrepared(customer.value(), {id}); !status) {
            return status.error();
        }
        if (!customer->next()) {
            continue;
        }
        const auto status = fromCode<CustomerStatus>(customer->value(2).toString());
        Row row;
        row.customerId = id;
        row.contract = customer->value(0).toString();
        row.name = customer->value(1).toString();
        customer->finish();
        if (status == CustomerStatus::Terminated || status == CustomerStatus::Archived) {
            continue; // gone: nothing left to review
        }
        auto active = tagged.contains(id) ? tags.activeTagsOf(id) : Result<QList<ActiveTag>>(QList<ActiveTag>());
        if (!active) {
            return active.error();
        }
        QSet<QString> activeKeys;
        for (const ActiveTag& tag : active.value()) {
            activeKeys.insert(tag.tag.shippedKey);
            if (tag.tag.marksProblem) {
                row.problemTags.append(tag);
            }
        }
        auto facts = indicators.indicatorsFor(id);
        if (!facts) {
            return facts.error();
        }
        row.facts = facts.value();
        for (const Suggestion& suggestion : IndicatorService::suggest(row.facts, thresholds.value(), activeKeys)) {
            if (suggestion.kind != Suggestion::Kind::OneOff) {
                row.suggestions.append(suggestion);
            }
        }
        auto open = withCases.contains(id) ? cases.openCaseOf(id)
                                           : Result<std::optional<EscalationCase>>(std::optional<EscalationCase>());
        if (!open) {
            return open.error();
        }
        row.openCase = open.value();
        if (row.openCase) {
            row.due = row.openCase->nextStepDue(followUp.value());
        }
        if (row.problemTags.isEmpty() && !row.openCase && row.suggestions.isEmpty()) {
            continue;
        }
        rows.append(row);
    }
    // What needs a decision first: cases by due date, then problem tags, then suggestions.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.openCase.has_value() != b.openCase.has_value()) {
            return a.openCase.has_value();
        }
        if (a.openCase && a.due != b.due) {
            return a.due < b.due;
        }
        if (a.problemTags.isEmpty() != b.problemTags.isEmpty()) {
            return !a.problemTags.isEmpty();
        }
        return a.suggestions.size() > b.suggestions.size();
    });
    return rows;
}

void ProblemClientsModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

Status ProblemClientsModel::reload()
{
    auto rows = read(m_db, m_clock);
    if (!rows) {
        return rows.error();
    }
    setRows(std::move(rows).value());
    return {};
}

int ProblemClientsModel::rowOf(qint64 customerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).customerId == customerId) {
            return i;
        }
    }
    return -1;
}

int ProblemClientsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProblemClientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemClientsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case CustomerIdRole:
        return row.customerId;
    case TagColoursRole:
    case TagNamesRole: {
        QStringList values;
        for (const ActiveTag& tag : row.problemTags) {
            values << (role == TagColoursRole ? tag.tag.colour : tag.tag.name);
        }
        return values;
    }
    case SearchTextRole: {
        QStringList words {row.contract, row.name};
        for (const ActiveTag& tag : row.problemTags) {
            words << tag.tag.name;
        }
        return SearchText::fold(words.join(QLatin1Char(' ')));
    }
    case SortRole:
        switch (index.column()) {
        case IncidentsColumn:
            return row.facts.incidents30 * 1000 + row.facts.incidents90;
        case AllowanceColumn:
            return row.facts.allowanceUsePercent();
        case CaseColumn:
            return row.openCase ? static_cast<int>(row.openCase->nextStep().value_or(CaseStep::Terminated)) : -1;
        case DueColumn:
            return row.due.isValid() ? row.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case SuggestionsColumn:
            return static_cast<int>(row.suggestions.size());
        case TagsColumn:
            return static_cast<int>(row.problemTags.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == TagsColumn) {
            QStringList reasons;
            for (const ActiveTag& tag : row.problemTags) {
                reasons << tr("%1: %2").arg(tag.tag.name, tag.assignment.reason);
            }
            return reasons.join(QLatin1Char('\n'));
        }
        if (index.column() == SuggestionsColumn) {
            QStringList texts;
            for (const Suggestion& suggestion : row.suggestions) {
                texts << suggestion.text;
            }
            return texts.join(QLatin1Char('\n'));
        }
        return data(index, Qt::DisplayRole);
    case OverdueRole:
        return isOverdue(row);
    case Qt::TextAlignmentRole:
        return index.column() == IncidentsColumn || index.column() == AllowanceColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ContractColumn:
        return row.contract;
    case NameColumn:
        return row.name;
    case TagsColumn:
        return data(index, TagNamesRole).toStringList().join(QLatin1String(", "));
    case IncidentsColumn:
        return tr("%1 / %2").arg(row.facts.incidents30).arg(row.facts.incidents90);
    case AllowanceColumn:
        return row.facts.allowanceUsePercent() >= 0 ? tr("%1%").arg(row.facts.allowanceUsePercent()) : QString();
    case CaseColumn:
        if (!row.openCase) {
            return QString();
        }
        if (const auto next = row.openCase->nextStep()) {
            return tr("Next: %1").arg(labelOf(*next));
        }
        return tr("All steps taken");
    case DueColumn:
        if (!row.due.isValid()) {
            return QString();
        }
        return isOverdue(row) ? tr("%1, overdue").arg(locale.toString(row.due, QLocale::ShortFormat))
                              : locale.toString(row.due, QLocale::ShortFormat);
    case SuggestionsColumn:
        return row.suggestions.isEmpty() ? QString() : row.suggestions.first().text;
    default:
        return {};
    }
}

bool ProblemClientsModel::isOverdue(const Row& row) const
{
    return row.due.isValid() && row.due < m_clock().toLocalTime().date();
}

QVariant ProblemClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IncidentsColumn:
            return tr("Contacts with conduct other than normal in the last 30 and 90 days");
        case AllowanceColumn:
            return tr("Support minutes this month as a share of what the plan includes");
        case DueColumn:
            return tr("When the next step of the case is due");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ContractColumn:
        return tr("Contract");
    case NameColumn:
        return tr("Name");
    case TagsColumn:
        return tr("Problem tags");
    case IncidentsColumn:
        return tr("Incidents 30/90 d");
    case AllowanceColumn:
        return tr("Allowance used");
    case CaseColumn:
        return tr("Case");
    case DueColumn:
        return tr("Due");
    case SuggestionsColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

} // namespace abonent
