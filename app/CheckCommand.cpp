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

QString CheckCommand::description() const
{
    return tr("Verify a database: schema version, integrity, rows per table.");
}

int CheckCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption digest(QStringLiteral("digest"),
                                    tr("Also print a SHA-256 digest of the whole content (same data, same digest)."));
    const QCommandLineOption verifyRollups(
        QStringLiteral("verify-rollups"),
        tr("Also recount the monthly roll-ups (contacts, minutes, cost, payments) from the raw rows and compare."));
    const QCommandLineOption rebuildRollups(
        QStringLiteral("rebuild-rollups"),
        tr("Rebuild the monthly roll-ups from the raw rows first (the only change check makes)."));
    parser.addOptions({databaseOption(), digest, verifyRollups, rebuildRollups});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    if (parser.isSet(rebuildRollups)) {
        // Opened for writing, which also upgrades an older file (after a backup).
        auto writable = openDatabase(databasePath(parser), Database::Mode::ReadWrite, err);
        if (!writable) {
            return Failure;
        }
        const QSqlDatabase db = writable->connection();
        const Status rebuilt = inTransaction(db, [&db] { return Rollups::rebuild(db); });
        if (!rebuilt) {
            err << tr("The roll-ups could not be rebuilt: %1").arg(rebuilt.errorString()) << Qt::endl;
            return Failure;
        }
        out << "rollups\trebuilt\n";
    }

    // Read-only: checking a database must never change it, not even by upgrading it.
    auto database = openDatabase(databasePath(parser), Database::Mode::ReadOnly, err);
    if (!database) {
        return Failure;
    }
    const int version = database->schemaVersion();
    out << "schema_version\t" << version << '\n' << "program_schema_version\t" << latestSchemaVersion() << '\n';
    if (version < latestSchemaVersion()) {
        // An older file is healthy; the program upgrades it (after a backup) when it next opens it.
        out << "integrity\tnot checked: schema is older than this program; open it once to upgrade\n";
        out.flush();
        err << tr("%1 has schema version %2; this program upgrades it to %3 when it opens it.")
                   .arg(QDir::toNativeSeparators(database->path()),
                        QString::number(version),
                        QString::number(latestSchemaVersion()))
            << Qt::endl;
        return Success;
    }

    DatabaseCheck check(database->connection());
    auto report = check.run();
    if (!report) {
        out.flush();
        err << tr("Check failed: %1").arg(report.errorString()) << Qt::endl;
        return Failure;
    }
    out << "integrity\t" << (report->integrityProblems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged"))
        << '\n';
    // Like the roll-ups' line: "ok", or how many things are wrong (each said on stderr).
    const qsizetype registerProblems = report->registerProblems.size();
    out << "register\t"
        << (registerProblems == 0 ? QStringLiteral("ok") : QString::number(registerProblems) + QStringLiteral(" wrong"))
        << '\n';
    for (const auto& [table, rows] : report->rowCounts) {
        out << table << '\t' << rows << '\n';
    }
    qint64 differing = 0;
    if (parser.isSet(verifyRollups)) {
        auto mismatches = Rollups::mismatches(database->connection());
        if (!mismatches) {
            out.flush();
            err << tr("Check failed: %1").arg(mismatches.errorString()) << Qt::endl;
            return Failure;
        }
        differing = mismatches.value();
        out << "rollups	"
            << (differing == 0 ? QStringLiteral("ok") : QString::number(differing) + QStringLiteral(" differ")) << '\n';
    }
    if (parser.isSet(digest)) {
        auto sha = check.contentDigest();
        if (!sha) {
            out.flush();
            err << tr("Digest failed: %1").arg(sha.errorString()) << Qt::endl;
            return Failure;
        }
        out << "digest\t" << sha.value().toHex() << '\n';
    }
    out.flush();
    if (!report->integrityProblems.isEmpty()) {
        err << tr("The database is damaged: %1").arg(report->integrityProblems.first()) << Qt::endl;
    }
    for (const QString& problem : std::as_const(report->registerProblems)) {
        err << problem << Qt::endl;
    }
    if (!report->healthy()) {
        return Failure;
    }
    if (differing > 0) {
        err << tr("%n month(s) of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.",
                  nullptr,
                  static_cast<int>(differing))
            << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace abonent::cli
