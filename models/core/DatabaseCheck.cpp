#include "DatabaseCheck.h"

#include "LetterRegisterCheck.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace abonent {

namespace {

// A data table as the check reads it: the order that makes its digest
// independent of where rows sit in the file, and the columns that are its
// content.
struct CheckedTable
{
    QString name;
    QString order = QStringLiteral("id");
    QString columns = QStringLiteral("*");
};

const QList<CheckedTable>& checkedTables()
{
    static const QList<CheckedTable> tables {
        {QStringLiteral("office_settings"), QStringLiteral("key")},
        {QStringLiteral("operators")},
        {QStringLiteral("plans")},
        {QStringLiteral("customers")},
        {QStringLiteral("phones")},
        {QStringLiteral("plan_periods")},
        {QStringLiteral("payments")},
        {QStringLiteral("contacts")},
        {QStringLiteral("customer_months"), QStringLiteral("customer_id, month")},
        {QStringLiteral("rollup_state")}, // on a server, contact_rollup_pending (see onEngine)
        {QStringLiteral("channel_costs"), QStringLiteral("channel")},
        {QStringLiteral("tags")},
        {QStringLiteral("tag_assignments")},
        {QStringLiteral("tag_evidence"), QStringLiteral("assignment_id, contact_id")},
        {QStringLiteral("cases")},
        {QStringLiteral("case_steps")},
        {QStringLiteral("customer_exits")},
        {QStringLiteral("opening_balances"), QStringLiteral("customer_id")},
        {QStringLiteral("import_keys"), QStringLiteral("source, external_id")},
        {QStringLiteral("plan_fee_changes")},
        // A shipped template was created when its migration ran.
        {QStringLiteral("letter_templates"),
         QStringLiteral("id"),
         QStringLiteral("id, kind, language, version, body, shipped,"
                        " CASE WHEN shipped = 1 THEN NULL ELSE created_at END, created_by")},
        {QStringLiteral("letter_register"), QStringLiteral("year")},
        {QStringLiteral("letters")},
        {QStringLiteral("unlinked_calls")},
        {QStringLiteral("call_recordings")},
        {QStringLiteral("audit_log")},
        // Empty but while an erasure runs.
        {QStringLiteral("erasure_permits"), QStringLiteral("customer_id")},
        // Last, so clearing in reverse order removes drafts before the customers they name.
        {QStringLiteral("call_drafts")},
    };
    return tables;
}

// A table as the engine behind `db` has it. What the roll-ups still have to
// take in is kept as a mark in the ids in a file, as a queue on a server
// (Rollups); everything else is the same on both.
CheckedTable onEngine(const CheckedTable& table, const QSqlDatabase& db)
{
    if (table.name == QLatin1String("rollup_state") && !SqlDialect::of(db).idsCommitInOrder()) {
        return {QStringLiteral("contact_rollup_pending"), QStringLiteral("contact_id")};
    }
    return table;
}

} // namespace

DatabaseCheck::DatabaseCheck(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList DatabaseCheck::dataTables()
{
    QStringList names;
    for (const CheckedTable& table : checkedTables()) {
        names << table.name;
    }
    return names;
}

QStringList DatabaseCheck::tablesLeftOut()
{
    return {QStringLiteral("schema_migrations"), QStringLiteral("customer_words"), QStringLiteral("customer_digits")};
}

Result<DatabaseCheck::Report> DatabaseCheck::run() const
{
    Report report;
    // The file's pages and the references between rows, as the engine checks them.
    auto problems = SqlDialect::of(m_db).integrityProblems(m_db);
    if (!problems) {
        return sql::inContext(tr("Integrity check could not run"), problems.error());
    }
    report.integrityProblems = std::move(problems).value();
    // A permit outlives its erasure's transaction only when something wrote
    // it by hand; while it lasts the customer's append-only rows can be blanked.
    auto permits = sql::select(m_db, QStringLiteral("SELECT customer_id FROM erasure_permits ORDER BY customer_id"));
    if (!permits) {
        return permits.error();
    }
    while (permits->next()) {
        report.integrityProblems << tr("An erasure permit for customer %1 was left behind; nothing but an erasure "
                                       "in progress may hold one.")
                                        .arg(permits->value(0).toLongLong());
    }
    auto letters = LetterRegisterCheck(m_db).check();
    if (!letters) {
        return letters.error();
    }
    report.registerProblems = std::move(letters->problems);
    report.erasedLetters = std::move(letters->erased);
    for (const CheckedTable& checked : checkedTables()) {
        // Table names come from the fixed list above, never from input.
        const QString table = onEngine(checked, m_db).name;
        auto rows = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!rows) {
            return rows.error();
        }
        report.rowCounts.append({table, rows.value().toLongLong()});
    }
    return report;
}

Result<QByteArray> DatabaseCheck::contentDigest(Scope scope) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CheckedTable& checked : checkedTables()) {
        if (scope == Scope::BothEngines && checked.name == QLatin1String("rollup_state")) {
            continue;
        }
        const CheckedTable table = onEngine(checked, m_db);
        auto rows = sql::stream(
            m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(table.columns, table.name, table.order));
        if (!rows) {
            return rows.error();
        }
        hash.addData(table.name.toUtf8());
        const int columns = rows->record().count();
        while (rows->next()) {
            for (int column = 0; column < columns; ++column) {
                const QVariant value = rows->value(column);
                // Separate NULL from empty text, and fields from each other;
                // a BLOB (a letter's PDF) by its bytes, which are not text.
                if (value.isNull()) {
                    hash.addData(QByteArrayView("\x01N"));
                } else if (value.typeId() == QMetaType::QByteArray) {
                    hash.addData(QByteArrayView("\x01B"));
                    hash.addData(value.toByteArray());
                } else {
                    hash.addData(QByteArrayView("\x01V"));
                    hash.addData(value.toString().toUtf8());
                }
            }
            hash.addData(QByteArrayView("\x02"));
        }
    }
    return hash.result();
}

} // namespace abonent
