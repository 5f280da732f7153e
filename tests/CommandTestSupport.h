#pragma once

#include "Command.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace abonent::test {

// `abonent ARGUMENTS` run in this process, as a shell would run the program:
// its exit code, standard output and standard error.
struct CommandRun
{
    int code = 0;
    QString out;
    QString err;
};

inline CommandRun runAbonent(const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = cli::runCommand(QStringList {QStringLiteral("abonent")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace abonent::test
