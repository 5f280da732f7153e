#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace abonent::cli {

// What the window is asked to open with: `abonent [options] [file]`.
struct WindowRequest
{
    std::optional<QString> database; // --db (given empty: refused later), or the file named alone
    bool demo = false;
    std::optional<QString> callFrom; // `abonent call` starting the window for a call
    QString callTo;
};

// What a command line asks for, read as GNU tools read theirs: options of
// `abonent` may come before a subcommand and are its own, a file named alone
// is a database to open, and a usage error is exit code 2. Read before any
// QCoreApplication exists, so that only the window needs a display.
struct Invocation
{
    enum class Kind { Window, Command, Help, Version, UsageError };

    Kind kind = Kind::Window;
    WindowRequest window;
    // Kind::Command: the program, the subcommand, then the options given
    // before it and everything after it ("abonent lookup --db X N").
    QStringList commandArguments;
    QString error; // Kind::UsageError: what is wrong, and where to read more

    static Invocation read(const QStringList& arguments);
};

// Answers whatever is not the window: runs the subcommand, prints the help or
// the version, or says what is wrong. Returns the exit code.
int answer(const Invocation& invocation, QTextStream& out, QTextStream& err);

} // namespace abonent::cli
