// Database on a PostgreSQL server: connecting, recognising an Abonent
// database, and the copy taken before an upgrade. The file-only parts
// (header, locks, journal, WAL) are Database.cpp's; the migration loop is shared.

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace abonent {

Database::Database(const DatabaseLocation& server, const Schema& schema, Mode mode)
    : m_file(QString())
    , m_server(server)
    , m_schema(schema)
    , m_mode(mode)
    , m_connectionName(DatabaseFile::uniqueConnectionName())
{
}

Result<std::unique_ptr<Database>>
Database::openOnServer(const DatabaseLocation& server, const Schema& schema, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(Error::Code::Io,
                         tr("The Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql."));
    }
    std::unique_ptr<Database> database(new Database(server, schema, mode));
    if (Status connected = database->connectToServer(); !connected) {
        return connected.error();
    }
    if (Status inspected = database->inspectServer(); !inspected) {
        return inspected.error();
    }
    if (database->m_version == 0 && mode != Mode::Create) {
        return makeError(Error::Code::Empty, tr("%1 holds no Abonent data. Nothing was changed.").arg(server.shown()));
    }
    if (mode == Mode::ReadOnly) {
        return database;
    }
    if (Status privileges = database->readPrivileges(); !privileges) {
        return privileges.error();
    }
    if (database->isReadOnly()) {
        if (database->m_version < latestVersionOf(schema)) {
            return makeError(Error::Code::ReadOnly,
                             tr("%1 has schema version %2 and needs an upgrade to version %3 before this Abonent "
                                "can use it, but %4. Ask whoever looks after the server to open it once with the "
                                "login that owns it. Nothing was changed.")
                                 .arg(server.shown(),
                                      QString::number(database->m_version),
                                      QString::number(latestVersionOf(schema)),
                                      database->m_readOnlyReason));
        }
        return database;
    }
    if (Status upgraded = database->upgrade(); !upgraded) {
        return upgraded.error();
    }
    return database;
}

// The session as the features expect it: local dates in this desk's time
// zone (SQLite's 'localtime'), and nothing written when opened for reading.
Status Database::connectToServer()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_server->configure(db);
    return startSession(db);
}

Status Database::reconnect()
{
    if (!m_server) {
        return {};
    }
    // The same named connection, so every handle to it (the services', the
    // models') works again; statements it had prepared are prepared anew
    // where they are next run (sql::execPrepared).
    QSqlDatabase db = connection();
    db.close();
    return startSession(db);
}

bool Database::isConnected() const
{
    if (!m_server) {
        return true;
    }
    const QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return false;
    }
    // The driver notices a server gone only when it next speaks to it.
    QSqlQuery ping(db);
    return ping.exec(QStringLiteral("SELECT 1")) && db.isOpen();
}

Status Database::startSession(QSqlDatabase& db)
{
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString why = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).trimmed();
        return makeError(
            Error::Code::Unreachable,
            tr("Cannot connect to the PostgreSQL server for %1: %2. Nothing was changed.").arg(m_server->shown(), why));
    }
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zone.isEmpty()) {
        if (auto set = sql::scalar(db, QStringLiteral("SELECT set_config('TimeZone', ?, false)"), {zone}); !set) {
            return sql::inContext(tr("Setting the time zone %1 on the server").arg(zone), set.error());
        }
    }
    // A write that waits for another desk's lock gives up (as Busy) instead
    // of holding the window for as long as that desk takes; a file waits 5 s.
    if (auto set = sql::scalar(db, QStringLiteral("SELECT set_config('lock_timeout', '10s', false)")); !set) {
        return sql::inContext(tr("Setting how long to wait for another desk"), set.error());
    }
    if (m_mode == Mode::ReadOnly && m_readOnlyReason.isEmpty()) {
        m_readOnlyReason = tr("it was opened for reading only");
    }
    return isReadOnly() ? sql::execDirect(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
                        : Status {};
}

// A login that may not record a contact (the PBX host's, an auditor's) reads
// the database as a read-only file is read: the window offers no writing,
// rather than failing at the first thing saved.
Status Database::readPrivileges()
{
    if (m_version == 0) {
        return {}; // nothing to write into yet; setting it up says whether it may
    }
    QSqlDatabase db = connection();
    auto mayWrite = sql::scalar(db, QStringLiteral("SELECT has_table_privilege('contacts', 'INSERT')"));
    if (!mayWrite) {
        return sql::inContext(tr("Reading what this login may do in %1").arg(m_server->shown()), mayWrite.error());
    }
    if (mayWrite->toBool()) {
        return {};
    }
    auto login = sql::scalar(db, QStringLiteral("SELECT current_user"));
    m_readOnlyReason = tr("the login %1 may only read it").arg(login ? login->toString() : QString());
    return sql::execDirect(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

// An empty database (no tables in its schema) may become Abonent's; one with
// tables is Abonent's when it has the schema record and the customers.
Status Database::inspectServer()
{
    const QSqlDatabase db = connection();
    const SqlDialect dialect = SqlDialect::of(db);
    // Names in every alphabet, and search that splits them by character.
    auto encoding = sql::scalar(
        db, QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"));
    if (!encoding) {
        return sql::inContext(tr("Reading what %1 holds").arg(m_server->shown()), encoding.error());
    }
    if (encoding->toString() != QLatin1String("UTF8")) {
        return makeError(Error::Code::Invalid,
                         tr("%1 stores text as %2, but Abonent keeps names in every alphabet and needs a UTF8 "
                            "database: create it with createdb --encoding=UTF8 --template=template0. Nothing was "
                            "changed.")
                             .arg(m_server->shown(), encoding->toString()));
    }
    auto tables = sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                             " WHERE table_schema = current_schema()"));
    if (!tables) {
        return sql::inContext(tr("Reading what %1 holds").arg(m_server->shown()), tables.error());
    }
    if (tables.value().toLongLong() == 0) {
        return {};
    }
    for (const QString& table : {QStringLiteral("schema_migrations"), QStringLiteral("customers")}) {
        auto exists = dialect.tableExists(db, table);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return makeError(Error::Code::NotAbonent,
                             tr("%1 holds the tables of another program, not an Abonent database. "
                                "Nothing was changed.")
                                 .arg(m_server->shown()));
        }
    }
    auto version = sql::scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    m_version = version.value().toInt();
    m_originalVersion = m_version;
    if (m_version > latestVersionOf(m_schema)) {
        return makeError(
            Error::Code::SchemaTooNew,
            tr("%1 has schema version %2, but this Abonent understands versions up to %3. "
               "Install a newer Abonent to open it; nothing was changed.")
                .arg(m_server->shown(), QString::number(m_version), QString::number(latestVersionOf(m_schema))));
    }
    return {};
}

// Before an upgrade, every table is copied into a schema of its own beside
// the data, "abonent_v<version>_<UTC time>", as of one moment: what an
// upgrade gone wrong is put back from. (The office's own pg_dump backups
// are the server's business; this one is the upgrade's.)
Status Database::backUpOnServer()
{
    const QSqlDatabase db = connection();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString schema = QStringLiteral("abonent_v%1_%2").arg(QString::number(m_version), stamp.toLower());
    const Status copied = inTransaction(db, [&]() -> Status {
        if (Status snapshot = sql::execDirect(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            !snapshot) {
            return snapshot;
        }
        auto tables = sql::select(db,
                                  QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                 " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                                                 " ORDER BY table_name"));
        if (!tables) {
            return tables.error();
        }
        QStringList names;
        while (tables->next()) {
            names << tables->value(0).toString();
        }
        if (Status made = sql::execDirect(db, QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema)); !made) {
            return made;
        }
        for (const QString& table : names) {
            // Names from the catalogue, quoted as identifiers.
            QString quoted = table;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            if (Status one = sql::execDirect(
                    db, QStringLiteral("CREATE TABLE \"%1\".\"%2\" AS TABLE \"%2\"").arg(schema, quoted));
                !one) {
                return one;
            }
        }
        return {};
    });
    if (!copied) {
        return makeError(Error::Code::Io,
                         tr("Could not copy %1 before upgrading it (%2); nothing was changed.")
                             .arg(m_server->shown(), copied.errorString()));
    }
    m_backupPath = schema;
    return {};
}

} // namespace abonent
