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

QSqlDatabase addConnection(const QString& name, const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly) {
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    return db;
}

// The schema version recorded in the file, 0 when it has no Abonent schema yet.
Result<qint64> recordedVersion(const QSqlDatabase& db)
{
    auto hasTable = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    if (!hasTable) {
        return hasTable.error();
    }
    if (hasTable.value().toInt() == 0) {
        return qint64(0);
    }
    auto version = sql::scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    bool isNumber = false;
    const qint64 number = version.value().toLongLong(&isNumber);
    if (!isNumber || number < 0) {
        return makeError(Error::Code::Corrupt, QStringLiteral("schema version \"%1\"").arg(version.value().toString()));
    }
    return number;
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
    const QString shownPath = QDir::toNativeSeparators(database->m_path);
    const bool hasContent = !isInMemory(path) && info.exists() && info.size() > 0;

    if (hasContent) {
        // Decide what the file is through a connection that cannot write; a
        // read-write one could already change a foreign file (rolling back its
        // journal, checkpointing its log) before we refuse it.
        const QString probeName = database->m_connectionName + QLatin1String("-inspect");
        Status inspected;
        {
            QSqlDatabase probe = addConnection(probeName, database->m_path, true);
            inspected = probe.open()
                ? database->inspect(probe)
                : makeError(Error::Code::Io, tr("Cannot open %1: %2").arg(shownPath, probe.lastError().databaseText()));
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!inspected) {
            return inspected.error();
        }
    }
    if (mode == Mode::ReadOnly && database->m_version == 0) {
        return makeError(Error::Code::NotAbonent, tr("%1 is empty: it holds no Abonent data.").arg(shownPath));
    }

    QSqlDatabase db = addConnection(database->m_connectionName, database->m_path, mode == Mode::ReadOnly);
    if (!db.open()) {
        return makeError(Error::Code::Io, tr("Cannot open %1: %2").arg(shownPath, db.lastError().databaseText()));
    }
    if (mode == Mode::ReadOnly) {
        return database;
    }
    if (database->m_version > 0 && database->m_version < latestSchemaVersion()) {
        if (Status backedUp = database->backUp(); !backedUp) {
            return backedUp.error();
        }
    }
    // Migrate before configuring: a failed step then leaves the file exactly
    // as it was (same journal mode too), with the backup beside it.
    if (Status migrated = database->migrate(); !migrated) {
        return migrated.error();
    }
    if (Status configured = database->configure(); !configured) {
        return configured.error();
    }
    return database;
}

// Reads what the file is, through a read-only connection: readable SQLite,
// ours or not, and at which schema version.
Status Database::inspect(const QSqlDatabase& db)
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    const auto unreadable = [&](const Error& error) {
        if (error.code == Error::Code::Busy) {
            return makeError(Error::Code::Busy,
                             tr("%1 is in use by another program that has locked it; try again in a moment. "
                                "It was left untouched.")
                                 .arg(shownPath));
        }
        return makeError(Error::Code::Corrupt,
                         tr("%1 cannot be read as an SQLite database (%2). It may be damaged; it was left untouched.")
                             .arg(shownPath, error.message));
    };
    auto tableCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount) {
        return unreadable(tableCount.error());
    }
    if (tableCount.value().toInt() == 0) {
        return {}; // an empty SQLite file: a new database
    }
    // Abonent marks its files in the header; a table named schema_migrations
    // alone is common to many programs' migration tools.
    auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        return unreadable(applicationId.error());
    }
    if (applicationId.value().toLongLong() != kApplicationId) {
        return makeError(Error::Code::NotAbonent,
                         tr("%1 is an SQLite database of another program, not an Abonent database. "
                            "It was left untouched.")
                             .arg(shownPath));
    }
    auto version = recordedVersion(db);
    if (!version) {
        return version.error().code == Error::Code::Busy
            ? unreadable(version.error())
            : makeError(Error::Code::Corrupt,
                        tr("The schema version of %1 cannot be read (%2). It was left untouched.")
                            .arg(shownPath, version.errorString()));
    }
    if (version.value() > latestSchemaVersion()) {
        return makeError(Error::Code::SchemaTooNew,
                         tr("%1 has schema version %2, but this Abonent understands versions up to %3. "
                            "Install a newer Abonent to open it; the file was left untouched.")
                             .arg(shownPath)
                             .arg(version.value())
                             .arg(latestSchemaVersion()));
    }
    m_version = static_cast<int>(version.value());
    m_originalVersion = m_version;
    return {};
}

// Per-connection settings (see MEASURED.md §1); all but WAL reset on each open.
// Memory-mapped I/O is capped at 64 MB rather than MEASURED's 1 GB: mapped
// pages count as resident memory, and with 256 MB the window on a 1 GB
// database reached 250 MB resident (goal: 200); at 64 MB searches are as fast.
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
        QStringLiteral("PRAGMA mmap_size = 67108864"),
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

// A consistent copy of the whole database, write-ahead log included, taken in
// one read transaction: what another connection commits meanwhile is either
// wholly in it or not at all.
Status Database::backUp()
{
    QString target = backupPathFor(m_path, m_version);
    for (int attempt = 2; QFileInfo::exists(target); ++attempt) {
        target = backupPathFor(m_path, m_version) + QStringLiteral(".%1").arg(attempt);
    }
    QSqlQuery vacuum(connection());
    if (Status copied = sql::exec(vacuum, QStringLiteral("VACUUM INTO ?"), {target}); !copied) {
        QFile::remove(target);
        return makeError(
            Error::Code::Io,
            tr("Could not back up %1 to %2 before upgrading it (%3); nothing was changed.")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target), copied.errorString()));
    }
    m_backupPath = target;
    return {};
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    // Steps may rebuild tables, which SQLite only allows with foreign keys
    // off; each step instead checks the keys itself before it commits.
    if (Status off = sql::execDirect(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off) {
        return off;
    }
    for (const Migration& step : schemaMigrations()) {
        if (step.version <= m_version) {
            continue;
        }
        Status applied = inTransaction(db, [&]() -> Status {
            // Another program may have upgraded the file while we waited for the lock.
            auto current = recordedVersion(db);
            if (!current) {
                return current.error();
            }
            m_version = static_cast<int>(current.value());
            if (step.version <= m_version) {
                return {};
            }
            if (m_version == 0) {
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
            auto dangling = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
            if (!dangling) {
                return dangling.error();
            }
            if (dangling.value().toLongLong() > 0) {
                return makeError(
                    Error::Code::Corrupt,
                    tr("%n row(s) would refer to rows that do not exist.", nullptr, dangling.value().toInt()));
            }
            QSqlQuery record(db);
            if (Status recorded = sql::exec(
                    record,
                    QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                    {step.version, step.name, QDateTime::currentSecsSinceEpoch()});
                !recorded) {
                return recorded;
            }
            m_version = step.version;
            return {};
        });
        if (!applied) {
            return makeError(applied.error().code,
                             tr("Upgrading %1 to schema version %2 (%3) failed and was rolled back: %4")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(step.version)
                                 .arg(step.name, applied.errorString()));
        }
    }
    return {};
}

Result<bool> Database::isEmpty() const
{
    return isEmpty(connection());
}

Result<bool> Database::isEmpty(const QSqlDatabase& db)
{
    // Contacts, payments and phones cannot exist without customers (foreign keys).
    auto rows = sql::scalar(db,
                            QStringLiteral("SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM plans)"
                                           " + (SELECT count(*) FROM operators)"));
    if (!rows) {
        return rows.error();
    }
    return rows.value().toLongLong() == 0;
}

} // namespace abonent
