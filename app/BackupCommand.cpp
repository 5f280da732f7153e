#include "BackupCommand.h"

#include "CommandSupport.h"
#include "Database.h"
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
    if (QFileInfo::exists(target)) {
        err << tr("%1 exists; a backup never replaces a file. Choose another name.")
                   .arg(QDir::toNativeSeparators(target))
            << Qt::endl;
        return Failure;
    }
    // Read as it is: a backup neither upgrades nor changes the file.
    const QString path = databasePath(parser);
    if (isServerAddress(path)) {
        err << serverBackupAdvice() << Qt::endl;
        return Failure;
    }
    auto database = openDatabase(path, Database::Mode::ReadOnly, err);
    if (!database) {
        return Failure;
    }
    if (const Status copied = database->copyTo(target); !copied) {
        err << tr("No backup was written: %1").arg(copied.errorString()) << Qt::endl;
        return Failure;
    }
    int schemaVersion = 0;
    if (const Status sound = checkWholeDatabase(target, &schemaVersion); !sound) {
        err << tr("The copy %1 was written but does not read back whole (%2); do not rely on it.")
                   .arg(QDir::toNativeSeparators(target), sound.errorString())
            << Qt::endl;
        return Failure;
    }
    out << "backup\t" << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << '\n'
        << "schema_version\t" << schemaVersion << '\n'
        << "integrity\tok\n"
        << "bytes\t" << QFileInfo(target).size() << '\n';
    return Success;
}

} // namespace abonent::cli
