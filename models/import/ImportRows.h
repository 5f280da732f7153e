#pragma once

#include "Actor.h"
#include "CsvReader.h"
#include "ImportMapping.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace abonent {

// Why one row of a file is refused: where, which column, what it held.
struct ImportProblem
{
    int line = 0;
    QString column; // the column's heading in the file
    QString value;
    QString message;
};

// One record of the file, read by field; the problems found in it are
// collected with their line and column.
class ImportRow
{
public:
    ImportRow(const CsvRecord& record, const QHash<QString, int>& columns, const QStringList& headings);

    int line() const { return m_record.line; }
    bool has(const QString& field) const { return m_columns.contains(field); }
    // The field's text, trimmed and without the apostrophe a spreadsheet
    // export puts before a formula (Csv::guarded); empty when the file has
    // no such column.
    QString text(const QString& field) const;
    void refuse(const QString& field, const QString& message);
    // A problem with the row as a whole.
    void refuseRow(const QString& message);
    bool refused() const { return !m_problems.isEmpty(); }
    const QList<ImportProblem>& problems() const { return m_problems; }

private:
    const CsvRecord& m_record;
    const QHash<QString, int>& m_columns;
    const QStringList& m_headings;
    QList<ImportProblem> m_problems;
};

// What an import works with: the database, the completed mapping, the
// office's country and currency, the day of the import and who runs it.
struct ImportContext
{
    QSqlDatabase db;
    ImportMapping mapping; // everything the file left open worked out
    QString country;
    QString currency;
    QDate today;
    Actor actor;
    QString fileName;
};

enum class RowEffect { Added, Updated, Unchanged };

// The rules of one kind of file: reading and checking a row (the dry run),
// and writing it. check() sees every row before write() sees any, so
// duplicates within the file are found before anything is written.
class KindImport
{
public:
    virtual ~KindImport() = default;
    // Reads what rows are checked against: contracts, plans, operators.
    virtual Status load() = 0;
    virtual void check(ImportRow& row) = 0;
    virtual Result<RowEffect> write(ImportRow& row) = 0;
    // After the last row, inside the same transaction.
    virtual Status finish() { return {}; }

    static std::unique_ptr<KindImport> make(const ImportContext& context);
};

} // namespace abonent
