#include "BackupCommand.h"

#include "CommandSupport.h"
#include "Database.h"
#include "DatabaseCopies.h"
#include "DatabaseLocation.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

namespace {

QCommandLineOption targetOption()
{
    return QCommandLineOption(QStringLiteral("to"),
                              BackupCommand::tr("The backup file to write; it must not exist yet."),
                              BackupCommand::tr("file"));
}

} // namespace

QString BackupCommand::description() const
{
    return tr("Copy a database while it is in use, consistent as of one moment, and check the copy.");
}

int BackupCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption to = targetOption();
    parser.addOptions({databaseOption(), to});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString target = parser.value(to);
    if (target.isEmpty()) {
        err << withHelpHint(tr("Say where the backup goes: --to FILE."), QStringLiteral("abonent backup")) << Qt::endl;
        return Failure;
    }
    const QString path = databasePath(parser);
    if (DatabaseLocation::namesServer(path)) {
        err << serverBackupAdvice() << Qt::endl;
        return Failure;
    }
    auto written = DatabaseCopies::backUp(path, target);
    if (!written) {
        err << written.errorString() << Qt::endl;
        return Failure;
    }
    out << "backup\t" << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << '\n'
        << "schema_version\t" << written->schemaVersion << '\n'
        << "integrity\tok\n"
        << "bytes\t" << written->bytes << '\n';
    return Success;
}

} // namespace abonent::cli
