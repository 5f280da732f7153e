#include "CommandSupport.h"

#include "AbonentDatabase.h"
#include "AppPaths.h"
#include "CustomerRepository.h"
#include "ExitCode.h"
#include "Migrations.h"
#include "OperatorRepository.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

namespace {

struct SupportTexts
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
};

// What to tell the person when `database` has an older schema; empty when
// the schema is the program's.
QString olderSchemaMessage(const Database& database)
{
    if (database.schemaVersion() >= latestSchemaVersion()) {
        return {};
    }
    return SupportTexts::tr("%1 has schema version %2; this program reads version %3. Upgrade it first: open it "
                            "once in Abonent, or run a command that writes to it, such as \"abonent check "
                            "--rebuild-rollups\" (a backup is made before the upgrade).")
        .arg(QDir::toNativeSeparators(database.path()),
             QString::number(database.schemaVersion()),
             QString::number(latestSchemaVersion()));
}

} // namespace

Status checkWholeDatabase(const QString& path, int* schemaVersion)
{
    auto opened = Database::open(path, schemaMigrations(), Database::Mode::ReadOnly);
    if (!opened) {
        return opened.error();
    }
    if (schemaVersion) {
        *schemaVersion = opened.value()->schemaVersion();
    }
    const QSqlDatabase db = opened.value()->connection();
    const auto problems = SqlDialect::of(db).integrityProblems(db);
    if (!problems) {
        return problems.error();
    }
    if (!problems.value().isEmpty()) {
        return makeError(
            Error::Code::Corrupt,
            SupportTexts::tr("%1 is damaged: %2.").arg(QDir::toNativeSeparators(path), problems.value().first()));
    }
    return {};
}

Result<Actor> operatorByLogin(const QSqlDatabase& db, const QString& login)
{
    auto people = OperatorRepository(db).all();
    if (!people) {
        return people.error();
    }
    for (const Operator& person : people.value()) {
        if (person.login == login) {
            return Actor {person.id, person.role};
        }
    }
    return makeError(Error::Code::NotFound, SupportTexts::tr("There is no operator with the login \"%1\".").arg(login));
}

Result<Customer> customerByContractOrId(const QSqlDatabase& db, const QString& text)
{
    const CustomerRepository customers(db);
    auto byContract = customers.findByContract(text);
    if (byContract || byContract.error().code != Error::Code::NotFound) {
        return byContract;
    }
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (isNumber && id > 0) {
        if (auto byId = customers.find(id); byId || byId.error().code != Error::Code::NotFound) {
            return byId;
        }
    }
    return makeError(Error::Code::NotFound,
                     SupportTexts::tr("No customer has the contract number or id \"%1\".").arg(text));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("db")},
                              SupportTexts::tr("Database: a file, or a server's as postgresql://user@host/database "
                                               "(default: %1).")
                                  .arg(QDir::toNativeSeparators(AppPaths::defaultDatabasePath())),
                              SupportTexts::tr("path"));
}

QString databasePath(const QCommandLineParser& parser)
{
    // "--db" given empty (a script's unset variable) stays empty, and opening
    // refuses it: taken for the default, `demo --force` would replace this
    // user's own database.
    const QString option = QStringLiteral("db");
    return parser.isSet(option) ? parser.value(option) : AppPaths::defaultDatabasePath();
}

QString serverBackupAdvice()
{
    return SupportTexts::tr(
        "This is a PostgreSQL server, not a file: back it up with pg_dump and put a backup back with "
        "pg_restore (or psql), the server's own tools. Nothing was done.");
}

std::unique_ptr<Database> openDatabase(const QString& path, Database::Mode mode, QTextStream& err)
{
    auto opened = openAbonentDatabase(path, mode);
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        return nullptr;
    }
    for (const QString& notice : opened.value()->notices()) {
        err << notice << Qt::endl;
    }
    if (mode != Database::Mode::ReadOnly && opened.value()->isReadOnly()) {
        err << SupportTexts::tr("Nothing was written.") << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<Database> openForReading(const QString& path, QTextStream& err)
{
    auto database = openDatabase(path, Database::Mode::ReadOnly, err);
    if (!database) {
        return nullptr;
    }
    if (const QString older = olderSchemaMessage(*database); !older.isEmpty()) {
        err << older << Qt::endl;
        return nullptr;
    }
    return database;
}

Error usageError(const QString& message)
{
    return makeError(Error::Code::Invalid, message);
}

QString withHelpHint(const QString& problem, const QString& usage)
{
    return problem + QLatin1Char('\n') + SupportTexts::tr("Run \"%1 --help\" for the options.").arg(usage);
}

QString unexpectedArgument(const QString& argument)
{
    return SupportTexts::tr("Unexpected argument: %1").arg(argument);
}

QString helpText(const QCommandLineParser& parser, const QString& usage)
{
    // Qt names the program as it was started ("/usr/bin/abonent [options]").
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = started.isEmpty() ? -1 : text.left(lineEnd).indexOf(started);
    if (at >= 0) {
        text.replace(at, started.size(), usage);
    }
    return text;
}

QString versionLine()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

int parseOrExit(
    QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err, int positionalAllowed)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Scripts name the program "abonent" whatever the file is called.
    const QString usage = QStringLiteral("abonent ") + arguments.value(1);
    // arguments[0] is the program, arguments[1] the subcommand; the parser sees the rest.
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty()) {
        rest.first() = arguments.value(0) + QLatin1Char(' ') + rest.first();
    }
    if (!parser.parse(rest)) {
        err << withHelpHint(parser.errorText(), usage) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(version)) {
        out << versionLine() << '\n';
        return Success;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        const QString started = QFileInfo(QCoreApplication::arguments().value(0)).completeBaseName();
        out << helpText(parser, started + QLatin1Char(' ') + arguments.value(1));
        return Success;
    }
    if (parser.positionalArguments().size() > positionalAllowed) {
        err << withHelpHint(unexpectedArgument(parser.positionalArguments().value(positionalAllowed)), usage)
            << Qt::endl;
        return Failure;
    }
    return -1;
}

} // namespace abonent::cli
