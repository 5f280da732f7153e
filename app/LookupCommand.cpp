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

// The fields --field may name, in the order a whole line gives them.
const QStringList& fieldNames()
{
    static const QStringList names {QStringLiteral("contract"), QStringLiteral("name"), QStringLiteral("status")};
    return names;
}

QString fieldOf(const CallerMatch& match, const QString& field)
{
    if (field == QLatin1String("contract")) {
        return match.contract;
    }
    if (field == QLatin1String("name")) {
        return match.name;
    }
    return codeOf(match.status);
}

void writeMatches(QList<CallerMatch> matches, const QString& field, bool firstOnly, QTextStream& out)
{
    if (firstOnly && matches.size() > 1) {
        matches = matches.mid(0, 1);
    }
    for (const CallerMatch& match : std::as_const(matches)) {
        if (!field.isEmpty()) {
            out << fieldOf(match, field) << '\n';
        } else {
            out << match.contract << '\t' << match.name << '\t' << codeOf(match.status) << '\n';
        }
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
    const QCommandLineOption field(
        QStringLiteral("field"),
        tr("Print only this field of each match: %1.").arg(fieldNames().join(QLatin1String(", "))),
        tr("field"));
    const QCommandLineOption first(QStringLiteral("first"), tr("Print only the first match (the latest contacted)."));
    parser.addOptions({field, first});
    parser.addPositionalArgument(QStringLiteral("number"), tr("The caller's number, in any format."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    const QString fieldName = parser.value(field);
    if (!fieldName.isEmpty() && !fieldNames().contains(fieldName)) {
        err << tr("--field takes one of: %1.").arg(fieldNames().join(QLatin1String(", "))) << Qt::endl;
        return Failure;
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
    writeMatches(found->matches, fieldName, parser.isSet(first), out);
    return found->matches.isEmpty() ? NothingFound : Success;
}

} // namespace abonent::cli
