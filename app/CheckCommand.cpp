#include "CheckCommand.h"

#include "CommandSupport.h"
#include "Database.h"
#include "DatabaseCheck.h"
#include "ExitCode.h"
#include "Migrations.h"
#include "Rollups.h"
#include "Transaction.h"

#include <QCommandLineParser>
#include <QDir>

namespace abonent::cli {

namespace {

struct CheckCommandLine
{
    QCommandLineOption digest {
        QStringLiteral("digest"),
        CheckCommand::tr("Also print a SHA-256 digest of the whole content (same data, same digest).")};
    QCommandLineOption verifyRollups {QStringLiteral("verify-rollups"),
                                      CheckCommand::tr("Also recount the monthly roll-ups (contacts, minutes, cost, "
                                                       "payments) from the raw rows and compare.")};
    QCommandLineOption rebuildRollups {
        QStringLiteral("rebuild-rollups"),
        CheckCommand::tr("Rebuild the monthly roll-ups from the raw rows first (the only change check makes).")};
};

// What was printed so far goes out before the reason it stops there.
int stopWith(const QString& message, QTextStream& out, QTextStream& err)
{
    out.flush();
    err << message << Qt::endl;
    return Failure;
}

// "ok", or how many are `what`: "3 wrong".
QString okOr(qint64 wrong, const QString& what)
{
    return wrong == 0 ? QStringLiteral("ok") : QString::number(wrong) + QLatin1Char(' ') + what;
}

// --rebuild-rollups, the only change check makes.
bool rebuildRollups(const QString& path, QTextStream& out, QTextStream& err)
{
    // Opened for writing, which also upgrades an older file (after a backup).
    auto writable = openDatabase(path, Database::Mode::ReadWrite, err);
    if (!writable) {
        return false;
    }
    const QSqlDatabase db = writable->connection();
    const Status rebuilt = inTransaction(db, [&db] { return Rollups::rebuild(db); });
    if (!rebuilt) {
        err << CheckCommand::tr("The roll-ups could not be rebuilt: %1").arg(rebuilt.errorString()) << Qt::endl;
        return false;
    }
    out << "rollups\trebuilt\n";
    return true;
}

// Prints both schema versions. False when the file's is older: the checks
// would not find its tables, so they are not run (and it says so).
bool checkSchema(const Database& database, QTextStream& out, QTextStream& err)
{
    const int version = database.schemaVersion();
    out << "schema_version\t" << version << '\n' << "program_schema_version\t" << latestSchemaVersion() << '\n';
    if (version >= latestSchemaVersion()) {
        return true;
    }
    out << "integrity\tnot checked: schema is older than this program; open it once to upgrade\n";
    out.flush();
    err << CheckCommand::tr("%1 has schema version %2; this program upgrades it to %3 when it opens it.")
               .arg(QDir::toNativeSeparators(database.path()),
                    QString::number(version),
                    QString::number(latestSchemaVersion()))
        << Qt::endl;
    return false;
}

void writeReport(const DatabaseCheck::Report& report, QTextStream& out)
{
    out << "integrity\t" << (report.integrityProblems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged"))
        << '\n';
    out << "register\t" << okOr(report.registerProblems.size(), QStringLiteral("wrong")) << '\n';
    // Whole as they are: their customers' data was erased on request (PDF and text removed, SHA-256 kept).
    out << "erased_letters\t" << report.erasedLetters.size() << '\n';
    for (const QString& number : report.erasedLetters) {
        out << "erased_letter\t" << number << '\n';
    }
    for (const auto& [table, rows] : report.rowCounts) {
        out << table << '\t' << rows << '\n';
    }
}

bool writeDigest(const DatabaseCheck& check, QTextStream& out, QTextStream& err)
{
    const auto sha = check.contentDigest();
    if (!sha) {
        stopWith(CheckCommand::tr("Digest failed: %1").arg(sha.errorString()), out, err);
        return false;
    }
    out << "digest\t" << sha.value().toHex() << '\n';
    return true;
}

// The exit code, with every problem found said on stderr.
int verdict(const DatabaseCheck::Report& report, qint64 differingMonths, QTextStream& err)
{
    if (!report.integrityProblems.isEmpty()) {
        err << CheckCommand::tr("The database is damaged: %1").arg(report.integrityProblems.first()) << Qt::endl;
    }

    for (const QString& problem : report.registerProblems) {
        err << problem << Qt::endl;
    }
    if (!report.healthy()) {
        return Failure;
    }
    if (differingMonths > 0) {
        err << CheckCommand::tr(
            "%n month(s) of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.",
            nullptr,
            static_cast<int>(differingMonths))
            << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

QString CheckCommand::description() const
{
    return tr("Verify a database: schema version, integrity, rows per table.");
}

int CheckCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const CheckCommandLine commandLine;
    parser.addOptions({databaseOption(), commandLine.digest, commandLine.verifyRollups, commandLine.rebuildRollups});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString path = databasePath(parser);
    if (parser.isSet(commandLine.rebuildRollups) && !rebuildRollups(path, out, err)) {
        return Failure;
    }
    // Read-only: checking a database must never change it, not even by upgrading it.
    auto database = openDatabase(path, Database::Mode::ReadOnly, err);
    if (!database) {
        return Failure;
    }
    if (!checkSchema(*database, out, err)) {
        return Success; // an older file is healthy; the program upgrades it (after a backup) when it next opens it
    }
    const DatabaseCheck check(database->connection());
    const auto report = check.run();
    if (!report) {
        return stopWith(tr("Check failed: %1").arg(report.errorString()), out, err);
    }
    writeReport(report.value(), out);
    qint64 differingMonths = 0;
    if (parser.isSet(commandLine.verifyRollups)) {
        const auto mismatches = Rollups::mismatches(database->connection());
        if (!mismatches) {
            return stopWith(tr("Check failed: %1").arg(mismatches.errorString()), out, err);
        }
        differingMonths = mismatches.value();
        out << "rollups\t" << okOr(differingMonths, QStringLiteral("differ")) << '\n';
    }
    if (parser.isSet(commandLine.digest) && !writeDigest(check, out, err)) {
        return Failure;
    }
    out.flush();
    return verdict(report.value(), differingMonths, err);
}

} // namespace abonent::cli
