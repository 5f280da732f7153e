#pragma once

#include "Actor.h"
#include "ImportMapping.h"
#include "ImportRows.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace abonent {

// The head of a file as the mapping step shows it.
struct ImportPreview
{
    ImportMapping mapping; // with what the file left open worked out
    bool encodingGuessed = false;
    bool hadInvalidBytes = false; // the encoding does not fit every byte read
    QStringList headings;
    QList<QStringList> rows;
    // For each column, the field it is mapped to, or an empty string.
    QStringList fieldOfColumn;
};

// What a dry run found or an import did.
struct ImportReport
{
    ImportKind kind = ImportKind::Customers;
    int rows = 0;
    QList<ImportProblem> problems;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    bool imported = false; // written and committed
    bool cancelled = false;

    // Rows with a problem (a problem of the whole file counts as one).
    int refusedRows() const;
    // The refused rows as a spreadsheet reads them: line, column, value, why.
    QByteArray problemsCsv() const;
};

// Progress of a long read: bytes done of all; answering false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Brings one CSV file in: first every row is read and checked (the dry
// run), and only when none is refused is the file read again and written,
// all of it in one transaction, so an import happens whole or not at all.
// New customers, their phones, plans and balances, new payments and
// contacts and the old system's ids are written hundreds to a statement
// (BatchInsert), the new rows numbered on from the highest id stored.
// Everything goes through QtSql, the dialect and storage/, so PostgreSQL
// takes it as SQLite does (but for those ids, which it would take from its
// sequences).
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    CsvImport(QSqlDatabase db, QString path, ImportMapping mapping);

    // Reads the head of the file and works out what the mapping leaves open:
    // encoding, separator, date order, decimal mark, columns from headings.
    Result<ImportPreview> preview(int rows = 20);
    // Every row checked, nothing written.
    Result<ImportReport> check(const ImportProgress& progress = {});
    // Checked, then written when no row is refused.
    Result<ImportReport> run(const Actor& actor, const ImportProgress& progress = {});

    static QString auditAction() { return QStringLiteral("import"); }

private:
    enum class Pass { Check, Write };
    Result<ImportReport> pass(Pass which, KindImport& rules, const ImportProgress& progress, qint64 offset);
    Result<ImportContext> context(const Actor& actor);
    Status recordInAudit(const ImportContext& context, const ImportReport& report);

    QSqlDatabase m_db;
    QString m_path;
    ImportMapping m_mapping;
    std::optional<ImportPreview> m_preview;
    QHash<QString, int> m_columns; // field → column
};

} // namespace abonent
