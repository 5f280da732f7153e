#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace abonent::cli {

// The `--db PATH` option every subcommand shares.
QCommandLineOption databaseOption();
// The path given with --db, or the default database of this user.
QString databasePath(const QCommandLineParser& parser);

// Parses `arguments` with `parser`, answering --help itself. Returns -1 when the
// command should go on, otherwise the exit code to return.
int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace abonent::cli
