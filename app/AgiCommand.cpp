#include "AgiCommand.h"

#include "CallRouting.h"
#include "CommandSupport.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QHash>

#include <cstdio>

namespace abonent::cli {

namespace {

// The agi_* lines Asterisk sends first, up to the blank line.
QHash<QString, QString> readEnvironment(QTextStream& in)
{
    QHash<QString, QString> environment;
    QString line;
    while (in.readLineInto(&line) && !line.trimmed().isEmpty()) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            environment.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
    }
    return environment;
}

// A value as an AGI argument: quoted, with quotes and backslashes escaped
// and line breaks (which would end the command) left out.
QString quoted(QString value)
{
    value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Sends the variables one command at a time, each answered by a line from
// Asterisk. False when the channel went away (no answer): nothing more to set.
class AgiChannel
{
public:
    AgiChannel(QTextStream& in, QTextStream& out, QTextStream& err)
        : m_in(in)
        , m_out(out)
        , m_err(err)
    {
    }

    bool set(const QString& variable, const QString& value)
    {
        m_out << "SET VARIABLE " << variable << ' ' << quoted(value) << '\n';
        m_out.flush();
        QString answer;
        if (!m_in.readLineInto(&answer)) {
            return false;
        }
        if (!answer.startsWith(QLatin1String("200"))) {
            m_err << AgiCommand::tr("Asterisk did not set %1: %2").arg(variable, answer) << Qt::endl;
        }
        return true;
    }

private:
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
};

void setRoute(AgiChannel& channel, const CallerRoute& caller)
{
    QList<QPair<QString, QString>> variables {
        {QStringLiteral("ABONENT_MATCHES"), QString::number(caller.matches)},
    };
    if (caller.matches > 0) {
        variables << QPair<QString, QString> {QStringLiteral("ABONENT_CONTRACT"), caller.contract}
                  << QPair<QString, QString> {QStringLiteral("ABONENT_NAME"), caller.name}
                  << QPair<QString, QString> {QStringLiteral("ABONENT_STATUS"), caller.status}
                  << QPair<QString, QString> {QStringLiteral("ABONENT_OPERATOR"), caller.lastOperator}
                  << QPair<QString, QString> {QStringLiteral("CALLERID(name)"), caller.name};
    }
    // The route last: a dialplan that waits for it has everything else.
    variables << QPair<QString, QString> {QStringLiteral("ABONENT_ROUTE"), CallerRoute::codeOf(caller.route)};
    for (const auto& [variable, value] : std::as_const(variables)) {
        if (!channel.set(variable, value)) {
            return;
        }
    }
}

} // namespace

QString AgiCommand::description() const
{
    return tr("Routing in the dialplan: answer Asterisk's AGI with who is calling and which queue suits them.");
}

int AgiCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOption(databaseOption());
    if (const int exit = parseOrExit(parser, arguments, out, err); exit >= 0) {
        return exit;
    }
    QTextStream in(stdin);
    const QHash<QString, QString> environment = readEnvironment(in);
    AgiChannel channel(in, out, err);
    const QString callerId = environment.value(QStringLiteral("agi_callerid"));
    // Read-only: a PBX hook must never upgrade, lock or create a database.
    const auto database = openForReading(databasePath(parser), err);
    if (!database) {
        channel.set(QStringLiteral("ABONENT_ROUTE"), CallerRoute::codeOf(CallerRoute::Route::Normal));
        return Success;
    }
    const auto caller = CallRouting(database->connection()).routeOf(callerId);
    if (!caller) {
        err << tr("The caller %1 is routed as normal: %2").arg(callerId, caller.errorString()) << Qt::endl;
        channel.set(QStringLiteral("ABONENT_ROUTE"), CallerRoute::codeOf(CallerRoute::Route::Normal));
        return Success;
    }
    setRoute(channel, caller.value());
    return Success;
}

} // namespace abonent::cli
