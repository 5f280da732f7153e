#include "Command.h"

#include "AgiCommand.h"
#include "AppPaths.h"
#include "CallCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "LettersCommand.h"
#include "LookupCommand.h"
#include "ReportCommand.h"

#include <QDir>

#include <cstring>

namespace abonent::cli {

namespace {

struct CommandTexts
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

} // namespace

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<LookupCommand>());
    commands.push_back(std::make_unique<AgiCommand>());
    commands.push_back(std::make_unique<CallCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<LettersCommand>());
    return commands;
}

QString subcommandIn(int argc, char** argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        return {};
    }
    const QString candidate = QString::fromLocal8Bit(argv[1]);
    for (const auto& command : allCommands()) {
        if (command->name() == candidate) {
            return candidate;
        }
    }
    return {};
}

bool needsFonts(const QString& subcommand)
{
    return subcommand == QLatin1String("letters");
}

bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString name = arguments.value(1);
    for (const auto& command : allCommands()) {
        if (command->name() == name) {
            return command->run(arguments, out, err);
        }
    }
    err << CommandTexts::tr("Unknown command \"%1\". Run \"abonent --help\" for the list.").arg(name) << Qt::endl;
    return Failure;
}

QString commandSummary()
{
    QString text = CommandTexts::tr("Commands (\"abonent COMMAND --help\" for their options):") + QLatin1Char('\n');
    for (const auto& command : allCommands()) {
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(8), command->description());
    }
    return text;
}

WindowOptions addWindowOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CommandTexts::tr("Abonent — customers, contact history and support economics "
                                                      "for small service providers.")
                                     + QStringLiteral("\n\n") + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    WindowOptions options {
        QCommandLineOption(QStringLiteral("db"),
                           CommandTexts::tr("Database file to open (default: %1).")
                               .arg(QDir::toNativeSeparators(AppPaths::defaultDatabasePath())),
                           CommandTexts::tr("path")),
        QCommandLineOption(QStringLiteral("demo"),
                           CommandTexts::tr("Fill the database with demo data if it is empty.")),
        QCommandLineOption(QStringLiteral("call-from"),
                           CommandTexts::tr("Open on an incoming call from this number (as \"abonent call\" does)."),
                           CommandTexts::tr("number")),
        QCommandLineOption(
            QStringLiteral("call-to"), CommandTexts::tr("The extension of that call."), CommandTexts::tr("extension")),
    };
    parser.addOptions({options.database, options.demo, options.callFrom, options.callTo});
    return options;
}

int runTopLevelHelp(QCoreApplication& app)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(app); // prints help or version and exits
    return Success;
}

} // namespace abonent::cli
