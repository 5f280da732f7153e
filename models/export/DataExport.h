#pragma once

#include "Csv.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace abonent {

// A column of an exported table: what it holds decides how the CSV and the
// JSON write it (see DataExport). Other reports that hand data out (a
// person's data on request) write their rows the same way.
struct ExportColumn
{
    enum class Kind {
        Text,
        Integer,
        Date, // ISO text as stored
        Time, // UTC seconds as stored
        Money, // minor units; the currency is in the column named by `currency`
        Flag, // 0 or 1
        List, // a QStringList
        IdList, // a QVariantList of ids
    };

    QString name;
    Kind kind = Kind::Text;
    QString currency; // for Money: the column with its currency code

    static ExportColumn of(const char* name, Kind kind);
    static ExportColumn text(const char* name);
    static ExportColumn money(const char* name, const char* currency);

    // One row as abonent.json writes it: keyed by the columns' names (money
    // under the name with "_minor" after it), times in UTC, NULL as null.
    static QJsonObject jsonRow(const QList<ExportColumn>& columns, const QVariantList& values);
};

// One file an export wrote, and the rows in it (abonent.json: of all tables).
struct ExportedFile
{
    QString name; // "customers.csv"
    qint64 rows = 0;
};

struct ExportReport
{
    QString folder; // absolute
    QDateTime exportedAt; // UTC
    QList<ExportedFile> files; // in the order written, abonent.json last
};

// Progress of an export: the file being written, rows written of all rows
// in every table. Answering false stops it, and what it wrote is removed.
using ExportProgress = std::function<bool(const QString& file, qint64 done, qint64 total)>;

// Everything a person would want in a spreadsheet, out of the database into
// a folder: one CSV file per table and one JSON file with all of them.
//
//   customers.csv     id, contract, kind, name, phone (the main number,
//                     E.164), phones (every number, "; " between), address,
//                     email, status, customer_since, plan (in force),
//                     plan_since, notes, opening_balance, opening_balance_on,
//                     opening_balance_currency
//   phones.csv        id, contract, position (0 is the main number), phone
//                     (E.164, " ext. N" after it), raw (as typed), e164,
//                     extension, label
//   plans.csv         id, name, fee, currency, included_minutes, extra_rate
//                     (a minute beyond them), no_support, active
//   plan_periods.csv  id, contract, plan, starts_on, ends_on (not included;
//                     empty while in force)
//   payments.csv      id, contract, paid_on, kind, amount, currency, note
//   contacts.csv      id, contract, started_at, duration (seconds), channel,
//                     operator (login), operator_name, topic, summary,
//                     outcome, conduct, no_conversation
//   tags.csv          id, contract, tag, tag_key (a shipped tag's), problem_tag,
//                     reason, set_at, set_by, expires_at, removed_at,
//                     removed_by, removal_reason, evidence_contacts (contact ids)
//   cases.csv         id, contract, opened_at, opened_by, reason, closed_at,
//                     closed_by, outcome, closing_note
//   case_steps.csv    id, case_id, contract, step, skipped, taken_on,
//                     recorded_at, recorded_by, note, offered_plan,
//                     offer_accepted, clause, termination_on, refund, owed,
//                     currency, letter (its number)
//   letters.csv       the register: id, number, kind, language,
//                     template_version, contract, letter_date, issued_at,
//                     issued_by, case_step_id, replaces (a number), status
//                     (issued, void), voided_at, voided_by, void_reason,
//                     check_override, pdf_sha256
//
// Headings are English snake_case and stay as they are; those of customers,
// phones, plans, plan periods, payments and contacts are ones `abonent
// import` recognises, so an export reads back in. Codes (status, kind,
// channel, outcome, conduct, step) are the stored codes, never translated;
// tag names are the catalogue's as this desk shows them. In the CSV files
// dates are YYYY-MM-DD, times YYYY-MM-DD HH:MM:SS in this desk's time zone,
// amounts decimal in major units ("1234.50", with a decimal comma when the
// separator is ';'), flags yes or no, lists joined with "; ". "*_by" columns
// name the person. Letters' text and PDFs stay in the database.
//
// abonent.json holds the same tables with the same names as keys:
//   {"format": "abonent-export", "version": 1, "exported_at": UTC,
//    "schema_version": N, "time_zone": the CSV files' zone,
//    "tables": {"customers": [{row}, …], "phones": […], …},
//    "rows": {"customers": N, …}}
// where a row is an object keyed by the CSV headings, with numbers as
// numbers, flags as true or false, lists as arrays, what the database does
// not hold (no plan in force, a tag never removed) as null, times in UTC
// ("2026-03-12T10:00:00Z"), text as stored (no formula guard), and money in
// integer minor units under the heading with "_minor" after it
// ("amount_minor": 123450).
//
// Every file describes the same moment: the tables are read in one read
// transaction, which never holds up a desk that writes meanwhile. Rows go to
// the files as they are read, so the size of the base does not matter. Each
// file is written as "<name>.unfinished", readable by its owner only, and
// renamed when every file is whole; a file of the same name already in the
// folder stops the export before it starts (nothing is ever replaced), and
// a failure or a cancel removes everything it wrote. Only QtSql with the
// schema's own SQL, so a PostgreSQL database exports the same way.
//
// Call run() on the thread that owns the connection (a worker opens its own).
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    explicit DataExport(QSqlDatabase db);

    // Separator, byte order mark and formula guard of the CSV files; by
    // default comma, a byte order mark (Excel reads UTF-8 then) and guarded.
    void setCsvFormat(const CsvFormat& format) { m_format = format; }
    const CsvFormat& csvFormat() const { return m_format; }

    // The files an export writes, in order.
    static QStringList fileNames();

    // The rows of every table of the export that are about one customer (of
    // the plans, those they had), as abonent.json holds them: the table's
    // name to an array of rows. Read as of one moment, in memory.
    Result<QJsonObject> customerTables(qint64 customerId) const;

    // Writes every file into `folder` (made if missing, its owner's only).
    // Error::Code::Conflict when one of the files is there already,
    // Cancelled when `progress` said stop.
    Result<ExportReport> run(const QString& folder, const ExportProgress& progress = {});

private:
    QSqlDatabase m_db;
    CsvFormat m_format {QLatin1Char(','), true, true};
};

} // namespace abonent
