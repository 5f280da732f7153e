#include "Command.h"

#include "AgiCommand.h"
#include "AppPaths.h"
#include "BackupCommand.h"
#include "CallCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "EraseCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "LettersCommand.h"
#include "LookupCommand.h"
#include "MigrateCommand.h"
#include "PersonDataCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"

#include <QDir>

#include <algorithm>

namespace abonent::cli {

namespace {

struct CommandTexts
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

// Qt's own options for the window ("-platform xcb", "-style fusion"): its
// QApplication takes them, so they are read here only to be let through, as
// Qt spells them, with one dash or two.
void letQtOptionsThrough(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char* name : {"platform",
                             "platformpluginpath",
                             "platformtheme",
                             "plugin",
                             "qwindowgeometry",
                             "qwindowtitle",
                             "qwindowicon",
                             "geometry",
                             "title",
                             "icon",
                             "display",
                             "session",
                             "style",
                             "stylesheet",
                             "qmljsdebugger"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "testability"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
}

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
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<PersonDataCommand>());
    commands.push_back(std::make_unique<EraseCommand>());
    return commands;
}

bool isCommand(const QString& name)
{
    for (const auto& command : allCommands()) {
        if (command->name() == name) {
            return true;
        }
    }
    return false;
}

bool needsFonts(const QString& subcommand)
{
    return subcommand == QLatin1String("letters") || subcommand == QLatin1String("person-data");
}

int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString name = arguments.value(1);
    for (const auto& command : allCommands()) {
        if (command->name() == name) {
            return command->run(arguments, out, err);
        }
    }
    err << unknownCommand(name) << Qt::endl;
    return Failure;
}

QString unknownCommand(const QString& name)
{
    return CommandTexts::tr("Unknown command \"%1\". Run \"abonent --help\" for the list.").arg(name);
}

QString commandSummary()
{
    QString text = CommandTexts::tr("Commands (\"abonent COMMAND --help\" for their options):") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto& command : allCommands()) {
        width = std::max(width, command->name().size());
    }
    for (const auto& command : allCommands()) {
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->description());
    }
    return text;
}

WindowOptions addWindowOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CommandTexts::tr("Abonent — customers, contact history and support economics "
                                                      "for small service providers.")
                                     + QStringLiteral("\n\n") + commandSummary());
    WindowOptions options {
        parser.addHelpOption(),
        parser.addVersionOption(),
        QCommandLineOption(QStringLiteral("db"),
                           CommandTexts::tr("Database to open: a file, or a server's as "
                                            "postgresql://user@host/database (default: %1).")
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
    letQtOptionsThrough(parser);
    // What a file manager sends when a database is opened with Abonent.
    parser.addPositionalArgument(
        QStringLiteral("file"), CommandTexts::tr("A database file to open, as with --db."), QStringLiteral("[file]"));
    return options;
}

} // namespace abonent::cli
