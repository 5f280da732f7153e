#include "RestoreCommand.h"

#include "CommandSupport.h"
#include "Database.h"
#include "DatabaseCopies.h"
#include "DatabaseLocation.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

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
    if (DatabaseLocation::namesServer(path)) {
        err << serverBackupAdvice() << Qt::endl;
        return Failure;
    }
    auto restored = DatabaseCopies::restore(path, backup);
    if (!restored) {
        err << restored.errorString() << Qt::endl;
        return Failure;
    }
    const QString kept = restored->keptCopy;
    out << "restored\t" << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n'
        << "from\t" << QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath()) << '\n'
        << "schema_version\t" << restored->schemaVersion << '\n'
        << "kept\t" << QDir::toNativeSeparators(QFileInfo(kept).absoluteFilePath()) << '\n';
    return Success;
}

} // namespace abonent::cli
