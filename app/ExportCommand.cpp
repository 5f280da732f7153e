#include "ExportCommand.h"

#include "CommandSupport.h"
#include "DataExport.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

QString ExportCommand::description() const
{
    return tr("Write every customer, phone, plan, payment, contact, tag, case and letter of the register to CSV "
              "files and one JSON file, as of one moment.");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption to(
        QStringLiteral("out"), tr("The folder to write into; it must be new or empty."), tr("folder"));
    parser.addOptions({databaseOption(), to});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString folder = parser.value(to);
    if (folder.isEmpty()) {
        err << withHelpHint(tr("Say where the files go: --out FOLDER."), QStringLiteral("abonent export")) << Qt::endl;
        return Failure;
    }
    // Files already there may be an earlier export someone relies on: an
    // export goes into a folder of its own and replaces nothing.
    const QFileInfo target(folder);
    if (target.exists() && !target.isDir()) {
        err << tr("%1 is a file, not a folder; nothing was exported.").arg(QDir::toNativeSeparators(folder))
            << Qt::endl;
        return Failure;
    }
    if (target.isDir()
        && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        err << tr("%1 holds files already; an export never replaces or mixes with them. Choose a new or empty folder.")
                   .arg(QDir::toNativeSeparators(folder))
            << Qt::endl;
        return Failure;
    }
    // Read as it is: an export neither upgrades nor changes the database.
    auto database = openForReading(databasePath(parser), err);
    if (!database) {
        return Failure;
    }
    auto report = DataExport(database->connection()).run(folder);
    if (!report) {
        err << tr("Nothing was exported: %1").arg(report.errorString()) << Qt::endl;
        return Failure;
    }
    out << "exported\t" << QDir::toNativeSeparators(report->folder) << '\n';
    for (const ExportedFile& file : std::as_const(report->files)) {
        out << file.name << '\t' << file.rows << '\n';
    }
    return Success;
}

} // namespace abonent::cli
