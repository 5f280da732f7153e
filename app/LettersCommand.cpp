#include "LettersCommand.h"

#include "CommandSupport.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "ExitCode.h"
#include "FileOutput.h"
#include "LetterBatch.h"
#include "Migrations.h"
#include "OperatorRepository.h"
#include "OwnerOnly.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>

namespace abonent::cli {

namespace {

QStringList contractsFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QStringList contracts;
    for (const QString& line : QString::fromUtf8(input.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            contracts.append(line.trimmed());
        }
    }
    return contracts;
}

// Who issues: the operator named with --as, or the office's only owner.
Result<Actor> issuer(const QSqlDatabase& db, const QString& login)
{
    auto people = OperatorRepository(db).all();
    if (!people) {
        return people.error();
    }
    std::optional<Operator> chosen;
    int owners = 0;
    for (const Operator& person : people.value()) {
        if (!login.isEmpty() && person.login == login) {
            chosen = person;
        }
        if (login.isEmpty() && person.active && person.role == Role::Owner) {
            ++owners;
            chosen = person;
        }
    }
    if (!login.isEmpty() && !chosen) {
        return makeError(Error::Code::NotFound,
                         LettersCommand::tr("There is no operator with the login \"%1\".").arg(login));
    }
    if (login.isEmpty() && owners != 1) {
        return makeError(Error::Code::Invalid,
                         LettersCommand::tr("Say who issues the letters with --as LOGIN (the office has %n owner(s)).",
                                            nullptr,
                                            owners));
    }
    return Actor {chosen->id, chosen->role};
}

} // namespace

QString LettersCommand::description() const
{
    return tr("Issue letters into the register and save them as PDF: \"letters issue\".");
}

int LettersCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption templateKey(
        QStringLiteral("template"),
        tr("The kind of letter: %1.").arg(allCodes<LetterKind>().join(QStringLiteral(", "))),
        tr("key"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      tr("The customer's contract number; repeat for several. Without it, contract "
                                         "numbers are read from standard input, one per line."),
                                      tr("contract"));
    const QCommandLineOption language(
        QStringLiteral("lang"), tr("The letter's language: en, ru or uk (default: the office's)."), tr("xx"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("The folder the PDF files are written to."), tr("dir"));
    const QCommandLineOption issuedBy(
        QStringLiteral("as"), tr("Login of the person issuing (default: the office's owner)."), tr("login"));
    const QCommandLineOption text(QStringLiteral("text"), tr("A paragraph written for these letters."), tr("text"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Service report: first day, YYYY-MM-DD (default: a year before --to)."), tr("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Service report: last day, YYYY-MM-DD (default: today)."), tr("date"));
    const QCommandLineOption overrideReason(
        QStringLiteral("override-reason"),
        tr("Issue even when the politeness check finds something, recording this reason."),
        tr("reason"));
    parser.addOptions(
        {databaseOption(), templateKey, customer, language, outDir, issuedBy, text, from, to, overrideReason});
    parser.addPositionalArgument(QStringLiteral("issue"), tr("What to do: issue."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    if (parser.positionalArguments() != QStringList {QStringLiteral("issue")}) {
        err << tr("Say what to do: \"abonent letters issue\".") << Qt::endl;
        return Failure;
    }
    const auto kind = fromCode<LetterKind>(parser.value(templateKey));
    if (!kind) {
        err << tr("Name the template with --template: %1.").arg(allCodes<LetterKind>().join(QStringLiteral(", ")))
            << Qt::endl;
        return Failure;
    }
    if (!parser.isSet(outDir)) {
        err << tr("Name the folder for the PDF files with --out.") << Qt::endl;
        return Failure;
    }
    const QDate firstDay = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate lastDay = QDate::fromString(parser.value(to), Qt::ISODate);
    if ((parser.isSet(from) && !firstDay.isValid()) || (parser.isSet(to) && !lastDay.isValid())) {
        err << tr("Dates are written YYYY-MM-DD, for example 2026-11-25.") << Qt::endl;
        return Failure;
    }
    const QStringList contracts = parser.isSet(customer) ? parser.values(customer) : contractsFromStdin();
    if (contracts.isEmpty()) {
        err << tr("Name at least one customer with --customer, or give contract numbers on standard input.")
            << Qt::endl;
        return Failure;
    }

    auto database = openDatabase(databasePath(parser), Database::Mode::ReadWrite, err);
    if (!database) {
        return Failure;
    }
    const QSqlDatabase db = database->connection();
    auto actor = issuer(db, parser.value(issuedBy));
    if (!actor) {
        err << actor.errorString() << Qt::endl;
        return Failure;
    }
    // Made once there are letters to put in it. They hold personal data: a
    // folder made for them is its owner's only.
    const QDir folder(parser.value(outDir));
    if (Status made = OwnerOnly::makeFolder(folder.absolutePath()); !made) {
        err << made.errorString() << Qt::endl;
        return Failure;
    }
    // A letter is issued before its file is written: where no file can be
    // written, none is issued.
    if (Status writable = FileOutput::canWriteIn(folder.absolutePath()); !writable) {
        err << writable.errorString() << Qt::endl << tr("No letter was issued.") << Qt::endl;
        return Failure;
    }

    // Contracts that do not exist are reported and skipped; the others get their letters.
    CustomerRepository customers(db);
    QList<qint64> customerIds;
    QHash<qint64, QString> contractOf;
    int notFound = 0;
    int failed = 0;
    for (const QString& contract : contracts) {
        auto found = customers.findByContract(contract);
        if (!found) {
            err << tr("%1: %2").arg(contract, found.errorString()) << Qt::endl;
            ++(found.error().code == Error::Code::NotFound ? notFound : failed);
            continue;
        }
        customerIds.append(found->id);
        contractOf.insert(found->id, contract);
    }

    LetterRequest request;
    request.kind = *kind;
    request.language = parser.value(language);
    request.freeText = parser.value(text);
    request.periodFrom = firstDay;
    request.periodTo = lastDay;
    request.overrideReason = parser.value(overrideReason);
    LetterService letters(db);
    const auto save = [&](const IssuedLetter& letter, const QByteArray& pdf) -> Status {
        // The letter is registered; the file is a copy of what the register holds.
        const QString path = folder.absoluteFilePath(letter.fileName());
        if (Status written = FileOutput::write(path, pdf); !written) {
            return makeError(Error::Code::Io,
                             tr("letter %1 is issued, but its file is not (%2); save it again from the register.")
                                 .arg(letter.number, written.errorString()));
        }
        out << letter.number << '\t' << QDir::toNativeSeparators(path) << '\n';
        out.flush();
        return {};
    };
    const QList<LetterOutcome> outcomes = LetterBatch(letters, actor.value()).run(request, customerIds, save);
    QStringList issued;
    for (const LetterOutcome& outcome : outcomes) {
        const QString contract = contractOf.value(outcome.customerId);
        if (outcome.issued()) {
            issued << outcome.letter->number;
        }
        if (outcome.issued() && !outcome.delivered) {
            err << tr("%1: %2").arg(contract, outcome.error.message) << Qt::endl;
            ++failed;
        } else if (!outcome.issued()) {
            // A politeness hit says itself that the letter was not issued.
            err << (outcome.blocked() ? tr("%1: %2").arg(contract, outcome.error.message)
                                      : tr("%1: not issued: %2").arg(contract, outcome.error.message))
                << Qt::endl;
            ++failed;
        }
    }
    if (outcomes.size() < customerIds.size()) {
        QStringList notTried;
        for (qsizetype index = outcomes.size(); index < customerIds.size(); ++index) {
            notTried << contractOf.value(customerIds.at(index));
        }
        err << tr("Stopped there, as every letter after it would fail alike; not tried: %1.")
                   .arg(notTried.join(QLatin1String(", ")))
            << Qt::endl;
        failed += int(notTried.size());
    }
    if (failed > 0) {
        // What is in the register now, whatever stopped the rest.
        err << (issued.isEmpty() ? tr("No letter was issued.")
                                 : tr("Issued: %1.").arg(issued.join(QLatin1String(", "))))
            << Qt::endl;
        return Failure;
    }
    return notFound > 0 ? NothingFound : Success;
}

} // namespace abonent::cli
