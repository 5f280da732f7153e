#include "Command.h"
#include "GuiApplication.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Abonent"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("abonent.example"));
    QCoreApplication::setApplicationName(QStringLiteral("abonent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ABONENT_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    describeApplication();

    // Subcommands, --help and --version work without a display: only the
    // window needs a QApplication.
    if (!abonent::cli::subcommandIn(argc, argv).isEmpty()) {
        QCoreApplication app(argc, argv);
        abonent::Translations::install(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return abonent::cli::runCommand(app.arguments(), out, err);
    }
    if (abonent::cli::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        abonent::Translations::install(app);
        return abonent::cli::runTopLevelHelp(app);
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(ABONENT_APP_ID));
    abonent::Translations::install(app);
    abonent::GuiApplication gui(app);
    if (const int exit = gui.start(); exit >= 0) {
        return exit;
    }
    return QApplication::exec();
}
