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

// Whether `name` is a subcommand.
bool isCommand(const QString& name);
// Whether a subcommand lays out text (letters: fonts need a QGuiApplication).
bool needsFonts(const QString& subcommand);

// Runs the subcommand named in `arguments` (arguments[1]).
int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
// What is said of a command that does not exist.
QString unknownCommand(const QString& name);

// Text listing the subcommands, appended to `abonent --help`.
QString commandSummary();

// Options of `abonent` without a subcommand, which opens the window.
struct WindowOptions
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption database;
    QCommandLineOption demo;
    QCommandLineOption callFrom; // `abonent call` starting the window for a call
    QCommandLineOption callTo;
};
WindowOptions addWindowOptions(QCommandLineParser& parser);

} // namespace abonent::cli
