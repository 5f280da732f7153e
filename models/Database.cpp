#include "Database.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace abonent {

namespace {

constexpr int kBusyTimeoutMs = 5000;
// "ABNT": marks the file as ours in the SQLite header (PRAGMA application_id).
constexpr int kApplicationId = 0x41424E54;
const QLatin1String kSqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("abonent-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool isInMemory(const QString& path)
{
    return path == QLatin1String(":memory:");
}

} // namespace

Database::Database(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No database file was given."));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return makeError(Error::Code::Io,
                         tr("The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite."));
    }

    const QFileInfo info(path);
    if (!isInMemory(path)) {
        if (info.exists() && !info.isFile()) {
            return makeError(Error::Code::Io, tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        }
        if (!info.exists() && mode == Mode::ReadOnly) {
            return makeError(Error::Code::NotFound,
                             tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        if (info.exists() && info.size() > 0) {
            // Look at the header before SQLite does: a file that is not SQLite
            // must not even be opened, let alone written.
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return makeError(Error::Code::Io,
                                 tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            }
            const QByteArray header = file.read(16);
            if (header != QByteArray(kSqliteMagic.data(), kSqliteMagic.size())) {
                return makeError(Error::Code::NotSqlite,
                                 tr("%1 is not an SQLite database, so it cannot be an Abonent database. "
                                    "It was left untouched.")
                                     .arg(QDir::toNativeSeparators(path)));
            }
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return makeError(Error::Code::Io,
                             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }

    std::unique_ptr<Database> database(
        new Database(isInMemory(path) ? path : info.absoluteFilePath(), mode, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly) {
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        return makeError(
            Error::Code::Io,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(database->m_path), db.lastError().databaseText()));
    }

    if (Status inspected = database->inspect(); !inspected) {
        return inspected.error();
    }
    if (mode == Mode::ReadOnly) {
        return database;
    }
    if (database->m_version > 0 && database->m_version < latestSchemaVersion()) {
        if (Status backedUp = database->backUp(); !backedUp) {
            return backedUp.error();
        }
    }
    if (Status configured = database->configure(); !configured) {
        return configured.error();
    }
    if (Status migrated = database->migrate(); !migrated) {
        return migrated.error();
    }
    return database;
}

// Reads what the file is without writing to it: readable SQLite, ours or not,
// and at which schema version.
Status Database::inspect()
{
    const QSqlDatabase db = connection();
    const QString shownPath = QDir::toNativeSeparators(m_path);
    auto tableCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount) {
        return makeError(Error::Code::Corrupt,
                         tr("%1 cannot be read as an SQLite database (%2). It may be damaged; it was left untouched.")
                             .arg(shownPath, tableCount.errorString()));
    }
    auto versionTable = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    if (!versionTable) {
        return makeError(Error::Code::Corrupt, versionTable.errorString());
    }
    m_hasVersionTable = versionTable.value().toInt() > 0;
    if (!m_hasVersionTable) {
        if (tableCount.value().toInt() > 0) {
            return makeError(Error::Code::NotAbonent,
                             tr("%1 is an SQLite database of another program, not an Abonent database. "
                                "It was left untouched.")
                                 .arg(shownPath));
        }
        m_version = 0;
        m_originalVersion = 0;
        if (m_mode == Mode::ReadOnly) {
            return makeError(Error::Code::NotAbonent,
                             tr("%1 is an empty SQLite database with no Abonent data.").arg(shownPath));
        }
        return {};
    }
    auto version = sql::scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version) {
        return makeError(Error::Code::Corrupt,
                         tr("The schema version of %1 cannot be read: %2").arg(shownPath, version.errorString()));
    }
    m_version = version.value().toInt();
    m_originalVersion = m_version;
    if (m_version > latestSchemaVersion()) {
        return makeError(Error::Code::SchemaTooNew,
                         tr("%1 has schema version %2, but this Abonent understands versions up to %3. "
                            "Install a newer Abonent to open it; the file was left untouched.")
                             .arg(shownPath)
                             .arg(m_version)
                             .arg(latestSchemaVersion()));
    }
    return {};
}

// Per-connection settings (see MEASURED.md §1); all but WAL reset on each open.
Status Database::configure()
{
    const QSqlDatabase db = connection();
    if (!isInMemory(m_path)) {
        auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal) {
            return journal.error();
        }
        if (journal.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return makeError(Error::Code::Io,
                             tr("%1 cannot use write-ahead logging (journal mode stayed \"%2\"); "
                                "is the folder on a network share or read-only?")
                                 .arg(QDir::toNativeSeparators(m_path), journal.value().toString()));
        }
    }
    const QStringList pragmas {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA mmap_size = 268435456"),
        QStringLiteral("PRAGMA secure_delete = OFF"),
    };
    for (const QString& pragma : pragmas) {
        if (Status status = sql::execDirect(db, pragma); !status) {
            return status;
        }
    }
    auto foreignKeys = sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys.value().toInt() != 1) {
        return makeError(Error::Code::Sql, tr("SQLite refused to enforce foreign keys on this connection."));
    }
    return {};
}

QString Database::backupPathFor(const QString& path, int version)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return path + QStringLiteral(".v%1-%2.bak").arg(version).arg(stamp);
}

// A plain copy of the file, taken after folding any write-ahead log into it so
// the copy alone holds every committed change.
Status Database::backUp()
{
    const QSqlDatabase db = connection();
    if (Status checkpoint = sql::execDirect(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint) {
        return checkpoint;
    }
    QString target = backupPathFor(m_path, m_version);
    for (int attempt = 2; QFileInfo::exists(target); ++attempt) {
        target = backupPathFor(m_path, m_version) + QStringLiteral(".%1").arg(attempt);
    }
    QFile source(m_path);
    if (!source.copy(target)) {
        return makeError(
            Error::Code::Io,
            tr("Could not back up %1 to %2 before upgrading it (%3); nothing was changed.")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target), source.errorString()));
    }
    m_backupPath = target;
    return {};
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    for (const Migration& step : schemaMigrations()) {
        if (step.version <= m_version) {
            continue;
        }
        Status applied = inTransaction(db, [&]() -> Status {
            if (!m_hasVersionTable) {
                if (Status created = sql::execDirect(db,
                                                     QStringLiteral("CREATE TABLE schema_migrations ("
                                                                    " version INTEGER PRIMARY KEY,"
                                                                    " name TEXT NOT NULL,"
                                                                    " applied_at INTEGER NOT NULL)"));
                    !created) {
                    return created;
                }
                if (Status marked =
                        sql::execDirect(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
                    !marked) {
                    return marked;
                }
            }
            if (Status status = step.apply(db); !status) {
                return status;
            }
            QSqlQuery record(db);
            return sql::exec(
                record,
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                {step.version, step.name, QDateTime::currentSecsSinceEpoch()});
        });
        if (!applied) {
            return makeError(applied.error().code,
                             tr("Upgrading %1 to schema version %2 (%3) failed and was rolled back: %4")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(step.version)
                                 .arg(step.name, applied.errorString()));
        }
        m_hasVersionTable = true;
        m_version = step.version;
    }
    return {};
}

Result<bool> Database::isEmpty() const
{
    auto customers = sql::scalar(connection(),
                                 QStringLiteral("SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM plans)"
                                                " + (SELECT count(*) FROM operators)"));
    if (!customers) {
        return customers.error();
    }
    return customers.value().toLongLong() == 0;
}

} // namespace abonent
