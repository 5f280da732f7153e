#include "Command.h"
#include "GuiApplication.h"
#include "Invocation.h"
#include "LetterPdf.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
// After windows.h, which it needs.
#include <shellapi.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Abonent"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("abonent.example"));
    QCoreApplication::setApplicationName(QStringLiteral("abonent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ABONENT_VERSION));
}

// A Windows GUI program has no console; when started from one for a
// subcommand (or help, or a usage error), write to that console so scripts
// see results and messages.
void attachToParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

// The arguments as QCoreApplication::arguments() will give them, before it
// exists: on Windows argv is in the ANSI code page, which cannot hold every
// file name, so they are read as Qt reads them, from the UTF-16 command line.
QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
#ifdef Q_OS_WIN
    int count = 0;
    if (LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i) {
            arguments.append(QString::fromWCharArray(wide[i]));
        }
        LocalFree(wide);
        return arguments;
    }
#endif
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    describeApplication();

    // Subcommands, --help, --version and usage errors work without a display:
    // only the window needs a QApplication, and letters a QGuiApplication for fonts.
    using abonent::cli::Invocation;
    if (const Invocation early = Invocation::read(argumentsOf(argc, argv)); early.kind != Invocation::Kind::Window) {
        attachToParentConsole();
        std::unique_ptr<QCoreApplication> app;
        if (early.kind == Invocation::Kind::Command && abonent::cli::needsFonts(early.commandArguments.value(1))) {
            abonent::LetterPdf::useOffscreenPlatformWhenUnset();
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        abonent::Translations::install(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Read again: the application's arguments are Unicode on Windows, and messages are translated now.
        return abonent::cli::answer(Invocation::read(QCoreApplication::arguments()), out, err);
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(ABONENT_APP_ID));
    abonent::Translations::install(app);
    abonent::GuiApplication gui;
    if (const int exit = gui.start(QApplication::arguments()); exit >= 0) {
        return exit;
    }
    return QApplication::exec();
}
