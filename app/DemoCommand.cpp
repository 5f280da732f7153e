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

QString DemoCommand::description() const
{
    return tr("Write a demo customer base (deterministic for a seed and date).");
}

int DemoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QString defaultLanguage = DemoWordLists::languageFor(QLocale());
    const QLocale locale;
    const QString customerRange = locale.toString(DemoGenerator::kMaximumCustomers);
    const QString contactRange = locale.toString(DemoGenerator::kMaximumContacts);
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       tr("Number of customers, 0 to %1 (default 2000).").arg(customerRange),
                                       tr("n"),
                                       QStringLiteral("2000"));
    const QCommandLineOption contacts(
        QStringLiteral("contacts"),
        tr("Number of contacts in all, up to %1 (default 50 per customer). One customer alone is the costly "
           "caller, who has only their own (about 1.3 a day).")
            .arg(contactRange),
        tr("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."), tr("s"), QStringLiteral("1"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Language of names and texts: %1 (default %2).")
                                          .arg(DemoWordLists::languages().join(QLatin1String(", ")), defaultLanguage),
                                      tr("code"),
                                      defaultLanguage);
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Last day of the generated history, YYYY-MM-DD, from %1 to %2 (default today).")
                                      .arg(DemoGenerator::earliestAsOf().toString(Qt::ISODate),
                                           DemoGenerator::latestAsOf().toString(Qt::ISODate)),
                                  tr("date"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace the content of a database that is not empty."));
    parser.addOptions({databaseOption(), customers, contacts, seed, language, asOf, force});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }

    // Every option is checked before the file is created or opened.
    DemoOptions options;
    bool valid = true;
    options.customers = parser.value(customers).toInt(&valid);
    if (!valid) {
        err << tr("--customers needs a whole number from 0 to %1, not \"%2\".")
                   .arg(customerRange, parser.value(customers))
            << Qt::endl;
        return Failure;
    }
    if (parser.isSet(contacts)) {
        options.contacts = parser.value(contacts).toLongLong(&valid);
        if (!valid || options.contacts < 0) {
            err << tr("--contacts needs a whole number from 0 to %1, not \"%2\".")
                       .arg(contactRange, parser.value(contacts))
                << Qt::endl;
            return Failure;
        }
    }
    options.seed = parser.value(seed).toULongLong(&valid);
    if (!valid) {
        err << tr("--seed needs a whole number, not \"%1\".").arg(parser.value(seed)) << Qt::endl;
        return Failure;
    }
    options.language = parser.value(language);
    if (!DemoWordLists::languages().contains(options.language)) {
        err << tr("--lang must be one of %1, not \"%2\".")
                   .arg(DemoWordLists::languages().join(QLatin1String(", ")), options.language)
            << Qt::endl;
        return Failure;
    }
    options.asOf = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : QDate::currentDate();
    if (!options.asOf.isValid()) {
        err << tr("--as-of needs a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(asOf)) << Qt::endl;
        return Failure;
    }
    options.force = parser.isSet(force);
    if (Status possible = DemoGenerator::validate(options); !possible) {
        err << possible.errorString() << Qt::endl;
        return Failure;
    }

    const QString path = databasePath(parser);
    if (path == AppPaths::defaultDatabasePath()) {
        if (Status made = AppPaths::makeDataFolder(); !made) {
            err << made.errorString() << Qt::endl;
            return Failure;
        }
    }
    // A file this command creates is removed again if the demo cannot be
    // written (a full disk): what failed leaves nothing behind.
    const bool isNew = !QFileInfo::exists(path);
    const auto removeIfNew = [&path, isNew, &err] {
        if (isNew && QFileInfo::exists(path)) {
            DatabaseFile::removeWithSideFiles(path);
            err << tr("%1 did not exist before; it was removed again.")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                << Qt::endl;
        }
    };
    auto database = openDatabase(path, Database::Mode::Create, err);
    if (!database) {
        removeIfNew();
        return Failure;
    }
    // Large runs take a while; say how far they are, in tenths, on stderr.
    int reportedTenth = 0;
    if (options.customers >= 10000) {
        options.progress = [&err, &reportedTenth](int done, int total) {
            const int tenth = total > 0 ? done * 10 / total : 10;
            if (tenth > reportedTenth) {
                reportedTenth = tenth;
                err << tr("%1% of the customers written").arg(tenth * 10) << Qt::endl;
            }
            return true;
        };
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator(database->connection()).generate(options);
    if (!summary) {
        // A refusal (a database with content) says itself that nothing was
        // written; anything else failed while writing, and the one
        // transaction the demo is written in was rolled back whole.
        err << (summary.error().code == Error::Code::Conflict
                    ? summary.errorString()
                    : tr("The demo data could not be written to %1: %2. None of it was kept.")
                          .arg(QDir::toNativeSeparators(database->path()), summary.errorString()))
            << Qt::endl;
        database.reset();
        removeIfNew();
        return Failure;
    }
    out << "operators\t" << summary->operators << '\n'
        << "plans\t" << summary->plans << '\n'
        << "customers\t" << summary->customers << '\n'
        << "phones\t" << summary->phones << '\n'
        << "plan_periods\t" << summary->planPeriods << '\n'
        << "payments\t" << summary->payments << '\n'
        << "contacts\t" << summary->contacts << '\n'
        << "costly_caller\t" << summary->costlyCallerContract << '\n';
    out.flush();
    err << tr("Demo data written to %1 in %2 s.")
               .arg(QDir::toNativeSeparators(database->path()),
                    QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}

} // namespace abonent::cli
