#include "CallCommand.h"

#include "CallHandOff.h"
#include "CommandSupport.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QProcess>

namespace abonent::cli {

QString CallCommand::description() const
{
    return tr("Show an incoming call in the running Abonent (started if none runs).");
}

int CallCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption from(QStringLiteral("from"), tr("The caller's number as the PBX gives it."), tr("number"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The extension the call rings."), tr("extension"));
    parser.addOptions({from, to, databaseOption()});
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    if (!parser.isSet(from)) {
        err << tr("Say who is calling with --from (an empty value means a withheld number).") << Qt::endl;
        return Failure;
    }
    const CallRequest call {parser.value(from), parser.value(to)};
    const Status delivered = CallHandOff::deliver(call);
    if (delivered) {
        return Success;
    }
    if (delivered.error().code != Error::Code::NotFound) {
        err << delivered.errorString() << Qt::endl;
        return Failure;
    }
    // Nobody is listening: start the window, which opens on this call.
    QStringList window {QStringLiteral("--call-from"), call.from};
    if (!call.to.isEmpty()) {
        window << QStringLiteral("--call-to") << call.to;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        window << QStringLiteral("--db") << parser.value(QStringLiteral("db"));
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), window)) {
        err << tr("Abonent is not running and could not be started.") << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace abonent::cli
