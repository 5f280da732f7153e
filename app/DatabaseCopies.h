#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace abonent {

// Backups of an SQLite database and putting one back: what `abonent
// backup`/`restore` and the window's File menu do, in one place.
class DatabaseCopies
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopies)

public:
    struct Copied
    {
        qint64 bytes = 0;
        int schemaVersion = 0;
    };
    struct Restored
    {
        QString keptCopy; // what the backup replaced, beside the database
        int schemaVersion = 0;
    };

    // A copy of the database at `path`, consistent as of one moment while
    // other desks write, written to `target` (which must not exist) and
    // checked whole before it is called a backup.
    static Result<Copied> backUp(const QString& path, const QString& target);
    // Puts `backup` back in place of the database at `path` once it is found
    // whole, keeping what it replaces; an older backup is upgraded.
    static Result<Restored> restore(const QString& path, const QString& backup);

    // The daily copies the window keeps: "<name>-<path hash>-<yyyy-MM-dd>.sqlite" in `folder`.
    static QString dailyCopyPath(const QString& folder, const QString& databasePath, const QDate& day);
    // Takes today's copy unless there is one, then removes all but the newest `keep`.
    static Result<QString>
    keepDailyCopy(const QString& databasePath, const QString& folder, int keep, const QDate& today);
};

} // namespace abonent
