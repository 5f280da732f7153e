#pragma once

#include "Actor.h"
#include "Database.h"
#include "Entities.h"
#include "Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

namespace abonent::cli {

// The `--db PATH` option every subcommand shares.
QCommandLineOption databaseOption();
// The path given with --db (empty if given empty, which opening refuses), or
// the default database of this user.
QString databasePath(const QCommandLineParser& parser);

// What backup and restore say of a server: its own tools copy it.
QString serverBackupAdvice();

// Opens the database for a command and says on stderr what opening it did
// (a recovery, an upgrade). A command that opens it to write (ReadWrite,
// Create) gets none where it can only be read. Null, and said why, when the
// command cannot go on.
std::unique_ptr<Database> openDatabase(const QString& path, Database::Mode mode, QTextStream& err);

// Opens the database read-only for a command that only reads it. An older
// schema, whose tables may not be there yet and which reading must never
// upgrade, is refused like a file that cannot be opened.
std::unique_ptr<Database> openForReading(const QString& path, QTextStream& err);

// Whether the database file at `path`, opened as it lies, is Abonent's,
// with a schema this program knows (older ones included), and whole:
// SQLite's integrity and foreign-key checks find nothing. Its schema
// version goes to `schemaVersion` when given.
Status checkWholeDatabase(const QString& path, int* schemaVersion = nullptr);

// The person with this login, as who is acting (the audit log names them).
Result<Actor> operatorByLogin(const QSqlDatabase& db, const QString& login);
// The customer with this contract number, or else (digits only) this id.
Result<Customer> customerByContractOrId(const QSqlDatabase& db, const QString& text);

// An option or argument the command cannot use, said for the person: the
// error the steps that read them return.
Error usageError(const QString& message);

// A usage error as GNU tools say it: what is wrong, then where to read more
// ("abonent lookup --help" for `usage` "abonent lookup").
QString withHelpHint(const QString& problem, const QString& usage);
// What is said of an argument no option or command takes.
QString unexpectedArgument(const QString& argument);
// Help text whose "Usage:" line names the program as a person types it
// ("abonent letters"), not the path it was started from.
QString helpText(const QCommandLineParser& parser, const QString& usage);
// "abonent 1.2.0", as --version prints it.
QString versionLine();

// Parses `arguments` with `parser`, answering --help and --version itself.
// Returns -1 when the command should go on, otherwise the exit code to return.
// More than `positionalAllowed` arguments besides the options is an error.
int parseOrExit(QCommandLineParser& parser,
                const QStringList& arguments,
                QTextStream& out,
                QTextStream& err,
                int positionalAllowed = 0);

} // namespace abonent::cli
