#include "DatabaseCopies.h"

#include "AbonentDatabase.h"
#include "CommandSupport.h"
#include "Database.h"
#include "SqliteDirect.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace abonent {

namespace {

// "<name>.before-restore-<UTC timestamp>.bak" beside the database.
QString keptPathFor(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return path + QStringLiteral(".before-restore-%1.bak").arg(stamp);
}

} // namespace

Result<DatabaseCopies::Copied> DatabaseCopies::backUp(const QString& path, const QString& target)
{
    if (QFileInfo::exists(target)) {
        return makeError(Error::Code::Conflict,
                         tr("%1 exists; a backup never replaces a file. Choose another name.")
                             .arg(QDir::toNativeSeparators(target)));
    }
    // Read as it is: a backup neither upgrades nor changes the file.
    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    if (!database) {
        return database.error();
    }
    if (const Status copied = database.value()->copyTo(target); !copied) {
        return makeError(copied.error().code, tr("No backup was written: %1").arg(copied.errorString()));
    }
    database.value().reset();
    Copied copied;
    if (const Status sound = cli::checkWholeDatabase(target, &copied.schemaVersion); !sound) {
        return makeError(Error::Code::Io,
                         tr("The copy %1 was written but does not read back whole (%2); do not rely on it.")
                             .arg(QDir::toNativeSeparators(target), sound.errorString()));
    }
    copied.bytes = QFileInfo(target).size();
    return copied;
}

Result<DatabaseCopies::Restored> DatabaseCopies::restore(const QString& path, const QString& backup)
{
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(path).canonicalFilePath() && QFileInfo::exists(path)) {
        return makeError(Error::Code::Invalid,
                         tr("%1 is the database itself; name a backup of it.").arg(QDir::toNativeSeparators(backup)));
    }
    if (!sqlite::canReplaceContent()) {
        return makeError(
            Error::Code::Invalid,
            tr("This build of Abonent cannot put a backup back while the database may be open elsewhere."));
    }
    if (const Status sound = cli::checkWholeDatabase(backup); !sound) {
        return makeError(Error::Code::Invalid,
                         tr("Nothing was restored, and nothing was changed: %1").arg(sound.errorString()));
    }
    { // an Abonent database, there to replace
        auto current = openAbonentDatabase(path, Database::Mode::ReadOnly);
        if (!current) {
            return current.error();
        }
    }
    // No connection of this call is left to the file now. What is replaced
    // is kept while the write lock is held: nothing a desk commits is lost.
    const QString kept = keptPathFor(path);
    QString keptFailure;
    const QString failed = sqlite::replaceContent(backup, path, [&kept, &keptFailure](sqlite3* current) {
        const Status copied = Database::writeCopy(kept, [current](const QString& unfinished) -> Status {
            const QString why = sqlite::backUp(current, unfinished);
            return why.isEmpty() ? Status() : makeError(Error::Code::Io, why);
        });
        keptFailure = copied ? QString() : copied.errorString();
        return keptFailure;
    });
    if (!keptFailure.isEmpty()) {
        return makeError(
            Error::Code::Io,
            tr("The database could not be kept before restoring (%1); nothing was changed.").arg(keptFailure));
    }
    if (!failed.isEmpty()) {
        return makeError(Error::Code::Io,
                         QFileInfo::exists(kept)
                             ? tr("The backup could not be put back (%1). The database is as it was; a copy of it is "
                                  "in %2.")
                                   .arg(failed, QDir::toNativeSeparators(kept))
                             : tr("The backup could not be put back (%1); nothing was changed.").arg(failed));
    }
    // Opened once to write: an older backup's schema is upgraded here (after its own copy).
    auto restored = openAbonentDatabase(path, Database::Mode::ReadWrite);
    if (!restored) {
        return makeError(restored.error().code,
                         tr("The backup was put back, but the database does not open (%1); what it replaced is in %2.")
                             .arg(restored.errorString(), QDir::toNativeSeparators(kept)));
    }
    return Restored {kept, restored.value()->schemaVersion()};
}

namespace {

// "<name>-<8 hex digits of its full path>": two databases of the same name
// in other folders keep copies of their own in one backup folder.
QString dailyCopyStem(const QString& databasePath)
{
    const QByteArray where = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("%1-%2").arg(
        QFileInfo(databasePath).completeBaseName(),
        QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(8)));
}

} // namespace

QString DatabaseCopies::dailyCopyPath(const QString& folder, const QString& databasePath, const QDate& day)
{
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(dailyCopyStem(databasePath), day.toString(Qt::ISODate)));
}

Result<QString>
DatabaseCopies::keepDailyCopy(const QString& databasePath, const QString& folder, int keep, const QDate& today)
{
    if (!QDir().mkpath(folder)) {
        return makeError(Error::Code::Io,
                         tr("The folder for backups %1 could not be made.").arg(QDir::toNativeSeparators(folder)));
    }
    const QString todays = dailyCopyPath(folder, databasePath, today);
    if (!QFileInfo::exists(todays)) {
        if (auto written = backUp(databasePath, todays); !written) {
            return written.error();
        }
    }
    // Only this database's own daily copies are counted and removed, oldest first.
    const QRegularExpression daily(QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
                                       .arg(QRegularExpression::escape(dailyCopyStem(databasePath))));
    QStringList copies = QDir(folder).entryList(QDir::Files, QDir::Name);
    copies.removeIf([&daily](const QString& name) { return !daily.match(name).hasMatch(); });
    while (copies.size() > std::max(keep, 1)) {
        QFile::remove(QDir(folder).filePath(copies.takeFirst()));
    }
    return todays;
}

} // namespace abonent
