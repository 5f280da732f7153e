#pragma once

#include "Actor.h"
#include "CsvReader.h"
#include "Entities.h"
#include "ImportMapping.h"
#include "ImportValues.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <utility>

namespace abonent {

// Why one row of a file is refused: where, which column, what it held.
struct ImportProblem
{
    int line = 0;
    QString column; // the column's heading in the file
    QString value;
    QString message;
};

// Which column of a file holds which field. Looked up for every field of
// every row: a short list compared by text takes less than hashing the
// field's name each time.
using ImportColumns = QList<std::pair<QString, int>>;

// One record of the file, read by field; the problems found in it are
// collected with their line and column.
class ImportRow
{
public:
    ImportRow(const CsvRecord& record, const ImportColumns& columns, const QStringList& headings);

    int line() const { return m_record.line; }
    bool has(const QString& field) const { return column(field) >= 0; }
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
    int column(const QString& field) const;

    const CsvRecord& m_record;
    const ImportColumns& m_columns;
    const QStringList& m_headings;
    QList<ImportProblem> m_problems;
};

// What reading a file works out that is worth keeping from the check pass
// of an import for its write pass: the phone numbers, which libphonenumber
// takes longer to parse than all the rest of a customers row to read, and
// the offsets from UTC of the hours the file's times fall in.
struct ImportMemo
{
    QHash<QString, CustomerPhone> phones; // by the text as the file writes it
    LocalTimes localTimes;
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
    std::shared_ptr<ImportMemo> memo = std::make_shared<ImportMemo>(); // shared by the passes of one import
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
