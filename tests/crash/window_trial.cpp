// Records contacts through the real window, one after another, as an operator
// does from the keyboard, and says on standard output when each one is saved.
// The crash trials kill it at a random moment and then check that every
// contact it reported is in the database, and that the one in flight is
// there completely or not at all.
//
//   abonent_window_trial --db PATH --customer ID --operator ID [--contacts N]
//
// Prints "recorded <n>" once the contact "Crash trial <n>" is saved and its
// dialog has closed. Exit 0 after N contacts, 2 when something went wrong.

#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTextStream>

using namespace abonent;

namespace {

// The dialog is filled as a person fills it: the topic, the summary, and
// Ctrl+Enter from the summary saves. True when the dialog closed accepted,
// which it does only once the contact is in the database.
bool recordContact(GuiApplication& gui, MainWindow* window, int number)
{
    bool saved = false;
    test::whenActive(&gui, test::modalNamed(QStringLiteral("ContactDialog")), [number, &saved](QWidget* widget) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        auto* topic = dialog->findChild<QLineEdit*>(QStringLiteral("topic"));
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summary"));
        if (!topic || !summary) {
            return;
        }
        topic->setFocus();
        QTest::keyClicks(topic, QStringLiteral("Crash trial %1").arg(number));
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Recorded through the window, then the program was killed."));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        saved = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
    });
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Abonent"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("abonent.example"));
    QCoreApplication::setApplicationName(QStringLiteral("abonent"));
    QApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("db"), QStringLiteral("The database."), QStringLiteral("path"));
    const QCommandLineOption customer(
        QStringLiteral("customer"), QStringLiteral("Whose card the contacts go on."), QStringLiteral("id"));
    const QCommandLineOption deskOperator(
        QStringLiteral("operator"), QStringLiteral("Who is at the desk."), QStringLiteral("id"));
    const QCommandLineOption contacts(
        QStringLiteral("contacts"), QStringLiteral("How many to record."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({database, customer, deskOperator, contacts});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(database) || !parser.isSet(customer) || !parser.isSet(deskOperator)) {
        err << "--db, --customer and --operator are needed\n";
        return 2;
    }
    const QString path = parser.value(database);
    // Who is at the desk is known, so recording asks nobody.
    QSettings().setValue(DeskSettings::deskOperatorKey(path), parser.value(deskOperator).toLongLong());

    GuiApplication gui;
    if (gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}) != -1) {
        err << "the window did not open " << path << '\n';
        return 2;
    }
    MainWindow* window = gui.mainWindow();
    if (!test::waitUntilActive(window)) {
        err << "the window never became active\n";
        return 2;
    }
    window->openCard(parser.value(customer).toLongLong());
    const int count = parser.value(contacts).toInt();
    for (int number = 1; number <= count; ++number) {
        // Shortcuts reach the active window only; after a dialog closes the
        // window is activated again on a later turn of the event loop.
        if (!test::waitUntilActive(window) || !recordContact(gui, window, number)) {
            err << "contact " << number << " was not saved\n";
            return 2;
        }
        out << "recorded " << number << Qt::endl;
    }
    return 0;
}
