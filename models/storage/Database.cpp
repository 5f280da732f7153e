#include "Database.h"

#include "NetworkShare.h"
#include "OwnerOnly.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "SqliteDirect.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace abonent {

namespace {

// "ABNT": marks the file as ours in the SQLite header (PRAGMA application_id).
constexpr int kApplicationId = 0x41424E54;

// The schema version recorded in the database, 0 when it has no Abonent schema yet.
Result<qint64> recordedVersion(const QSqlDatabase& db)
{
    auto hasTable = SqlDialect::of(db).tableExists(db, QStringLiteral("schema_migrations"));
    if (!hasTable) {
        return hasTable.error();
    }
    if (!hasTable.value()) {
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

Database::Database(const QString& path, const Schema& schema, Mode mode)
    : m_file(path)
    , m_schema(schema)
    , m_mode(mode)
    , m_connectionName(DatabaseFile::uniqueConnectionName())
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

QStringList Database::notices() const
{
    QStringList notices;
    if (m_recovered) {
        notices << tr("%1 held a change that a program left unfinished when it stopped; it was rolled back, "
                      "so the database is as its last completed save left it.")
                       .arg(m_file.shownPath());
    }
    if (!m_backupPath.isEmpty()) {
        notices << (m_server ? tr("Upgraded the database; the previous version is kept on the server in the "
                                  "schema %1.")
                                   .arg(m_backupPath)
                             : tr("Upgraded the database; the previous version is kept as %1.")
                                   .arg(QDir::toNativeSeparators(m_backupPath)));
    }
    if (isReadOnly() && m_mode != Mode::ReadOnly) {
        notices << readOnlyNotice();
    }
    return notices;
}

QString Database::readOnlyNotice() const
{
    if (m_readsFileAlone) {
        return tr("%1 is open for reading only: %2. Nothing can be recorded in it, and what others change in it "
                  "meanwhile shows only when it is opened again.")
            .arg(shownLocation(), m_readOnlyReason);
    }
    return tr("%1 is open for reading only: %2. Nothing can be recorded in it.").arg(shownLocation(), m_readOnlyReason);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Schema& schema, Mode mode)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No database file was given."));
    }
    if (DatabaseLocation::namesServer(path)) {
        auto server = DatabaseLocation::parse(path);
        if (!server) {
            return server.error();
        }
        return openOnServer(server.value(), schema, mode);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return makeError(Error::Code::Io,
                         tr("The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite."));
    }
    const DatabaseFile file(path);
    const QString shownPath = file.shownPath();
    // Reading a copy there is safe; working in a file there is not.
    if (mode != Mode::ReadOnly) {
        if (const auto share = NetworkShare::kindOf(file.path())) {
            return makeError(Error::Code::Invalid,
                             tr("%1 is on a network file system (%2). The embedded database cannot lock a file "
                                "there reliably, and desks sharing it would damage it. Keep the file on this "
                                "computer's own disk, or have the office share one PostgreSQL server. The file was "
                                "left untouched.")
                                 .arg(shownPath, *share));
        }
    }
    if (file.exists() && !file.isFile()) {
        return makeError(Error::Code::Io, tr("%1 is not a file.").arg(shownPath));
    }
    if (file.exists() && !file.isReadable()) {
        return makeError(
            Error::Code::Io,
            tr("You may not read %1; ask whoever looks after this computer. It was left untouched.").arg(shownPath));
    }
    // Only creating a database (New Database…, `abonent demo`) makes files;
    // everything else needs one that exists.
    const bool creating = !file.exists() || file.size() == 0;
    if (creating && mode != Mode::Create) {
        if (!file.exists()) {
            return makeError(Error::Code::NotFound,
                             tr("The database %1 does not exist; nothing was created.").arg(shownPath));
        }
        return makeError(Error::Code::Empty,
                         tr("%1 is empty: it holds no Abonent data. It was left untouched.").arg(shownPath));
    }
    if (!file.exists()) {
        if (Status made = OwnerOnly::makeFolder(QFileInfo(file.path()).absolutePath()); !made) {
            return made.error();
        }
    }

    std::unique_ptr<Database> database(new Database(file.path(), schema, mode));
    if (!creating) {
        if (Status examined = database->examineHeader(); !examined) {
            return examined.error();
        }
    }
    if (Status connected = database->connect(creating); !connected) {
        return connected.error();
    }
    if (Status inspected = database->inspect(); !inspected) {
        return inspected.error();
    }
    if (database->m_version == 0 && mode != Mode::Create) {
        return makeError(Error::Code::Empty, tr("%1 holds no Abonent data. It was left untouched.").arg(shownPath));
    }
    if (mode == Mode::ReadOnly) {
        return database;
    }
    if (database->isReadOnly()) {
        if (database->m_version < latestVersionOf(schema)) {
            return makeError(Error::Code::ReadOnly,
                             tr("%1 has schema version %2 and needs an upgrade to version %3 before this Abonent "
                                "can use it, but %4. Copy it to a folder you may write to, or ask whoever looks "
                                "after this computer. It was left untouched.")
                                 .arg(shownPath,
                                      QString::number(database->m_version),
                                      QString::number(latestVersionOf(schema)),
                                      database->m_readOnlyReason));
        }
        return database;
    }
    // Only a file that needs it is upgraded (which takes the write lock), and
    // before it is configured: a failed upgrade leaves the file exactly as it
    // was, journal mode too, with the backup beside it.
    if (Status upgraded = database->upgrade(); !upgraded) {
        return upgraded.error();
    }
    if (Status configured = database->configure(); !configured) {
        return configured.error();
    }
    return database;
}

// Whose file it is, from the header alone: a file that is not Abonent's gets
// no connection that could change it (roll back its journal, fold in its log).
Status Database::examineHeader()
{
    const QString shownPath = m_file.shownPath();
    auto header = m_file.readHeader();
    if (!header) {
        if (header.error().code == Error::Code::NotSqlite && m_file.startsLikeSqlite() == false) {
            return makeError(Error::Code::NotSqlite,
                             tr("%1 is not an SQLite database, so it cannot be an Abonent database. "
                                "It was left untouched.")
                                 .arg(shownPath));
        }
        return unreadable(header.error());
    }
    if (header->applicationId == kApplicationId) {
        return {};
    }
    // An SQLite file without a single table (its schema cookie is 0 until the
    // first) may become an Abonent database; anything else is another program's.
    if (header->schemaCookie != 0 || m_file.walSize() > 0) {
        return makeError(Error::Code::NotAbonent,
                         tr("%1 is an SQLite database of another program, not an Abonent database. "
                            "It was left untouched.")
                             .arg(shownPath));
    }
    return {};
}

// Opens the connection: for writing where this user may write (a ReadOnly
// open then forbids changes on the connection itself), else for reading.
// SQLite rolls back a change a crashed program left in a rollback journal on
// the first read, which needs write access.
Status Database::connect(bool creating)
{
    const QString shownPath = m_file.shownPath();
    const bool hadJournal = m_file.journalSize() > 0;
    const QString readOnlyReason = m_file.readOnlyReason();
    DatabaseFile::Access access = creating ? DatabaseFile::Access::Create : DatabaseFile::Access::ReadWrite;
    const bool isReadOnlyLocation = !readOnlyReason.isEmpty();
    if (isReadOnlyLocation) {
        if (creating) {
            return makeError(Error::Code::ReadOnly,
                             tr("Cannot create the database %1: %2.").arg(shownPath, readOnlyReason));
        }
        // Without a journal or log beside it the file holds every commit:
        // read it alone rather than leave a log and its index behind that
        // this user could not remove. (Should someone who may write it start
        // while it is open here, this desk may see an old state or a read
        // error, never harm.) A journal may hold a change to roll back, which
        // only SQLite's own reading finds out.
        access = m_file.walSize() < 0 && !hadJournal ? DatabaseFile::Access::Immutable : DatabaseFile::Access::ReadOnly;
        m_readsFileAlone = access == DatabaseFile::Access::Immutable;
        m_readOnlyReason = readOnlyReason;
    } else if (m_mode == Mode::ReadOnly) {
        m_readOnlyReason = tr("it was opened for reading only");
    }

    m_inUse.emplace(m_file.path());
    QSqlDatabase db = DatabaseFile::addConnection(m_connectionName, m_file.path(), access);
    if (!db.open()) {
        return makeError(Error::Code::Io, tr("Cannot open %1: %2").arg(shownPath, db.lastError().databaseText()));
    }
    if (creating) {
        // Customer data: readable by its owner only. Set before the first
        // write, so the journal and log SQLite creates beside it inherit it.
        if (Status restricted = OwnerOnly::restrictExisting(m_file.path()); !restricted) {
            return restricted;
        }
    }
    if (access == DatabaseFile::Access::ReadWrite && m_mode == Mode::ReadOnly) {
        if (Status readOnly = sql::execDirect(db, QStringLiteral("PRAGMA query_only = ON")); !readOnly) {
            return readOnly;
        }
    }
    if (hadJournal && !isReadOnlyLocation) {
        // The first read rolls back a journal a crash left (a journal a live
        // writer holds, or one never written to, stays); say so only if it did.
        (void)sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        m_recovered = m_file.journalSize() <= 0;
    }
    return {};
}

// Why SQLite could not read the file, said as what it means for the person:
// locked by another program, not readable where it lies, or damaged.
Error Database::unreadable(const Error& error) const
{
    const QString shownPath = m_file.shownPath();
    if (error.code == Error::Code::ReadOnly && isReadOnly()) {
        // SQLite had to write before it could read, and may not here.
        return makeError(Error::Code::ReadOnly,
                         m_file.journalSize() > 0
                             ? tr("%1 holds a change that a program left unfinished when it stopped. Abonent "
                                  "rolls it back when it opens the file, but %2. It was left untouched.")
                                   .arg(shownPath, m_readOnlyReason)
                             : tr("%1 cannot be read here: its write-ahead log needs an index beside it, but %2. "
                                  "It was left untouched.")
                                   .arg(shownPath, m_readOnlyReason));
    }
    if (error.code == Error::Code::Busy) {
        return makeError(Error::Code::Busy,
                         tr("%1 is in use by another program that has locked it; try again in a moment. "
                            "It was left untouched.")
                             .arg(shownPath));
    }
    if (error.code == Error::Code::Io) {
        // Not the file's fault: reading a file in WAL mode needs room for its
        // index beside it, which a full disk does not have.
        const QStorageInfo disk(QFileInfo(m_file.path()).absolutePath());
        return makeError(Error::Code::Io,
                         tr("%1 cannot be read here (%2): the disk it is on may be full (%3 free) or failing. "
                            "It was left untouched.")
                             .arg(shownPath, error.message, QLocale().formattedDataSize(disk.bytesAvailable())));
    }
    return makeError(Error::Code::Corrupt,
                     tr("%1 cannot be read as an SQLite database (%2). It may be damaged; it was left untouched.")
                         .arg(shownPath, error.message));
}

// Reads what the file holds: readable SQLite, ours or not, and at which
// schema version.
Status Database::inspect()
{
    const QSqlDatabase db = connection();
    const QString shownPath = m_file.shownPath();
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
    if (version.value() > latestVersionOf(m_schema)) {
        return makeError(
            Error::Code::SchemaTooNew,
            tr("%1 has schema version %2, but this Abonent understands versions up to %3. "
               "Install a newer Abonent to open it; the file was left untouched.")
                .arg(shownPath, QString::number(version.value()), QString::number(latestVersionOf(m_schema))));
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
    auto journal = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal) {
        return journal.error();
    }
    if (journal.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(Error::Code::Io,
                         tr("%1 cannot use write-ahead logging (journal mode stayed \"%2\"); "
                            "is the folder on a network share?")
                             .arg(m_file.shownPath(), journal.value().toString()));
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
    return path + QStringLiteral(".v%1-%2.bak").arg(QString::number(version), stamp);
}

// Brings a database below the program's schema up to it, keeping a copy of
// what it held first (a new one has nothing to keep).
Status Database::upgrade()
{
    if (m_version >= latestVersionOf(m_schema)) {
        return {};
    }
    if (m_version > 0) {
        if (Status backedUp = m_server ? backUpOnServer() : backUp(); !backedUp) {
            return backedUp;
        }
    }
    return migrate();
}

Status Database::backUp()
{
    // Another program upgrading the same file in the same second picks the
    // same name: whoever creates the file first has it, the other the next.
    const QString name = backupPathFor(m_file.path(), m_version);
    QString target = name;
    Status copied = copyTo(target);
    for (int attempt = 2; !copied && copied.error().code == Error::Code::Conflict && attempt < 100; ++attempt) {
        target = name + QStringLiteral(".%1").arg(attempt);
        copied = copyTo(target);
    }
    if (!copied) {
        return makeError(Error::Code::Io,
                         tr("Could not back up %1 to %2 before upgrading it (%3); nothing was changed.")
                             .arg(m_file.shownPath(), QDir::toNativeSeparators(target), copied.errorString()));
    }
    m_backupPath = target;
    return {};
}

Status Database::copyTo(const QString& target) const
{
    if (m_server) {
        return makeError(Error::Code::Invalid,
                         tr("%1 is on a PostgreSQL server, which Abonent does not copy into a file; the server's "
                            "own tools back it up (pg_dump).")
                             .arg(shownLocation()));
    }
    return writeCopy(target, [this](const QString& unfinished) -> Status {
        // SQLite's online backup API where this build calls SQLite directly;
        // elsewhere VACUUM INTO, the same consistent copy.
        if (sqlite3* direct = sqlite::directHandle(connection())) {
            const QString failed = sqlite::backUp(direct, unfinished);
            return failed.isEmpty()
                ? Status()
                : makeError(Error::Code::Io,
                            tr("Cannot copy to %1: %2").arg(QDir::toNativeSeparators(unfinished), failed));
        }
        // A read-only connection is only asked not to write (query_only):
        // the copy is another file, so that is lifted for it alone.
        const QSqlDatabase db = connection();
        const bool queryOnly = sql::scalar(db, QStringLiteral("PRAGMA query_only")).value_or(0).toInt() == 1;
        if (queryOnly) {
            if (Status lifted = sql::execDirect(db, QStringLiteral("PRAGMA query_only = OFF")); !lifted) {
                return lifted;
            }
        }
        QSqlQuery vacuum(db);
        const Status copied = sql::exec(vacuum, QStringLiteral("VACUUM INTO ?"), {DatabaseFile::uri(unfinished, {})});
        vacuum.finish();
        if (queryOnly) {
            if (Status back = sql::execDirect(db, QStringLiteral("PRAGMA query_only = ON")); !back) {
                return back;
            }
        }
        return copied;
    });
}

Status Database::writeCopy(const QString& target, const std::function<Status(const QString& unfinished)>& fill)
{
    if (QFileInfo::exists(target)) {
        return makeError(Error::Code::Conflict,
                         tr("Cannot create %1: the file exists.").arg(QDir::toNativeSeparators(target)));
    }
    // The copy's file is made here first, empty and its owner's: a name that
    // another process took meanwhile (two upgrades in the same second) then
    // fails here instead of being overwritten or removed. No connection to
    // this new file exists, so opening it drops no SQLite lock; SQLite
    // writes into an empty file.
    const QString unfinished = target + QStringLiteral(".unfinished");
    {
        QFile created(unfinished);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(
                QFileInfo::exists(unfinished) ? Error::Code::Conflict : Error::Code::Io,
                tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(unfinished), created.errorString()));
        }
        if (Status restricted = OwnerOnly::restrictOpen(created); !restricted) {
            created.remove();
            return restricted;
        }
    }
    if (Status filled = fill(unfinished); !filled) {
        DatabaseFile::removeWithSideFiles(unfinished);
        return filled;
    }
    // Renaming never replaces a file (renameat2's RENAME_NOREPLACE, or
    // MoveFileEx without MOVEFILE_REPLACE_EXISTING): a target another
    // process made meanwhile stays as it is.
    QFile whole(unfinished);
    if (!whole.rename(target)) {
        const bool taken = QFileInfo::exists(target);
        const QString why = whole.errorString();
        DatabaseFile::removeWithSideFiles(unfinished);
        return makeError(taken ? Error::Code::Conflict : Error::Code::Io,
                         tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(target), why));
    }
    return {};
}

// Every step of an upgrade in one transaction, each recorded with its
// version: a failure anywhere leaves the file at the version it had.
Status Database::migrate()
{
    const QSqlDatabase db = connection();
    const bool onServer = m_server.has_value();
    // Steps may rebuild tables, which SQLite only allows with foreign keys
    // off; each step instead checks the keys itself. A server checks every
    // reference as it is written.
    if (!onServer) {
        if (Status off = sql::execDirect(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off) {
            return off;
        }
    }
    const Migration* failedStep = nullptr;
    int applied = 0;
    Status upgraded = inTransaction(db, [&]() -> Status {
        // Desks upgrading one server take turns (SQLite's write lock does
        // that for a file).
        if (onServer) {
            if (auto turn = sql::scalar(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
                !turn) {
                return turn.error();
            }
        }
        // Another program may have upgraded the file while we waited for the lock.
        auto current = recordedVersion(db);
        if (!current) {
            return current.error();
        }
        m_version = static_cast<int>(current.value());
        for (const Migration& step : m_schema) {
            if (step.version <= m_version) {
                continue;
            }
            failedStep = &step;
            if (m_version == 0) {
                if (Status created =
                        sql::execDirect(db,
                                        QStringLiteral("CREATE TABLE schema_migrations ("
                                                       " version INTEGER PRIMARY KEY,"
                                                       " name TEXT NOT NULL,"
                                                       " applied_at %1 NOT NULL)")
                                            .arg(onServer ? QLatin1String("BIGINT") : QLatin1String("INTEGER")));
                    !created) {
                    return created;
                }
                if (!onServer) {
                    if (Status marked =
                            sql::execDirect(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
                        !marked) {
                        return marked;
                    }
                }
            }
            if (Status status = step.apply(db); !status) {
                return status;
            }
            auto dangling = onServer ? Result<QVariant>(QVariant(0))
                                     : sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
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
            ++applied;
        }
        failedStep = nullptr;
        return {};
    });
    const QString shownPath = shownLocation();
    if (upgraded || (!failedStep && upgraded.error().code == Error::Code::Busy)) {
        // Nothing was upgraded here (another program did it, or holds the
        // file): the copy made for this upgrade is not one.
        if (applied == 0 && !m_backupPath.isEmpty()) {
            if (onServer) {
                (void)sql::execDirect(db, QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(m_backupPath));
            } else {
                DatabaseFile::removeWithSideFiles(m_backupPath);
            }
            m_backupPath.clear();
        }
        if (upgraded) {
            return {};
        }
        return makeError(Error::Code::Busy,
                         tr("%1 needs an upgrade, but another program is writing to it; try again in a moment. "
                            "It was left untouched.")
                             .arg(shownPath));
    }
    // Say what the file is now, as read back, not what it should be.
    auto now = recordedVersion(db);
    const QString step = failedStep
        ? tr("schema version %1 (%2)").arg(QString::number(failedStep->version), failedStep->name)
        : tr("the current schema");
    if (!now) {
        return makeError(upgraded.error().code,
                         tr("Upgrading %1 to %2 failed: %3. Its schema version cannot be read back (%4); "
                            "the copy from before the upgrade is %5.")
                             .arg(shownPath,
                                  step,
                                  upgraded.errorString(),
                                  now.errorString(),
                                  QDir::toNativeSeparators(m_backupPath)));
    }
    m_version = static_cast<int>(now.value());
    if (m_originalVersion == 0) {
        return makeError(upgraded.error().code,
                         tr("Setting up the new database %1 failed at %2: %3. It was rolled back; no Abonent "
                            "data was written.")
                             .arg(shownPath, step, upgraded.errorString()));
    }
    if (m_version == m_originalVersion) {
        return makeError(upgraded.error().code,
                         tr("Upgrading %1 to %2 failed: %3. The whole upgrade was rolled back: the file is still "
                            "at schema version %4, as it was. The copy taken before the upgrade is %5.")
                             .arg(shownPath,
                                  step,
                                  upgraded.errorString(),
                                  QString::number(m_version),
                                  QDir::toNativeSeparators(m_backupPath)));
    }
    return makeError(upgraded.error().code,
                     tr("Upgrading %1 to %2 failed: %3. The file is now at schema version %4 (it was at %5); "
                        "the copy taken before the upgrade is %6.")
                         .arg(shownPath,
                              step,
                              upgraded.errorString(),
                              QString::number(m_version),
                              QString::number(m_originalVersion),
                              QDir::toNativeSeparators(m_backupPath)));
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
