#include "ServerTransfer.h"

#include "Database.h"
#include "DatabaseCheck.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace abonent {

namespace {

// One INSERT carries this many values at most (PostgreSQL takes 65,535
// parameters; fewer keep each statement's text small) ...
constexpr int kValuesPerBatch = 20000;
// ... and about this much text and bytes, so batches of letters with their
// PDFs stay a few megabytes.
constexpr qint64 kBytesPerBatch = 4 * 1024 * 1024;

// The tables copied, in an order that respects foreign keys. How each
// engine keeps track of the contacts its roll-ups still have to take in
// differs (a mark in a file, a queue on a server), so that is carried over
// on its own.
QStringList copiedTables()
{
    QStringList tables = DatabaseCheck::dataTables();
    tables.removeAll(QStringLiteral("rollup_state"));
    return tables;
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
    }
    return columns;
}

qint64 sizeOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return value.toByteArray().size() * 2; // written as hex
    case QMetaType::QString:
        return value.toString().size() * 2;
    default:
        return 8;
    }
}

Result<qint64> countRows(const QSqlDatabase& db, const QString& table)
{
    // Table names come from the fixed list of data tables, never from input.
    auto rows = sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
    if (!rows) {
        return rows.error();
    }
    return rows.value().toLongLong();
}

// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)" for `rows` rows.
QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), int(columns.size()));
    const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList allRows;
    allRows.fill(row, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QLatin1String(", ")), allRows.join(QLatin1String(", ")));
}

// Copies one table's rows from the file to the server in multi-row INSERTs.
class TableCopy
{
public:
    TableCopy(const QSqlDatabase& file, const QSqlDatabase& server, QString table, QStringList columns)
        : m_file(file)
        , m_server(server)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_rowsPerBatch(std::max(1, kValuesPerBatch / int(m_columns.size())))
        , m_fullBatch(server)
    {
    }

    Status run(qint64 total, const ServerTransfer::Progress& progress)
    {
        auto rows =
            sql::stream(m_file, QStringLiteral("SELECT %1 FROM %2").arg(m_columns.join(QLatin1String(", ")), m_table));
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            for (int column = 0; column < m_columns.size(); ++column) {
                // A NULL is bound as QVariant(): a null QString would be
                // written as empty text (sql::bindable).
                const QVariant value = rows->isNull(column) ? QVariant() : rows->value(column);
                m_bytes += sizeOf(value);
                m_values << value;
            }
            if (++m_rows == m_rowsPerBatch || m_bytes >= kBytesPerBatch) {
                if (Status written = flush(); !written) {
                    return written;
                }
                if (progress) {
                    progress(m_table, m_copied, total);
                }
            }
        }
        if (rows->lastError().isValid()) {
            return sql::queryError(rows.value());
        }
        return flush();
    }

private:
    Status flush()
    {
        if (m_rows == 0) {
            return {};
        }
        Status written = m_rows == m_rowsPerBatch ? writeFullBatch() : writeBatchOf(m_rows);
        if (!written) {
            return sql::inContext(ServerTransfer::tr("Copying %1 stopped after %2 rows").arg(m_table).arg(m_copied),
                                  written.error());
        }
        m_copied += m_rows;
        m_rows = 0;
        m_bytes = 0;
        m_values.clear();
        return {};
    }

    // Most batches are full: one statement, prepared once.
    Status writeFullBatch()
    {
        if (!m_fullBatchPrepared) {
            if (!m_fullBatch.prepare(insertStatement(m_table, m_columns, m_rowsPerBatch))) {
                return sql::queryError(m_fullBatch);
            }
            m_fullBatchPrepared = true;
        }
        return sql::execPrepared(m_fullBatch, m_values);
    }

    Status writeBatchOf(int rows)
    {
        QSqlQuery query(m_server);
        return sql::exec(query, insertStatement(m_table, m_columns, rows), m_values);
    }

    const QSqlDatabase& m_file;
    const QSqlDatabase& m_server;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerBatch;
    QSqlQuery m_fullBatch;
    bool m_fullBatchPrepared = false;
    QVariantList m_values;
    int m_rows = 0;
    qint64 m_bytes = 0;
    qint64 m_copied = 0;
};

// A server database holding an office's data is never written over: only
// one that is new (the rows every new database starts with aside).
Status requireEmptyServer(const QSqlDatabase& server)
{
    auto empty = Database::isEmpty(server);
    if (!empty) {
        return empty.error();
    }
    auto audited = countRows(server, QStringLiteral("audit_log"));
    if (!audited) {
        return audited.error();
    }
    if (!empty.value() || audited.value() > 0) {
        return makeError(Error::Code::Conflict,
                         ServerTransfer::tr("The server database already holds an office's data (customers, plans, "
                                            "people or an audit trail); a file is only copied into an empty one. "
                                            "Create a new database on the server (createdb) and copy into that."));
    }
    return {};
}

// Both at the same schema version have the same columns; a difference
// means one of them was changed by hand, and nothing is copied.
Status requireSameColumns(const QSqlDatabase& file, const QSqlDatabase& server, const QStringList& tables)
{
    for (const QString& table : tables) {
        const QStringList inFile = columnsOf(file, table);
        const QStringList onServer = columnsOf(server, table);
        if (QSet<QString>(inFile.begin(), inFile.end()) != QSet<QString>(onServer.begin(), onServer.end())) {
            return makeError(Error::Code::Invalid,
                             ServerTransfer::tr("The table %1 has the columns %2 in the file but %3 on the server; "
                                                "nothing was copied.")
                                 .arg(table, inFile.join(QLatin1String(", ")), onServer.join(QLatin1String(", "))));
        }
    }
    return {};
}

} // namespace

ServerTransfer::ServerTransfer(QSqlDatabase file, QSqlDatabase server)
    : m_file(std::move(file))
    , m_server(std::move(server))
{
}

Result<ServerTransfer::Outcome> ServerTransfer::run()
{
    if (SqlDialect::of(m_file).engine() != SqlDialect::Engine::SQLite
        || SqlDialect::of(m_server).engine() != SqlDialect::Engine::PostgreSQL) {
        return makeError(Error::Code::Invalid, tr("A database is copied from a file to a PostgreSQL server."));
    }
    if (Status empty = requireEmptyServer(m_server); !empty) {
        return empty.error();
    }
    const QStringList tables = copiedTables();
    if (Status same = requireSameColumns(m_file, m_server, tables); !same) {
        return same.error();
    }
    // The file as one moment: desks may go on writing to it meanwhile.
    const ReadSnapshot snapshot(m_file);
    if (!snapshot.isActive()) {
        return snapshot.error();
    }
    Transaction transaction(m_server);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    Outcome outcome;
    if (Status copied = copy(tables, outcome); !copied) {
        return copied.error();
    }
    if (Status verified = verify(outcome); !verified) {
        return verified.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    // The planner's statistics, which a bulk load leaves behind; advice only,
    // so a failure here does not undo a verified copy.
    static_cast<void>(sql::execDirect(m_server, QStringLiteral("ANALYZE")));
    return outcome;
}

Status ServerTransfer::copy(const QStringList& tables, Outcome& outcome)
{
    // Indexes and triggers go while the rows come in and return whole at the
    // end, as the demo loads: much faster than row by row, the append-only
    // rules do not refuse clearing what a new database was seeded with, and
    // the roll-up triggers do not count again what the file's roll-ups hold.
    const SqlDialect dialect = SqlDialect::of(m_server);
    auto objects = dialect.setAside(m_server, tables);
    if (!objects) {
        return objects.error();
    }
    // What a new database starts with (office settings, the tag catalogue,
    // letter templates) is the file's now.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (Status cleared = sql::execDirect(m_server, QStringLiteral("DELETE FROM ") + *table); !cleared) {
            return cleared;
        }
    }
    for (const QString& table : tables) {
        auto total = countRows(m_file, table);
        if (!total) {
            return total.error();
        }
        TableCopy rows(m_file, m_server, table, columnsOf(m_file, table));
        if (Status copied = rows.run(total.value(), m_progress); !copied) {
            return copied;
        }
        outcome.tables.append({table, total.value(), 0});
    }
    auto queued = queueUnfoldedContacts();
    if (!queued) {
        return queued.error();
    }
    outcome.contactsQueuedForRollups = queued.value();
    return dialect.putBack(m_server, objects.value());
}

Result<qint64> ServerTransfer::queueUnfoldedContacts()
{
    auto folded = sql::scalar(m_file, QStringLiteral("SELECT folded_through FROM rollup_state"));
    if (!folded) {
        return folded.error();
    }
    QSqlQuery query(m_server);
    if (Status queued = sql::exec(query,
                                  QStringLiteral("INSERT INTO contact_rollup_pending (contact_id)"
                                                 " SELECT id FROM contacts WHERE id > ?"),
                                  {folded.value()});
        !queued) {
        return queued.error();
    }
    return query.numRowsAffected();
}

Status ServerTransfer::verify(Outcome& outcome) const
{
    for (TableRows& table : outcome.tables) {
        auto rows = countRows(m_server, table.table);
        if (!rows) {
            return rows.error();
        }
        table.onServer = rows.value();
        if (table.onServer != table.inFile) {
            return makeError(Error::Code::Sql,
                             tr("The table %1 has %2 rows in the file but %3 on the server after copying; nothing "
                                "was kept on the server.")
                                 .arg(table.table)
                                 .arg(table.inFile)
                                 .arg(table.onServer));
        }
    }
    auto fileDigest = DatabaseCheck(m_file).contentDigest(DatabaseCheck::Scope::BothEngines);
    if (!fileDigest) {
        return fileDigest.error();
    }
    auto serverDigest = DatabaseCheck(m_server).contentDigest(DatabaseCheck::Scope::BothEngines);
    if (!serverDigest) {
        return serverDigest.error();
    }
    outcome.fileDigest = fileDigest.value();
    outcome.serverDigest = serverDigest.value();
    if (outcome.fileDigest != outcome.serverDigest) {
        return makeError(Error::Code::Sql,
                         tr("The copy on the server reads differently from the file (content digest %1 against %2); "
                            "nothing was kept on the server.")
                             .arg(QString::fromLatin1(outcome.serverDigest.toHex()),
                                  QString::fromLatin1(outcome.fileDigest.toHex())));
    }
    return {};
}

} // namespace abonent
