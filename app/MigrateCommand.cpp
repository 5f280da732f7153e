#include "MigrateCommand.h"

#include "CommandSupport.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "ExitCode.h"
#include "ServerTransfer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace abonent::cli {

namespace {

const QString kUsage = QStringLiteral("abonent migrate");

struct MigrateCommandLine
{
    QCommandLineOption from {QStringLiteral("from"),
                             MigrateCommand::tr("The office's database file to copy (it is only read)."),
                             MigrateCommand::tr("file")};
    QCommandLineOption to {QStringLiteral("to"),
                           MigrateCommand::tr("The empty server database to copy it into, as "
                                              "postgresql://user@host:port/database."),
                           MigrateCommand::tr("uri")};
};

// Both given, the first a file and the second a server; empty when so.
QString usageProblem(const QString& from, const QString& to)
{
    if (from.isEmpty() || to.isEmpty()) {
        return MigrateCommand::tr("Say which file and which server database: --from FILE --to postgresql://….");
    }
    if (DatabaseLocation::namesServer(from)) {
        return MigrateCommand::tr("--from names a database file; %1 is on a server (its own tools, pg_dump and "
                                  "pg_restore, copy it to another server).")
            .arg(from);
    }
    if (!DatabaseLocation::namesServer(to)) {
        return MigrateCommand::tr("--to names a database on a PostgreSQL server (postgresql://…), not a file: "
                                  "\"%1\". To copy a file, use abonent backup.")
            .arg(to);
    }
    return {};
}

// What a long copy has done so far, on stderr, every few seconds.
ServerTransfer::Progress progressEvery(QTextStream& err, int seconds)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [&err, seconds, timer](const QString& table, qint64 copied, qint64 total) {
        if (timer->elapsed() < seconds * 1000) {
            return;
        }
        timer->restart();
        const QLocale locale;
        err << MigrateCommand::tr("%1: %2 of %3 rows copied")
                   .arg(table, locale.toString(copied), locale.toString(total))
            << Qt::endl;
    };
}

void writeOutcome(const ServerTransfer::Outcome& outcome, QTextStream& out)
{
    for (const ServerTransfer::TableRows& table : outcome.tables) {
        out << table.table << '\t' << table.inFile << '\t' << table.onServer << '\n';
    }
    out << "contacts_queued_for_rollups\t" << outcome.contactsQueuedForRollups << '\n'
        << "digest_file\t" << outcome.fileDigest.toHex() << '\n'
        << "digest_server\t" << outcome.serverDigest.toHex() << '\n';
    out.flush();
}

qint64 rowsIn(const ServerTransfer::Outcome& outcome)
{
    qint64 rows = 0;
    for (const ServerTransfer::TableRows& table : outcome.tables) {
        rows += table.inFile;
    }
    return rows;
}

} // namespace

QString MigrateCommand::description() const
{
    return tr("Copy an office's database file into an empty database on a PostgreSQL server, and check the copy.");
}

int MigrateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const MigrateCommandLine commandLine;
    parser.addOptions({commandLine.from, commandLine.to});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString from = parser.value(commandLine.from);
    const QString to = parser.value(commandLine.to);
    if (const QString problem = usageProblem(from, to); !problem.isEmpty()) {
        err << withHelpHint(problem, kUsage) << Qt::endl;
        return Failure;
    }
    // The file is read as it is: an older one is refused, not upgraded.
    auto file = openForReading(from, err);
    if (!file) {
        return Failure;
    }
    // An empty server database is given the schema here.
    auto server = openDatabase(to, Database::Mode::Create, err);
    if (!server) {
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    ServerTransfer transfer(file->connection(), server->connection());
    transfer.setProgress(progressEvery(err, 5));
    const auto outcome = transfer.run();
    if (!outcome) {
        err << tr("%1 was not copied to %2: %3")
                   .arg(file->shownLocation(), server->shownLocation(), outcome.errorString())
            << Qt::endl;
        return Failure;
    }
    writeOutcome(outcome.value(), out);
    err << tr("Copied %1 rows from %2 to %3 in %4 s; both sides have the same rows and the same content digest.")
               .arg(QLocale().toString(rowsIn(outcome.value())),
                    file->shownLocation(),
                    server->shownLocation(),
                    QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}

} // namespace abonent::cli
