#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace abonent::cli {

// One subcommand of `abonent`: its own options, results on `out`, messages on
// `err`, and an ExitCode. Streams are parameters so tests run commands in-process.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // `arguments` starts with the program name followed by the subcommand.
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

// Every subcommand, in the order `abonent --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

// The subcommand named by argv[1], if any; decided before any QCoreApplication exists.
QString subcommandIn(int argc, char** argv);
// Whether a subcommand lays out text (letters: fonts need a QGuiApplication).
bool needsFonts(const QString& subcommand);
// Whether argv only asks for help or the version (no window needed).
bool asksForHelpOrVersion(int argc, char** argv);

// Runs the subcommand named in `arguments` (arguments[1]).
int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Text listing the subcommands, appended to `abonent --help`.
QString commandSummary();

// Options of `abonent` without a subcommand, which opens the window.
struct WindowOptions
{
    QCommandLineOption database;
    QCommandLineOption demo;
    QCommandLineOption callFrom; // `abonent call` starting the window for a call
    QCommandLineOption callTo;
};
WindowOptions addWindowOptions(QCommandLineParser& parser);

// Answers `abonent --help` / `--version` without creating any window.
int runTopLevelHelp(QCoreApplication& app);

} // namespace abonent::cli
