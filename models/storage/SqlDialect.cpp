#include "SqlDialect.h"

#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace abonent {

// The PostgreSQL forms follow its documentation; they run once a PostgreSQL
// database can be opened, with the same tests as the SQLite ones.

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{
}

SqlDialect SqlDialect::of(const QSqlDatabase& db)
{
    return of(db.driver());
}

SqlDialect SqlDialect::of(const QSqlDriver* driver)
{
    return SqlDialect(driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? Engine::PostgreSQL : Engine::SQLite);
}

QString SqlDialect::monthOfTime(const QString& epochSeconds) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("to_char(to_timestamp(%1) AT TIME ZONE 'UTC', 'YYYY-MM')").arg(epochSeconds);
    }
    return QStringLiteral("strftime('%Y-%m', %1, 'unixepoch')").arg(epochSeconds);
}

QString SqlDialect::localDayOfTime(const QString& epochSeconds) const
{
    // SQLite's 'localtime' is this process's zone, which is the desk's; a
    // PostgreSQL session is set to the desk's zone when it connects.
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("to_char(to_timestamp(%1), 'YYYY-MM-DD')").arg(epochSeconds);
    }
    return QStringLiteral("date(%1, 'unixepoch', 'localtime')").arg(epochSeconds);
}

QString SqlDialect::dayNumberOfDate(const QString& isoDate) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("CAST(to_char(CAST(%1 AS date), 'J') AS integer)").arg(isoDate);
    }
    // julianday() counts from noon; the day that starts at midnight is half a day on.
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(isoDate);
}

QString SqlDialect::monthOfDate(const QString& isoDate) const
{
    // ISO text on both engines: the first seven characters.
    return QStringLiteral("substr(%1, 1, 7)").arg(isoDate);
}

QString SqlDialect::integerOfText(const QString& text) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("CAST(%1 AS bigint)").arg(text);
    }
    return QStringLiteral("CAST(%1 AS INTEGER)").arg(text);
}

QString SqlDialect::commaList(const QString& expression) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(expression);
    }
    return QStringLiteral("group_concat(%1)").arg(expression);
}

QString SqlDialect::upsertClause(const QStringList& keys, const QString& assignments) const
{
    // The same words on both engines (SQLite 3.24, PostgreSQL 9.5).
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2").arg(keys.join(QLatin1String(", ")), assignments);
}

bool SqlDialect::insertReturnsId() const
{
    // QPSQL's last insert id is the row's OID, which tables no longer have.
    return m_engine == Engine::PostgreSQL;
}

bool SqlDialect::idsCommitInOrder() const
{
    return m_engine == Engine::SQLite;
}

QString SqlDialect::returningId(const QString& insert) const
{
    return insertReturnsId() ? insert + QLatin1String(" RETURNING id") : insert;
}

QString SqlDialect::lockingRead() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::byPrimaryKey(const QString& table, const QString& alias) const
{
    if (m_engine == Engine::PostgreSQL) {
        return table + QLatin1Char(' ') + alias;
    }
    return QStringLiteral("%1 %2 NOT INDEXED").arg(table, alias);
}

QString SqlDialect::createTemporaryTable(const QString& name, const QString& definition) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS %1 (%2)").arg(name, definition);
    }
    // A table keyed by its primary key alone needs no rowid beside it.
    return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2) WITHOUT ROWID").arg(name, definition);
}

QString SqlDialect::temporaryTable(const QString& name) const
{
    return (m_engine == Engine::PostgreSQL ? QStringLiteral("pg_temp.") : QStringLiteral("temp.")) + name;
}

QString SqlDialect::wordIndexJoin(const QString& index, const QString& alias, const QString& rowId) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral(" JOIN %1 %2 ON %2.id = %3 AND %2.words @@ to_tsquery('simple', ?)")
            .arg(index, alias, rowId);
    }
    return QStringLiteral(" JOIN %1 %2 ON %2.rowid = %3 AND %1 MATCH ?").arg(index, alias, rowId);
}

QString SqlDialect::wordIndexOrder(const QString& alias) const
{
    return m_engine == Engine::PostgreSQL ? alias + QLatin1String(".id") : alias + QLatin1String(".rowid");
}

QString SqlDialect::wordRankOrder(const QString& alias) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("ts_rank(%1.words, to_tsquery('simple', ?)) DESC").arg(alias);
    }
    // FTS5's rank is bm25(), smaller for a better match.
    return alias + QLatin1String(".rank");
}

QVariantList SqlDialect::wordRankValues(const QString& wordQuery) const
{
    if (m_engine == Engine::PostgreSQL) {
        return {wordQuery};
    }
    return {};
}

QString SqlDialect::wordMatchCount(const QString& index) const
{
    if (m_engine == Engine::PostgreSQL) {
        return QStringLiteral("SELECT count(*) FROM %1 WHERE words @@ to_tsquery('simple', ?)").arg(index);
    }
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(index);
}

QString SqlDialect::wordPrefixQuery(const QStringList& prefixes) const
{
    QStringList terms;
    for (QString prefix : prefixes) {
        if (m_engine == Engine::PostgreSQL) {
            terms << prefix.remove(QLatin1Char('\'')).remove(QLatin1Char('\\')) + QLatin1String(":*");
        } else {
            // A quoted FTS5 string: its words only, whatever characters they hold.
            terms << QLatin1Char('"') + prefix.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1String("\"*");
        }
    }
    return terms.join(m_engine == Engine::PostgreSQL ? QLatin1String(" & ") : QLatin1String(" "));
}

QString SqlDialect::substringMatchRows(const QString& index, const QString& column, int patterns) const
{
    QStringList likes;
    for (int i = 0; i < std::max(1, patterns); ++i) {
        likes << column + QLatin1String(" LIKE ?");
    }
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3")
        .arg(m_engine == Engine::PostgreSQL ? QLatin1String("id") : QLatin1String("rowid"),
             index,
             likes.join(QLatin1String(" OR ")));
}

QString SqlDialect::restartIds(const QString& table) const
{
    if (m_engine == Engine::SQLite) {
        return {};
    }
    // No row, so nothing to do, for a table without an identity id.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence(table_name, column_name), 1, false)"
                          " FROM information_schema.columns WHERE table_schema = current_schema()"
                          " AND table_name = '%1' AND column_name = 'id' AND is_identity = 'YES'")
        .arg(table);
}

QString SqlDialect::rebuildIndex(const QString& index) const
{
    if (m_engine == Engine::PostgreSQL) {
        return {};
    }
    return QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(index);
}

Result<bool> SqlDialect::overwriteDeleted(const QSqlDatabase& db, bool on) const
{
    if (m_engine == Engine::PostgreSQL) {
        return false;
    }
    auto before = sql::scalar(db, QStringLiteral("PRAGMA secure_delete"));
    if (!before) {
        return before.error();
    }
    if (Status set = sql::execDirect(db, QStringLiteral("PRAGMA secure_delete = %1").arg(on ? 1 : 0)); !set) {
        return set.error();
    }
    return before->toInt() != 0;
}

QString SqlDialect::compactIndex(const QString& index) const
{
    if (m_engine == Engine::PostgreSQL) {
        return {};
    }
    return QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(index);
}

Result<bool> SqlDialect::truncateLog(const QSqlDatabase& db) const
{
    if (m_engine == Engine::PostgreSQL) {
        return true; // the server's log is its own
    }
    // One row: whether it was held up by a reader or writer, the log's
    // frames, and those written into the file.
    auto checkpoint = sql::select(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint) {
        return checkpoint.error();
    }
    return checkpoint->next() && checkpoint->value(0).toInt() == 0;
}

Result<bool> SqlDialect::tableExists(const QSqlDatabase& db, const QString& name) const
{
    auto found = sql::scalar(db,
                             m_engine == Engine::PostgreSQL
                                 ? QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                  " WHERE table_schema = current_schema() AND table_name = ?")
                                 : QStringLiteral("SELECT count(*) FROM sqlite_master"
                                                  " WHERE type IN ('table', 'view') AND name = ?"),
                             {name});
    if (!found) {
        return found.error();
    }
    return found.value().toInt() > 0;
}

Result<QList<SqlDialect::SchemaObject>> SqlDialect::indexesAndTriggersOn(const QSqlDatabase& db,
                                                                         const QStringList& tables) const
{
    QStringList placeholders;
    QVariantList values;
    for (const QString& table : tables) {
        placeholders << QStringLiteral("?");
        values << table;
    }
    const QString statement = m_engine == Engine::PostgreSQL
        ? QStringLiteral("SELECT 'index', i.relname, pg_get_indexdef(i.oid), t.relname FROM pg_index x"
                         " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                         " WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN (%1)"
                         " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)"
                         " UNION ALL SELECT 'trigger', g.tgname, pg_get_triggerdef(g.oid), c.relname"
                         " FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                         " WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
                         " AND c.relname IN (%1) AND g.tgfoid <> 'abonent_keep_ids_ahead'::regproc ORDER BY 1, 2")
        : QStringLiteral("SELECT type, name, sql, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                         " AND sql IS NOT NULL AND tbl_name IN (%1) ORDER BY type, name");
    auto query = sql::select(db,
                             statement.arg(placeholders.join(QLatin1String(", "))),
                             m_engine == Engine::PostgreSQL ? values + values : values);
    if (!query) {
        return query.error();
    }
    QList<SchemaObject> objects;
    while (query->next()) {
        objects.append({query->value(0).toString(),
                        query->value(1).toString(),
                        query->value(2).toString(),
                        query->value(3).toString()});
    }
    return objects;
}

QString SqlDialect::dropStatement(const SchemaObject& object) const
{
    if (m_engine == Engine::PostgreSQL && object.type == QLatin1String("trigger")) {
        return QStringLiteral("DROP TRIGGER %1 ON %2").arg(object.name, object.table);
    }
    return QStringLiteral("DROP %1 %2").arg(object.type.toUpper(), object.name);
}

Result<QStringList> SqlDialect::integrityProblems(const QSqlDatabase& db) const
{
    QStringList problems;
    if (m_engine == Engine::PostgreSQL) {
        return problems; // the server keeps its pages and enforces every reference as it writes
    }
    auto integrity = sql::select(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        return integrity.error();
    }
    while (integrity->next()) {
        if (const QString line = integrity->value(0).toString(); line != QLatin1String("ok")) {
            problems << line;
        }
    }
    auto foreignKeys = sql::select(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    while (foreignKeys->next()) {
        problems << tr("row %1 of %2 refers to a missing row of %3")
                        .arg(foreignKeys->value(1).toString(),
                             foreignKeys->value(0).toString(),
                             foreignKeys->value(2).toString());
    }
    return problems;
}

Result<QList<SqlDialect::SchemaObject>> SqlDialect::setAside(const QSqlDatabase& db, const QStringList& tables) const
{
    auto objects = indexesAndTriggersOn(db, tables);
    if (!objects) {
        return objects.error();
    }
    for (const SchemaObject& object : objects.value()) {
        if (Status dropped = sql::execDirect(db, dropStatement(object)); !dropped) {
            return dropped.error();
        }
    }
    return objects;
}

Status SqlDialect::putBack(const QSqlDatabase& db, const QList<SchemaObject>& objects) const
{
    for (const SchemaObject& object : objects) {
        if (Status created = sql::execDirect(db, object.definition); !created) {
            return created;
        }
    }
    // On a server the triggers set aside include those that announce each
    // row to the other desks: they are told once, when this commits, to
    // read everything again.
    const bool announced = std::any_of(objects.cbegin(), objects.cend(), [](const SchemaObject& object) {
        return object.name.endsWith(QLatin1String("_announce"));
    });
    return announced ? sql::execDirect(db, QStringLiteral("SELECT pg_notify('abonent', 'reset')")) : Status {};
}

Error::Code SqlDialect::codeOf(const QSqlError& error) const
{
    const QString native = error.nativeErrorCode();
    if (m_engine == Engine::PostgreSQL) {
        // A five-character SQLSTATE; class 23 is an integrity constraint violation.
        if (native.startsWith(QLatin1String("23"))) {
            return Error::Code::Conflict;
        }
        // insufficient_privilege: a GRANT or a row-level policy says no.
        if (native == QLatin1String("42501")) {
            return Error::Code::Refused;
        }
        if (native == QLatin1String("53100")) { // disk_full
            return Error::Code::Io;
        }
        if (native == QLatin1String("25006")) { // read_only_sql_transaction
            return Error::Code::ReadOnly;
        }
        if (native == QLatin1String("40P01") || native == QLatin1String("55P03")) { // deadlock, lock not available
            return Error::Code::Busy;
        }
        // Class 08 is a connection exception; 57P01 to 57P03 a server shutting
        // down, crashed or starting: the session is gone.
        if (native.startsWith(QLatin1String("08")) || native == QLatin1String("57P01")
            || native == QLatin1String("57P02") || native == QLatin1String("57P03")) {
            return Error::Code::Unreachable;
        }
        return Error::Code::Sql;
    }
    // SQLite reports (extended) result codes; the low byte is the primary code.
    bool isNumber = false;
    const int primary = native.toInt(&isNumber) & 0xff;
    if (!isNumber) {
        return Error::Code::Sql;
    }
    switch (primary) {
    case 19: // SQLITE_CONSTRAINT
        return Error::Code::Conflict;
    case 11: // SQLITE_CORRUPT
        return Error::Code::Corrupt;
    case 26: // SQLITE_NOTADB
        return Error::Code::NotSqlite;
    case 8: // SQLITE_READONLY
        return Error::Code::ReadOnly;
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
        return Error::Code::Io;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::Code::Busy;
    default:
        return Error::Code::Sql;
    }
}

} // namespace abonent
