#include "Command.h"
#include "GuiApplication.h"
#include "LetterPdf.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
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
// subcommand, write to that console so scripts see results and messages.
void attachToParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    describeApplication();

    // Subcommands, --help and --version work without a display: only the
    // window needs a QApplication, and letters a QGuiApplication for fonts.
    if (const QString subcommand = abonent::cli::subcommandIn(argc, argv); !subcommand.isEmpty()) {
        attachToParentConsole();
        std::unique_ptr<QCoreApplication> app;
        if (abonent::cli::needsFonts(subcommand)) {
            abonent::LetterPdf::useOffscreenPlatformWhenUnset();
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        abonent::Translations::install(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return abonent::cli::runCommand(QCoreApplication::arguments(), out, err);
    }
    if (abonent::cli::asksForHelpOrVersion(argc, argv)) {
        attachToParentConsole();
        QCoreApplication app(argc, argv);
        abonent::Translations::install(app);
        return abonent::cli::runTopLevelHelp(app);
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
