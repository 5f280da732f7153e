#include "RestoreCommand.h"

#include "CommandSupport.h"
#include "Database.h"
#include "ExitCode.h"
#include "SqliteDirect.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

namespace {

// "<name>.before-restore-<UTC timestamp>.bak" beside the database.
QString keptPathFor(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return path + QStringLiteral(".before-restore-%1.bak").arg(stamp);
}

} // namespace

QString RestoreCommand::description() const
{
    return tr("Put a backup back into a database, keeping what it replaces beside it.");
}

int RestoreCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption from(
        QStringLiteral("from"), tr("The backup to put back (written by \"abonent backup\")."), tr("file"));
    parser.addOptions({databaseOption(), from});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString backup = parser.value(from);
    if (backup.isEmpty()) {
        err << withHelpHint(tr("Say which backup to put back: --from FILE."), QStringLiteral("abonent restore"))
            << Qt::endl;
        return Failure;
    }
    const QString path = databasePath(parser);
    if (isServerAddress(path)) {
        err << serverBackupAdvice() << Qt::endl;
        return Failure;
    }
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(path).canonicalFilePath() && QFileInfo::exists(path)) {
        err << tr("%1 is the database itself; name a backup of it.").arg(QDir::toNativeSeparators(backup)) << Qt::endl;
        return Failure;
    }
    if (!sqlite::canReplaceContent()) {
        err << tr("This build of Abonent cannot put a backup back while the database may be open elsewhere.")
            << Qt::endl;
        return Failure;
    }
    if (const Status sound = checkWholeDatabase(backup); !sound) {
        err << tr("Nothing was restored, and nothing was changed: %1").arg(sound.errorString()) << Qt::endl;
        return Failure;
    }
    if (!openDatabase(path, Database::Mode::ReadOnly, err)) { // an Abonent database, there to replace
        return Failure;
    }
    // No connection of this process is left to the file now. What is replaced
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
        err << tr("The database could not be kept before restoring (%1); nothing was changed.").arg(keptFailure)
            << Qt::endl;
        return Failure;
    }
    if (!failed.isEmpty()) {
        const QString said = QFileInfo::exists(kept)
            ? tr("The backup could not be put back (%1). The database is as it was; a copy of it is in %2.")
                  .arg(failed, QDir::toNativeSeparators(kept))
            : tr("The backup could not be put back (%1); nothing was changed.").arg(failed);
        err << said << Qt::endl;
        return Failure;
    }
    // Opened once to write: an older backup's schema is upgraded here (after its own copy).
    auto restored = openDatabase(path, Database::Mode::ReadWrite, err);
    if (!restored) {
        err << tr("The backup was put back, but the database does not open; what it replaced is in %1.")
                   .arg(QDir::toNativeSeparators(kept))
            << Qt::endl;
        return Failure;
    }
    out << "restored\t" << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n'
        << "from\t" << QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath()) << '\n'
        << "schema_version\t" << restored->schemaVersion() << '\n'
        << "kept\t" << QDir::toNativeSeparators(QFileInfo(kept).absoluteFilePath()) << '\n';
    return Success;
}

} // namespace abonent::cli
