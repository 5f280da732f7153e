#include "LookupCommand.h"

#include "CallerLookup.h"
#include "CommandSupport.h"
#include "Database.h"
#include "ExitCode.h"
#include "OfficeSettings.h"

#include <QCommandLineParser>

namespace abonent::cli {

namespace {

// The office's default country says how to read a number without one.
Result<CallerLookupResult> lookUp(const QSqlDatabase& db, const QString& callerId)
{
    auto country = OfficeSettings(db).defaultCountry();
    if (!country) {
        return country.error();
    }
    return CallerLookup(db, country.value()).lookup(callerId);
}

void writeMatches(const QList<CallerMatch>& matches, QTextStream& out)
{
    for (const CallerMatch& match : matches) {
        out << match.contract << '\t' << match.name << '\t' << codeOf(match.status) << '\n';
    }
    out.flush();
}

} // namespace

QString LookupCommand::description() const
{
    return tr("Find the customers a phone number belongs to (contract, name, status).");
}

int LookupCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("number"), tr("The caller's number, in any format."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("Give exactly one number to look up.") << Qt::endl;
        return Failure;
    }
    const QString callerId = positional.first();
    // Answered before the database is opened: nobody's number is this long.
    if (CallerLookup::isTooLong(callerId)) {
        err << tr("The caller ID is longer than any phone number (%1 digits, %2 characters at most): nobody has it.")
                   .arg(QString::number(CallerLookup::kMaximumDigits), QString::number(CallerLookup::kMaximumLength))
            << Qt::endl;
        return NothingFound;
    }
    // Read-only: a PBX hook must never upgrade, lock or create a database.
    const auto database = openForReading(databasePath(parser), err);
    if (!database) {
        return Failure;
    }
    const auto found = lookUp(database->connection(), callerId);
    if (!found) {
        err << found.errorString() << Qt::endl;
        return Failure;
    }
    if (found->unknownCaller) {
        err << tr("The caller ID holds no phone number (it is withheld or anonymous): nobody to look up.") << Qt::endl;
        return NothingFound;
    }
    writeMatches(found->matches, out);
    return found->matches.isEmpty() ? NothingFound : Success;
}

} // namespace abonent::cli
