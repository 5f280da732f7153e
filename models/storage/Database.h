#pragma once

#include "DatabaseFile.h"
#include "DatabaseLocation.h"
#include "Migration.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace abonent {

// An open Abonent database: one named Qt SQL connection, configured and at the
// program's schema version. Opening never changes a file it then refuses:
// whose file it is comes from its header, read through SQLite without locks
// or side files, and only an Abonent database (or an empty file being
// created) gets a connection that may write. A file this user may not write
// is opened for reading, and says why.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        Create, // create the file (and its folder) if missing or empty, migrate to the current schema
        ReadWrite, // an existing Abonent database, migrated to the current schema
        ReadOnly, // an existing Abonent database, read as it is: never created, configured or migrated
    };

    // `location` is a file or a PostgreSQL server's database as --db names
    // it (DatabaseLocation). `schema` is the program's list of steps for that
    // engine (Abonent's are schemaMigrations() and serverSchemaMigrations(),
    // chosen by openAbonentDatabase()); it must outlive the database.
    static Result<std::unique_ptr<Database>>
    open(const QString& location, const Schema& schema, Mode mode = Mode::ReadWrite);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // What opens this database again (another thread's connection, the
    // next start): the file's absolute path, or the server's URI as given.
    QString path() const { return m_server ? m_server->given() : m_file.path(); }
    // What to show a person: the file's native path, or the server's URI
    // without a password.
    QString shownLocation() const { return m_server ? m_server->shown() : m_file.shownPath(); }
    // What a desk writes down to open it again: path() without a password.
    QString rememberedLocation() const { return m_server ? m_server->remembered() : m_file.path(); }
    // Whether it lives on a PostgreSQL server rather than in a file here.
    bool isOnServer() const { return m_server.has_value(); }
    // Whether the server still answers (one round trip); always true for a file.
    bool isConnected() const;
    // Connects to the server again after it went away, on the same named
    // connection; Unreachable while it is still away. Nothing for a file.
    Status reconnect();
    // Whether nothing may be written through this connection, and why
    // ("you may not write the file …"); the window and the commands say so.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether opening rolled back a change a program left unfinished when it
    // stopped (a crash, a power cut): the file is as its last commit left it.
    bool recoveredUnfinishedChange() const { return m_recovered; }
    // "… is open for reading only: <why>. Nothing can be recorded in it."
    QString readOnlyNotice() const;
    // What a person should be told about this open: a recovery, an upgrade,
    // reading only. Empty when there is nothing to say.
    QStringList notices() const;
    // Version the file had before this open migrated it (0 for a new file).
    int originalSchemaVersion() const { return m_originalVersion; }
    int schemaVersion() const { return m_version; }
    // The copy made before migrating, empty when no migration was needed.
    QString backupPath() const { return m_backupPath; }

    // A consistent copy of the whole database, write-ahead log included, made
    // by SQLite in one read transaction (what another connection commits
    // meanwhile is wholly in it or not at all), readable by its
    // owner only. Conflict when `target` exists (it is left alone); a failed
    // copy leaves nothing. The copy is written as `<target>.unfinished` and
    // renamed when whole, so a program killed meanwhile never leaves a part
    // under the name of a copy. Made with SQLite's online backup API where
    // this build calls SQLite directly, elsewhere with VACUUM INTO; a
    // read-only connection will do for either.
    Status copyTo(const QString& target) const;
    // How every copy is written: `fill` gets an empty file of this user's
    // only, "<target>.unfinished", to have SQLite write into; when it
    // succeeds that file is renamed to `target`, which is never replaced.
    // Conflict when `target` exists; a failed copy leaves nothing.
    static Status writeCopy(const QString& target, const std::function<Status(const QString& unfinished)>& fill);

    // "<name>.v<version>-<UTC timestamp>.bak" beside the database.
    static QString backupPathFor(const QString& path, int version);

    // Whether the database holds no customers, plans or operators yet: the one
    // meaning of "empty" for demo data and first-run questions.
    Result<bool> isEmpty() const;
    static Result<bool> isEmpty(const QSqlDatabase& db);

private:
    Database(const QString& path, const Schema& schema, Mode mode);
    Database(const DatabaseLocation& server, const Schema& schema, Mode mode);
    static Result<std::unique_ptr<Database>>
    openOnServer(const DatabaseLocation& server, const Schema& schema, Mode mode);
    Status connectToServer();
    // Opens `db` and sets the session up: this desk's time zone, reading only when so opened.
    Status startSession(QSqlDatabase& db);
    Status inspectServer();
    Status readPrivileges();
    Status backUpOnServer();

    Status examineHeader();
    Status connect(bool creating);
    Status inspect();
    Error unreadable(const Error& error) const;
    Status configure();
    Status upgrade();
    Status backUp();
    Status migrate();

    DatabaseFile m_file;
    std::optional<DatabaseLocation> m_server;
    const Schema& m_schema;
    Mode m_mode;
    QString m_connectionName;
    // Taken before the connection opens, released after it closed.
    std::optional<DatabaseFile::InUse> m_inUse;
    QString m_readOnlyReason;
    bool m_recovered = false;
    bool m_readsFileAlone = false; // immutable: no locks, later changes by others unseen
    int m_originalVersion = 0;
    int m_version = 0;
    QString m_backupPath;
};

} // namespace abonent
