#include "GuiApplication.h"

#include "AppPaths.h"
#include "Command.h"
#include "CustomerListModel.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoWordLists.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace abonent {

GuiApplication::GuiApplication(QObject* parent)
    : QObject(parent)
{
}

GuiApplication::~GuiApplication()
{
    // The window and model use the connection; they go before the database.
    m_window.reset();
    m_customers.reset();
    m_database.reset();
}

int GuiApplication::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    const cli::WindowOptions options = cli::addWindowOptions(parser);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << tr("Unknown command \"%1\". Run \"abonent --help\" for the list.")
                                   .arg(parser.positionalArguments().first())
                            << Qt::endl;
        return 2;
    }

    m_window = std::make_unique<MainWindow>();
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, [this] { chooseAndOpen(false); });
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, [this] { chooseAndOpen(true); });
    connect(m_window.get(), &MainWindow::demoDataRequested, this, &GuiApplication::fillWithDemoData);
    connect(m_window.get(), &MainWindow::languageChosen, this, &GuiApplication::changeLanguage);

    const QString path =
        parser.isSet(options.database) ? parser.value(options.database) : AppPaths::defaultDatabasePath();
    if (!openDatabase(path)) {
        return 2;
    }
    m_window->show();
    if (parser.isSet(options.demo)) {
        auto empty = m_database->isEmpty();
        if (empty && empty.value()) {
            fillWithDemoData();
        }
    }
    return -1;
}

bool GuiApplication::openDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox box(QMessageBox::Critical,
                        tr("Cannot Open Database"),
                        tr("The database could not be opened."),
                        QMessageBox::NoButton,
                        m_window.get());
        box.setInformativeText(opened.errorString());
        QPushButton* other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
        QPushButton* create = box.addButton(tr("Create New…"), QMessageBox::ActionRole);
        box.addButton(m_database ? tr("Keep Current") : tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == other || box.clickedButton() == create) {
            const bool createNew = box.clickedButton() == create;
            const QString folder = QFileInfo(path).absolutePath();
            const QString filter = tr("Abonent databases (*.sqlite *.db);;All files (*)");
            const QString next = createNew
                ? QFileDialog::getSaveFileName(m_window.get(), tr("New Database"), folder, filter)
                : QFileDialog::getOpenFileName(m_window.get(), tr("Open Database"), folder, filter);
            if (!next.isEmpty()) {
                return openDatabase(next);
            }
        }
        return false;
    }
    if (!opened.value()->backupPath().isEmpty()) {
        m_window->showMessage(tr("Upgraded the database; the previous version is kept as %1.")
                                  .arg(QDir::toNativeSeparators(opened.value()->backupPath())));
    }
    // The old model must go before the connection it reads through.
    auto customers = std::make_unique<CustomerListModel>(opened.value()->connection());
    m_window->setCustomerModel(customers.get(), opened.value()->path());
    m_customers = std::move(customers);
    m_database = std::move(opened).value();
    QSettings().setValue(QStringLiteral("database/last"), m_database->path());
    return true;
}

void GuiApplication::chooseAndOpen(bool createNew)
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString filter = tr("Abonent databases (*.sqlite *.db);;All files (*)");
    const QString path = createNew ? QFileDialog::getSaveFileName(m_window.get(), tr("New Database"), folder, filter)
                                   : QFileDialog::getOpenFileName(m_window.get(), tr("Open Database"), folder, filter);
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void GuiApplication::fillWithDemoData()
{
    if (!m_database) {
        return;
    }
    DemoOptions options;
    options.asOf = QDate::currentDate();
    options.language = DemoWordLists::languageFor(QLocale());

    QProgressDialog progress(tr("Writing demo customers…"), tr("Cancel"), 0, options.customers, m_window.get());
    progress.setWindowTitle(tr("Demo Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);

    // The generator writes through its own connection on a worker thread so
    // the window keeps painting; the model re-reads once it has committed.
    std::atomic<int> done {0};
    std::atomic<bool> cancelled {false};
    QString failure;
    const QString path = m_database->path();
    options.progress = [&](int written, int) {
        done = written;
        return !cancelled.load();
    };
    QThread* worker = QThread::create([&] {
        auto database = Database::open(path);
        if (!database) {
            failure = database.errorString();
            return;
        }
        auto generated = DemoGenerator(database.value()->connection()).generate(options);
        if (!generated && generated.error().code != Error::Code::Cancelled) {
            failure = generated.errorString();
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &progress, [&] { progress.setValue(done); });
    connect(&progress, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();

    if (!failure.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("Demo Data"), tr("No demo data was written: %1").arg(failure));
    }
    m_customers->reload();
}

void GuiApplication::changeLanguage(const QString& code)
{
    QSettings().setValue(Translations::settingKey(), code);
    QMessageBox::information(
        m_window.get(), tr("Language"), tr("The new language is used from the next start of Abonent."));
}

} // namespace abonent
