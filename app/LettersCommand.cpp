#include "LettersCommand.h"

#include "CommandSignIn.h"
#include "CommandSupport.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "ExitCode.h"
#include "FileOutput.h"
#include "LetterBatch.h"
#include "Migrations.h"
#include "OwnerOnly.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>

namespace abonent::cli {

namespace {

struct LettersCommandLine
{
    QCommandLineOption templateKey {
        QStringLiteral("template"),
        LettersCommand::tr("The kind of letter: %1.").arg(allCodes<LetterKind>().join(QStringLiteral(", "))),
        LettersCommand::tr("key")};
    QCommandLineOption customer {QStringLiteral("customer"),
                                 LettersCommand::tr("The customer's contract number; repeat for several. Without it, "
                                                    "contract numbers are read from standard input, one per line."),
                                 LettersCommand::tr("contract")};
    QCommandLineOption language {QStringLiteral("lang"),
                                 LettersCommand::tr("The letter's language: en, ru or uk (default: the office's)."),
                                 LettersCommand::tr("xx")};
    QCommandLineOption outDir {QStringLiteral("out"),
                               LettersCommand::tr("The folder the PDF files are written to."),
                               LettersCommand::tr("dir")};
    QCommandLineOption text {QStringLiteral("text"),
                             LettersCommand::tr("A paragraph written for these letters."),
                             LettersCommand::tr("text")};
    QCommandLineOption from {QStringLiteral("from"),
                             LettersCommand::tr("Service report: first day, YYYY-MM-DD (default: a year before --to)."),
                             LettersCommand::tr("date")};
    QCommandLineOption to {QStringLiteral("to"),
                           LettersCommand::tr("Service report: last day, YYYY-MM-DD (default: today)."),
                           LettersCommand::tr("date")};
    QCommandLineOption overrideReason {
        QStringLiteral("override-reason"),
        LettersCommand::tr("Issue even when the politeness check finds something, recording this reason."),
        LettersCommand::tr("reason")};
};

// What `letters issue` is asked to do.
struct IssueOrder
{
    LetterRequest request; // the letter everyone gets
    QStringList contracts;
    QDir folder;
};

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

// Every option checked, before the database is opened; contracts come from
// stdin when no --customer names them.
Result<IssueOrder> issueOrder(const QCommandLineParser& parser, const LettersCommandLine& commandLine)
{
    if (parser.positionalArguments() != QStringList {QStringLiteral("issue")}) {
        return usageError(LettersCommand::tr("Say what to do: \"abonent letters issue\"."));
    }
    const auto kind = fromCode<LetterKind>(parser.value(commandLine.templateKey));
    if (!kind) {
        return usageError(LettersCommand::tr("Name the template with --template: %1.")
                              .arg(allCodes<LetterKind>().join(QStringLiteral(", "))));
    }
    if (!parser.isSet(commandLine.outDir)) {
        return usageError(LettersCommand::tr("Name the folder for the PDF files with --out."));
    }
    IssueOrder order;
    order.request.periodFrom = QDate::fromString(parser.value(commandLine.from), Qt::ISODate);
    order.request.periodTo = QDate::fromString(parser.value(commandLine.to), Qt::ISODate);
    if ((parser.isSet(commandLine.from) && !order.request.periodFrom.isValid())
        || (parser.isSet(commandLine.to) && !order.request.periodTo.isValid())) {
        return usageError(LettersCommand::tr("Dates are written YYYY-MM-DD, for example 2026-11-25."));
    }
    order.contracts = parser.isSet(commandLine.customer) ? parser.values(commandLine.customer) : contractsFromStdin();
    if (order.contracts.isEmpty()) {
        return usageError(LettersCommand::tr(
            "Name at least one customer with --customer, or give contract numbers on standard input."));
    }
    order.request.kind = *kind;
    order.request.language = parser.value(commandLine.language);
    order.request.freeText = parser.value(commandLine.text);
    order.request.overrideReason = parser.value(commandLine.overrideReason);
    order.folder = QDir(parser.value(commandLine.outDir));
    return order;
}

// Made once there are letters to put in it. They hold personal data: a
// folder made for them is its owner's only.
bool prepareFolder(const QDir& folder, QTextStream& err)
{
    if (Status made = OwnerOnly::makeFolder(folder.absolutePath()); !made) {
        err << made.errorString() << Qt::endl;
        return false;
    }
    // A letter is issued before its file is written: where no file can be
    // written, none is issued.
    if (Status writable = FileOutput::canWriteIn(folder.absolutePath()); !writable) {
        err << writable.errorString() << Qt::endl << LettersCommand::tr("No letter was issued.") << Qt::endl;
        return false;
    }
    return true;
}

// Saves each issued letter's PDF into `folder`, printing "number<TAB>file".
LetterBatch::Deliver saveInto(const QDir& folder, QTextStream& out)
{
    return [folder, &out](const IssuedLetter& letter, const QByteArray& pdf) -> Status {
        // The letter is registered; the file is a copy of what the register holds.
        const QString path = folder.absoluteFilePath(letter.fileName());
        if (Status written = FileOutput::write(path, pdf); !written) {
            return makeError(
                Error::Code::Io,
                LettersCommand::tr("letter %1 is issued, but its file is not (%2); save it again from the register.")
                    .arg(letter.number, written.errorString()));
        }
        out << letter.number << '\t' << QDir::toNativeSeparators(path) << '\n';
        out.flush();
        return {};
    };
}

// One batch of `letters issue`: the customers it names, what became of each
// one's letter (said on stderr), and the exit code that sums it up.
class IssueRun
{
public:
    explicit IssueRun(QTextStream& err);

    // Contracts that do not exist are reported and skipped; the others get their letters.
    void findCustomers(const CustomerRepository& customers, const QStringList& contracts);
    void
    issue(LetterService& letters, const Actor& actor, const LetterRequest& request, const LetterBatch::Deliver& save);
    // Says what is in the register now if anything failed; the exit code.
    int finish();

private:
    void sayWhatBecameOf(const QList<LetterOutcome>& outcomes);
    void sayNotTried(const QList<LetterOutcome>& outcomes);

    QTextStream& m_err;
    QList<qint64> m_customerIds;
    QHash<qint64, QString> m_contractOf;
    QStringList m_issued; // letter numbers
    int m_notFound = 0;
    int m_failed = 0;
};

IssueRun::IssueRun(QTextStream& err)
    : m_err(err)
{
}

void IssueRun::findCustomers(const CustomerRepository& customers, const QStringList& contracts)
{
    for (const QString& contract : contracts) {
        auto found = customers.findByContract(contract);
        if (!found) {
            m_err << LettersCommand::tr("%1: %2").arg(contract, found.errorString()) << Qt::endl;
            ++(found.error().code == Error::Code::NotFound ? m_notFound : m_failed);
            continue;
        }
        m_customerIds.append(found->id);
        m_contractOf.insert(found->id, contract);
    }
}

void IssueRun::issue(LetterService& letters,
                     const Actor& actor,
                     const LetterRequest& request,
                     const LetterBatch::Deliver& save)
{
    const QList<LetterOutcome> outcomes = LetterBatch(letters, actor).run(request, m_customerIds, save);
    sayWhatBecameOf(outcomes);
    sayNotTried(outcomes);
}

void IssueRun::sayWhatBecameOf(const QList<LetterOutcome>& outcomes)
{
    for (const LetterOutcome& outcome : outcomes) {
        const QString contract = m_contractOf.value(outcome.customerId);
        if (outcome.issued()) {
            m_issued << outcome.letter->number;
        }
        if (outcome.issued() && !outcome.delivered) {
            m_err << LettersCommand::tr("%1: %2").arg(contract, outcome.error.message) << Qt::endl;
            ++m_failed;
        } else if (!outcome.issued()) {
            // A politeness hit says itself that the letter was not issued.
            m_err << (outcome.blocked() ? LettersCommand::tr("%1: %2").arg(contract, outcome.error.message)
                                        : LettersCommand::tr("%1: not issued: %2").arg(contract, outcome.error.message))
                  << Qt::endl;
            ++m_failed;
        }
    }
}

// Fewer outcomes than customers: the batch stopped early.
void IssueRun::sayNotTried(const QList<LetterOutcome>& outcomes)
{
    if (outcomes.size() >= m_customerIds.size()) {
        return;
    }
    QStringList notTried;
    for (qsizetype index = outcomes.size(); index < m_customerIds.size(); ++index) {
        notTried << m_contractOf.value(m_customerIds.at(index));
    }
    m_err << LettersCommand::tr("Stopped there, as every letter after it would fail alike; not tried: %1.")
                 .arg(notTried.join(QLatin1String(", ")))
          << Qt::endl;
    m_failed += int(notTried.size());
}

int IssueRun::finish()
{
    if (m_failed > 0) {
        m_err << (m_issued.isEmpty() ? LettersCommand::tr("No letter was issued.")
                                     : LettersCommand::tr("Issued: %1.").arg(m_issued.join(QLatin1String(", "))))
              << Qt::endl;
        return Failure;
    }
    return m_notFound > 0 ? NothingFound : Success;
}

// Issues as `order` says into the open database; the exit code.
int issueLetters(
    const QSqlDatabase& db, const Actor& actor, const IssueOrder& order, QTextStream& out, QTextStream& err)
{
    if (!prepareFolder(order.folder, err)) {
        return Failure;
    }
    IssueRun batch(err);
    batch.findCustomers(CustomerRepository(db), order.contracts);
    LetterService letters(db);
    batch.issue(letters, actor, order.request, saveInto(order.folder, out));
    return batch.finish();
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
    const LettersCommandLine commandLine;
    parser.addOptions({databaseOption(),
                       commandLine.templateKey,
                       commandLine.customer,
                       commandLine.language,
                       commandLine.outDir,
                       commandLine.text,
                       commandLine.from,
                       commandLine.to,
                       commandLine.overrideReason});
    const CommandSignIn signIn(tr("the person issuing"));
    parser.addOptions(signIn.options());
    parser.addPositionalArgument(QStringLiteral("issue"), tr("What to do: issue."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    if (Status given = signIn.checkGiven(parser); !given) {
        err << withHelpHint(given.errorString(), QStringLiteral("abonent letters")) << Qt::endl;
        return Failure;
    }
    const auto order = issueOrder(parser, commandLine);
    if (!order) {
        err << order.errorString() << Qt::endl;
        return Failure;
    }
    auto database = openDatabase(databasePath(parser), Database::Mode::ReadWrite, err);
    if (!database) {
        return Failure;
    }
    auto actor = signIn.actor(database->connection(), parser);
    if (!actor) {
        err << actor.errorString() << Qt::endl;
        return Failure;
    }
    return issueLetters(database->connection(), actor.value(), order.value(), out, err);
}

} // namespace abonent::cli
