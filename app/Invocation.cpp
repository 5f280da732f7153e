#include "Invocation.h"

#include "Command.h"
#include "CommandSupport.h"
#include "DatabaseLocation.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

namespace {

struct InvocationTexts
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)
};

const QString kProgram = QStringLiteral("abonent");

Invocation asking(Invocation::Kind kind)
{
    Invocation invocation;
    invocation.kind = kind;
    return invocation;
}

Invocation refused(const QString& error)
{
    Invocation invocation = asking(Invocation::Kind::UsageError);
    invocation.error = error;
    return invocation;
}

// A file manager names the file; a script may name one not made yet, or a
// server's database.
bool namesADatabase(const QString& argument)
{
    if (DatabaseLocation::namesServer(argument)) {
        return true;
    }
    const QFileInfo file(argument);
    const QString suffix = file.suffix().toLower();
    return file.isFile() || suffix == QLatin1String("sqlite") || suffix == QLatin1String("db");
}

} // namespace

Invocation Invocation::read(const QStringList& arguments)
{
    QCommandLineParser parser;
    const WindowOptions options = addWindowOptions(parser);
    // The first argument that is not an option ends them: the subcommand's follow it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        return refused(withHelpHint(parser.errorText(), kProgram));
    }
    if (parser.isSet(options.version)) {
        return asking(Kind::Version);
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && isCommand(positional.first())) {
        // Everything from the subcommand on is positional here, so it starts at this index.
        const qsizetype at = arguments.size() - positional.size();
        QStringList before = arguments.mid(1, at - 1);
        if (!before.isEmpty() && before.last() == QLatin1String("--")) {
            before.removeLast();
        }
        Invocation command = asking(Kind::Command);
        command.commandArguments = QStringList {arguments.value(0), positional.first()} + before + positional.mid(1);
        return command;
    }
    if (parser.isSet(options.help) || parser.isSet(QStringLiteral("help-all"))) {
        return asking(Kind::Help);
    }

    Invocation window;
    if (parser.isSet(options.database)) {
        window.window.database = parser.value(options.database);
    }
    window.window.demo = parser.isSet(options.demo);
    if (parser.isSet(options.callFrom)) {
        window.window.callFrom = parser.value(options.callFrom);
    }
    window.window.callTo = parser.value(options.callTo);
    if (positional.isEmpty()) {
        return window;
    }
    const QString named = positional.first();
    if (!namesADatabase(named)) {
        return refused(unknownCommand(named));
    }
    if (positional.size() > 1 || window.window.database) {
        const QString extra = positional.size() > 1 ? positional.at(1) : named;
        return refused(withHelpHint(unexpectedArgument(extra), kProgram));
    }
    // Said here, without a window: opening a file that is not there would offer to create it.
    if (!DatabaseLocation::namesServer(named) && !QFileInfo(named).isFile()) {
        return refused(
            InvocationTexts::tr("Cannot open %1: there is no such file.").arg(QDir::toNativeSeparators(named)));
    }
    window.window.database = named;
    return window;
}

int answer(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    switch (invocation.kind) {
    case Invocation::Kind::Command:
        return runCommand(invocation.commandArguments, out, err);
    case Invocation::Kind::Help: {
        QCommandLineParser parser;
        addWindowOptions(parser);
        out << helpText(parser, QFileInfo(QCoreApplication::arguments().value(0)).completeBaseName());
        return Success;
    }
    case Invocation::Kind::Version:
        out << versionLine() << '\n';
        return Success;
    case Invocation::Kind::UsageError:
        err << invocation.error << Qt::endl;
        return Failure;
    case Invocation::Kind::Window:
        break;
    }
    Q_ASSERT_X(false, "answer", "the window is opened by GuiApplication");
    return Failure;
}

} // namespace abonent::cli
