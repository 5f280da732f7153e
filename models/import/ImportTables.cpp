#include "ImportTables.h"

namespace abonent {

namespace {

// A preview cell stays one line, however long the field.
constexpr int kLongestShownValue = 80;

QString shown(const QString& value)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QChar(0x21B5));
    return line.size() > kLongestShownValue ? line.left(kLongestShownValue) + QChar(0x2026) : line;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.headings.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const QString value = m_preview.rows.at(index.row()).value(index.column());
    return role == Qt::DisplayRole ? shown(value) : value;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 2; // the file's line, after the headings
    }
    const QString heading = m_preview.headings.value(section);
    const QString field = m_preview.fieldOfColumn.value(section);
    if (field.isEmpty()) {
        return tr("%1\n(not imported)").arg(heading);
    }
    const auto known = ImportSpec::field(m_preview.mapping.kind, field);
    return QStringLiteral("%1\n→ %2").arg(heading, known ? known->label : field);
}

ImportProblemsModel::ImportProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemsModel::setProblems(const QList<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const ImportProblem& problem = m_problems.at(index.row());
    switch (index.column()) {
    case LineColumn:
        return problem.line > 0 ? QVariant(problem.line) : QVariant(tr("file"));
    case ColumnColumn:
        return problem.column;
    case ValueColumn:
        return role == Qt::DisplayRole ? shown(problem.value) : problem.value;
    case ProblemColumn:
        return problem.message;
    default:
        return {};
    }
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ProblemColumn:
        return tr("Why it is refused");
    default:
        return {};
    }
}

} // namespace abonent
