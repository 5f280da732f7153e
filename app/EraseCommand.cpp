#include "EraseCommand.h"

#include "CommandSignIn.h"
#include "CommandSupport.h"
#include "CustomerRepository.h"
#include "Erasure.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace abonent::cli {

namespace {

bool inputIsATerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(fileno(stdin)) != 0;
#endif
}

// The line typed on the terminal, without its end.
QString typedLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromLocal8Bit(input.readLine()).trimmed();
}

} // namespace

QString EraseCommand::description() const
{
    return tr("Erase a customer's personal data on their request, keeping the anonymised payments, contacts and "
              "letter register.");
}

int EraseCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption customer(
        QStringLiteral("customer"), tr("The customer's contract number."), tr("contract"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Erase without asking for the contract number again (for scripts)."));
    const CommandSignIn signIn(tr("the manager or owner erasing"));
    parser.addOptions({databaseOption(), customer, yes});
    parser.addOptions(signIn.options());
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    const QString usage = QStringLiteral("abonent erase");
    const QString contract = parser.value(customer).trimmed();
    if (contract.isEmpty()) {
        err << withHelpHint(tr("Say whose data: --customer CONTRACT."), usage) << Qt::endl;
        return Failure;
    }
    if (Status given = signIn.checkGiven(parser); !given) {
        err << withHelpHint(tr("Say who erases: --as LOGIN (a manager or the owner)."), usage) << Qt::endl;
        return Failure;
    }
    auto database = openDatabase(databasePath(parser), Database::Mode::ReadWrite, err);
    if (!database) {
        return Failure;
    }
    const QSqlDatabase db = database->connection();
    auto actor = signIn.actor(db, parser);
    if (!actor) {
        err << actor.errorString() << Qt::endl;
        return Failure;
    }
    // By contract number only: an id mistyped must not erase someone else.
    auto found = CustomerRepository(db).findByContract(contract);
    if (!found) {
        err << (found.error().code == Error::Code::NotFound
                    ? tr("No customer has the contract number %1; nothing was erased.").arg(contract)
                    : found.errorString())
            << Qt::endl;
        return found.error().code == Error::Code::NotFound ? NothingFound : Failure;
    }
    Erasure erasure(db);
    auto refusals = erasure.refusals(found->id, actor.value());
    if (!refusals) {
        err << refusals.errorString() << Qt::endl;
        return Failure;
    }
    if (!refusals->isEmpty()) {
        err << tr("The personal data of %1 (contract %2) cannot be erased now:").arg(found->name, contract) << Qt::endl;
        for (const QString& reason : std::as_const(refusals.value())) {
            err << "  " << reason << Qt::endl;
        }
        return NothingFound;
    }
    if (!parser.isSet(yes)) {
        err << tr("Erasing the personal data of %1 (contract %2) removes:").arg(found->name, contract) << '\n';
        for (const QString& item : Erasure::removedItems()) {
            err << "  - " << item << '\n';
        }
        err << tr("It keeps:") << '\n';
        for (const QString& item : Erasure::keptItems()) {
            err << "  - " << item << '\n';
        }
        if (!inputIsATerminal()) {
            err << tr("Nothing was erased: confirm with --yes.") << Qt::endl;
            return NothingFound;
        }
        err << tr("It cannot be undone. Type the contract number to erase: ") << Qt::flush;
        if (typedLine() != contract) {
            err << tr("Nothing was erased.") << Qt::endl;
            return NothingFound;
        }
    }
    auto report = erasure.erase(actor.value(), found->id);
    if (!report) {
        err << report.errorString() << Qt::endl;
        // Refused (a case opened meanwhile, a person who may not) rather than failed.
        return report.error().code == Error::Code::Blocked || report.error().code == Error::Code::Invalid ? NothingFound
                                                                                                          : Failure;
    }
    out << "erased\t" << report->contractNumber << '\n' << "name\t" << report->placeholderName << '\n';
    for (const auto& [table, rows] : std::as_const(report->rows)) {
        out << table << '\t' << rows << '\n';
    }
    for (const QString& file : std::as_const(report->recordings)) {
        out << "recording\t" << file << '\n';
    }
    out.flush();
    if (!report->recordings.isEmpty()) {
        err << tr("The phone system still keeps %n recording(s) of their calls (listed above); delete them there.",
                  nullptr,
                  static_cast<int>(report->recordings.size()))
            << Qt::endl;
    }
    err << tr("Backups, exports and letters saved before now still hold the data until they are replaced.") << Qt::endl;
    return Success;
}

} // namespace abonent::cli
