#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace abonent {

// A database file as it lies on disk, looked at without changing it and
// without opening it outside SQLite: closing any descriptor of a file drops
// every POSIX lock this process holds on it, SQLite's included
// (https://www.sqlite.org/howtocorrupt.html §2.2). Sizes, permissions and
// existence come from stat(), which opens nothing; the header is read
// through SQLite.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    // How a connection may use the file.
    enum class Access {
        Create, // read and write, creating the file if it is missing
        ReadWrite, // read and write an existing file
        ReadOnly, // read, with SQLite's locks (sees other connections' commits)
        // Read the main file alone: no locks, no journal or log, nothing
        // created beside it. Sound only while nobody can write the file.
        Immutable,
    };

    // The fields of the SQLite header that say whose file it is.
    struct Header
    {
        qint64 applicationId = 0;
        qint64 schemaCookie = 0; // 0 until the first table is created
    };

    explicit DatabaseFile(const QString& path);

    QString path() const { return m_path; }
    QString shownPath() const; // native separators, for messages
    bool exists() const;
    bool isFile() const;
    qint64 size() const;
    // Size of the rollback journal or write-ahead log beside the file; -1 when there is none.
    qint64 journalSize() const;
    qint64 walSize() const;
    // Whether this user may read the file.
    bool isReadable() const;
    // Why this user cannot write the file or create its journal beside it;
    // empty when both are possible.
    QString readOnlyReason() const;

    // The header as the main file holds it, read through an immutable
    // connection. NotSqlite when SQLite cannot read it as a database.
    Result<Header> readHeader() const;
    // Whether the file starts with SQLite's magic string, which tells a file
    // that never was SQLite from one whose header is damaged. Read with plain
    // file I/O, so only while this process has no connection to the file;
    // nullopt when it has one, or the file cannot be read.
    std::optional<bool> startsLikeSqlite() const;

    // While it lives, this process counts as having a connection to the file
    // (startsLikeSqlite() then leaves it alone). Taken before the first
    // connection opens, released after the last one closed.
    class InUse
    {
    public:
        explicit InUse(const QString& path);
        ~InUse();
        InUse(const InUse&) = delete;
        InUse& operator=(const InUse&) = delete;

    private:
        QString m_key;
    };

    // Deletes a database file and the journal, log and index SQLite keeps
    // beside it (a copy that failed, a throwaway trial). Deleting opens
    // nothing, but nothing may still be connected to it.
    static void removeWithSideFiles(const QString& path);

    // A name no other connection of this process has (Qt SQL connections are named).
    static QString uniqueConnectionName();
    // A Qt SQLite connection to `path` under `name`, not opened yet.
    static QSqlDatabase addConnection(const QString& name, const QString& path, Access access);
    // "file:///…?mode=rw": the URI SQLite opens `path` by with these parameters.
    static QString uri(const QString& path, const QString& parameters);

private:
    QString m_path;
};

} // namespace abonent
