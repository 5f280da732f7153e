#pragma once

#include <QString>

#include <optional>

namespace abonent::cli {

// Reads a line typed at the terminal without showing it (a passphrase), after
// writing `prompt` to the terminal. Nothing when standard input is not a
// terminal: a script says --passphrase-file instead of being asked.
std::optional<QString> readHiddenLine(const QString& prompt);

} // namespace abonent::cli
