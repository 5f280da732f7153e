#include "TerminalInput.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace abonent::cli {

namespace {

// Turns the terminal's echo off while it lives, and back on when it goes.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_saved = GetConsoleMode(m_input, &m_mode);
        if (m_saved) {
            SetConsoleMode(m_input, m_mode & ~ENABLE_ECHO_INPUT);
        }
#else
        m_saved = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_saved) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_saved) {
            SetConsoleMode(m_input, m_mode);
        }
#else
        if (m_saved) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
        }
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_saved = false;
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode {};
#endif
};

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

std::optional<QString> readHiddenLine(const QString& prompt)
{
    if (!inputIsTerminal()) {
        return std::nullopt;
    }
    // The prompt goes to stderr: stdout is for what a script reads.
    std::cerr << prompt.toStdString() << std::flush;
    std::string line;
    {
        const EchoOff quiet;
        if (!std::getline(std::cin, line)) {
            line.clear();
        }
    }
    std::cerr << std::endl;
    return QString::fromStdString(line);
}

} // namespace abonent::cli
