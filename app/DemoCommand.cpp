#include "DemoCommand.h"

#include "AppPaths.h"
#include "CommandSupport.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "DemoGenerator.h"
#include "DemoWordLists.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace abonent::cli {

namespace {

// The options, their help giving the ranges in this locale's digits.
struct DemoCommandLine
{
    QString customerRange = QLocale().toString(DemoGenerator::kMaximumCustomers);
    QString contactRange = QLocale().toString(DemoGenerator::kMaximumContacts);
    QString defaultLanguage = DemoWordLists::languageFor(QLocale());

    QCommandLineOption customers {QStringLiteral("customers"),
                                  DemoCommand::tr("Number of customers, 0 to %1 (default 2000).").arg(customerRange),
                                  DemoCommand::tr("n"),
                                  QStringLiteral("2000")};
    QCommandLineOption contacts {
        QStringLiteral("contacts"),
        DemoCommand::tr("Number of contacts in all, up to %1 (default 50 per customer). One customer alone is the "
                        "costly caller, who has only their own (about 1.3 a day).")
            .arg(contactRange),
        DemoCommand::tr("n")};
    QCommandLineOption seed {
        QStringLiteral("seed"), DemoCommand::tr("Random seed (default 1)."), DemoCommand::tr("s"), QStringLiteral("1")};
    QCommandLineOption language {QStringLiteral("lang"),
                                 DemoCommand::tr("Language of names and texts: %1 (default %2).")
                                     .arg(DemoWordLists::languages().join(QLatin1String(", ")), defaultLanguage),
                                 DemoCommand::tr("code"),
                                 defaultLanguage};
    QCommandLineOption asOf {
        QStringLiteral("as-of"),
        DemoCommand::tr("The demo's today, YYYY-MM-DD, from %1 to %2 (default today): its history ends the day "
                        "before.")
            .arg(DemoGenerator::earliestAsOf().toString(Qt::ISODate),
                 DemoGenerator::latestAsOf().toString(Qt::ISODate)),
        DemoCommand::tr("date")};
    QCommandLineOption force {QStringLiteral("force"),
                              DemoCommand::tr("Replace the content of a database that is not empty.")};
};

// How many customers and contacts, as --customers and --contacts say.
Status readCounts(const QCommandLineParser& parser, const DemoCommandLine& commandLine, DemoOptions& options)
{
    bool valid = true;
    options.customers = parser.value(commandLine.customers).toInt(&valid);
    if (!valid) {
        return usageError(DemoCommand::tr("--customers needs a whole number from 0 to %1, not \"%2\".")
                              .arg(commandLine.customerRange, parser.value(commandLine.customers)));
    }
    if (parser.isSet(commandLine.contacts)) {
        options.contacts = parser.value(commandLine.contacts).toLongLong(&valid);
        if (!valid || options.contacts < 0) {
            return usageError(DemoCommand::tr("--contacts needs a whole number from 0 to %1, not \"%2\".")
                                  .arg(commandLine.contactRange, parser.value(commandLine.contacts)));
        }
    }
    return {};
}

// Every option, checked before the file is created or opened.
Result<DemoOptions> demoOptions(const QCommandLineParser& parser, const DemoCommandLine& commandLine)
{
    DemoOptions options;
    if (Status counted = readCounts(parser, commandLine, options); !counted) {
        return counted.error();
    }
    bool valid = true;
    options.seed = parser.value(commandLine.seed).toULongLong(&valid);
    if (!valid) {
        return usageError(
            DemoCommand::tr("--seed needs a whole number, not \"%1\".").arg(parser.value(commandLine.seed)));
    }
    options.language = parser.value(commandLine.language);
    if (!DemoWordLists::languages().contains(options.language)) {
        return usageError(DemoCommand::tr("--lang must be one of %1, not \"%2\".")
                              .arg(DemoWordLists::languages().join(QLatin1String(", ")), options.language));
    }
    options.asOf = parser.isSet(commandLine.asOf) ? QDate::fromString(parser.value(commandLine.asOf), Qt::ISODate)
                                                  : QDate::currentDate();
    if (!options.asOf.isValid()) {
        return usageError(DemoCommand::tr("--as-of needs a date written YYYY-MM-DD, not \"%1\".")
                              .arg(parser.value(commandLine.asOf)));
    }
    options.force = parser.isSet(commandLine.force);
    if (Status possible = DemoGenerator::validate(options); !possible) {
        return possible.error();
    }
    return options;
}

// This user's default database goes into a data folder that may not exist yet.
Status makeFolderFor(const QString& path)
{
    return path == AppPaths::defaultDatabasePath() ? AppPaths::makeDataFolder() : Status {};
}

// A file this command creates is removed again if the demo cannot be
// written (a full disk): what failed leaves nothing behind.
class CreatedFile
{
public:
    explicit CreatedFile(QString path)
        : m_path(std::move(path))
        , m_isNew(!QFileInfo::exists(m_path))
    {
    }

    // Only once the database on it is closed.
    void removeIfCreated(QTextStream& err) const
    {
        if (m_isNew && QFileInfo::exists(m_path)) {
            DatabaseFile::removeWithSideFiles(m_path);
            err << DemoCommand::tr("%1 did not exist before; it was removed again.")
                       .arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()))
                << Qt::endl;
        }
    }

private:
    QString m_path;
    bool m_isNew;
};

// Large runs take a while; says how far they are, in tenths, on stderr.
std::function<bool(int, int)> progressInTenths(QTextStream& err)
{
    return [&err, reportedTenth = 0](int done, int total) mutable {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth > reportedTenth) {
            reportedTenth = tenth;
            err << DemoCommand::tr("%1% of the customers written").arg(tenth * 10) << Qt::endl;
        }
        return true;
    };
}

void writeSummary(const DemoSummary& summary, QTextStream& out)
{
    out << "operators\t" << summary.operators << '\n'
        << "plans\t" << summary.plans << '\n'
        << "customers\t" << summary.customers << '\n'
        << "phones\t" << summary.phones << '\n'
        << "plan_periods\t" << summary.planPeriods << '\n'
        << "payments\t" << summary.payments << '\n'
        << "contacts\t" << summary.contacts << '\n'
        << "costly_caller\t" << summary.costlyCallerContract << '\n';
    out.flush();
}

// Writes the demo into the database at `path`, creating it if need be.
int writeDemo(const QString& path, const DemoOptions& options, QTextStream& out, QTextStream& err)
{
    const CreatedFile file(path);
    auto database = openDatabase(path, Database::Mode::Create, err);
    if (!database) {
        file.removeIfCreated(err);
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    const auto summary = DemoGenerator(database->connection()).generate(options);
    if (!summary) {
        // A refusal (a database with content) says itself that nothing was
        // written; anything else failed while writing, and the one
        // transaction the demo is written in was rolled back whole.
        err << (summary.error().code == Error::Code::Conflict
                    ? summary.errorString()
                    : DemoCommand::tr("The demo data could not be written to %1: %2. None of it was kept.")
                          .arg(QDir::toNativeSeparators(database->path()), summary.errorString()))
            << Qt::endl;
        database.reset();
        file.removeIfCreated(err);
        return Failure;
    }
    writeSummary(summary.value(), out);
    err << DemoCommand::tr("Demo data written to %1 in %2 s.")
               .arg(QDir::toNativeSeparators(database->path()),
                    QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}

} // namespace

QString DemoCommand::description() const
{
    return tr("Write a demo customer base (deterministic for a seed and date).");
}

int DemoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const DemoCommandLine commandLine;
    parser.addOptions({databaseOption(),
                       commandLine.customers,
                       commandLine.contacts,
                       commandLine.seed,
                       commandLine.language,
                       commandLine.asOf,
                       commandLine.force});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    auto options = demoOptions(parser, commandLine);
    if (!options) {
        err << options.errorString() << Qt::endl;
        return Failure;
    }
    const QString path = databasePath(parser);
    if (Status made = makeFolderFor(path); !made) {
        err << made.errorString() << Qt::endl;
        return Failure;
    }
    if (options->customers >= 10000) {
        options->progress = progressInTenths(err);
    }
    return writeDemo(path, options.value(), out, err);
}

} // namespace abonent::cli
