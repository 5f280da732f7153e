#include "PersonDataCommand.h"

#include "CommandSupport.h"
#include "ExitCode.h"
#include "PersonalData.h"

#include <QCommandLineParser>
#include <QDir>

namespace abonent::cli {

QString PersonDataCommand::description() const
{
    return tr("Write everything held about one customer (a person's right of access) to a JSON file and a readable "
              "PDF.");
}

int PersonDataCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      tr("The customer's contract number (or their id in the database)."),
                                      tr("contract"));
    const QCommandLineOption to(QStringLiteral("out"),
                                tr("The folder the two files go into (made if missing; files of the same name are "
                                   "replaced)."),
                                tr("folder"));
    parser.addOptions({databaseOption(), customer, to});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString usage = QStringLiteral("abonent person-data");
    if (parser.value(customer).trimmed().isEmpty()) {
        err << withHelpHint(tr("Say whose data: --customer CONTRACT."), usage) << Qt::endl;
        return Failure;
    }
    if (parser.value(to).isEmpty()) {
        err << withHelpHint(tr("Say where the files go: --out FOLDER."), usage) << Qt::endl;
        return Failure;
    }
    // Read as it is: a report changes nothing.
    auto database = openForReading(databasePath(parser), err);
    if (!database) {
        return Failure;
    }
    auto found = customerByContractOrId(database->connection(), parser.value(customer));
    if (!found) {
        err << found.errorString() << Qt::endl;
        return found.error().code == Error::Code::NotFound ? NothingFound : Failure;
    }
    auto files = PersonalData(database->connection()).write(found->id, parser.value(to));
    if (!files) {
        err << tr("The person's data was not written: %1").arg(files.errorString()) << Qt::endl;
        return Failure;
    }
    out << "json\t" << QDir::toNativeSeparators(files->json) << '\n'
        << "pdf\t" << QDir::toNativeSeparators(files->pdf) << '\n';
    return Success;
}

} // namespace abonent::cli
