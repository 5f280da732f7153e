#include "GuiApplication.h"

#include "AbonentDatabase.h"
#include "AppPaths.h"
#include "CallConsole.h"
#include "CallDrafts.h"
#include "CallHandOff.h"
#include "CallRecordings.h"
#include "CallerLookup.h"
#include "CaseService.h"
#include "ChangeNotifier.h"
#include "CostRatesDialog.h"
#include "CustomerListModel.h"
#include "CustomerService.h"
#include "DataExport.h"
#include "DatabaseChooser.h"
#include "DatabaseCopies.h"
#include "DatabaseLocation.h"
#include "DemoGenerator.h"
#include "DemoWordLists.h"
#include "DeskPerson.h"
#include "DeskSettings.h"
#include "Invocation.h"
#include "LiveUpdates.h"
#include "MainWindow.h"
#include "OfficeDialogs.h"
#include "OfficeSettings.h"
#include "OfficeSetup.h"
#include "OperatorRepository.h"
#include "PhoneLink.h"
#include "ReferenceListModels.h"
#include "Result.h"
#include "Rollups.h"
#include "ServerConnection.h"
#include "TagService.h"
#include "Translations.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace abonent {

namespace {

// How long a popped console may take to get the keyboard before it asks for attention.
constexpr int kConsoleActivationMs = 1500;

} // namespace

struct GuiApplication::DemoFill
{
    DemoOptions options;
    std::atomic<int> done {0};
    std::atomic<bool> cancelled {false};
    QString failure; // written by the worker, read after it finished
    std::unique_ptr<QThread> worker;
    std::unique_ptr<QProgressDialog> progress;
    QTimer ticker;
    // Inside progress->setValue(), which runs the event loop for a modal
    // dialog: the fill must not be torn down under it.
    bool showingProgress = false;
};

GuiApplication::GuiApplication(QObject* parent)
    : QObject(parent)
    , m_notifier(std::make_unique<ChangeNotifier>())
    , m_foldTimer(new QTimer(this))
    , m_recordingTimer(new QTimer(this))
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &GuiApplication::cancelDemoFill);
    m_foldTimer->setInterval(60 * 1000);
    connect(m_foldTimer, &QTimer::timeout, this, &GuiApplication::foldRollupChanges);
    m_recordingTimer->setInterval(30 * 1000);
    connect(m_recordingTimer, &QTimer::timeout, this, [this] { fingerprintRecordings(); });
}

GuiApplication::~GuiApplication()
{
    cancelDemoFill();
    m_phone.reset(); // it reports to the window
    // The window and models use the connection; they go before the database.
    m_window.reset();
    m_desk.reset();
    m_remoteRecordings.reset();
    m_serverWatch.reset();
    m_database.reset();
}

int GuiApplication::start(const QStringList& arguments)
{
    const cli::Invocation invocation = cli::Invocation::read(arguments);
    if (invocation.kind != cli::Invocation::Kind::Window) {
        // main() answers these before any window exists; started otherwise, the same answer.
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::answer(invocation, out, err);
    }
    const cli::WindowRequest& request = invocation.window;
    QSettings settings;
    DeskSettings::upgrade(settings);

    // One window per user: the start that takes the instance lock opens it;
    // any other hands its call (or just itself) to that window and leaves.
    const bool withCall = request.callFrom.has_value();
    const CallRequest call {request.callFrom.value_or(QString()), request.callTo};
    const Status listening = listenForCalls();
    if (!listening && listening.error().code == Error::Code::Busy) {
        return handOver(withCall ? std::optional<CallRequest>(call) : std::nullopt);
    }
    if (withCall) {
        m_waitingCalls.append(call);
    }
    createWindow();
    const QString path = startingDatabase(request.database);
    const bool mayCreate = request.demo || path == AppPaths::defaultDatabasePath();
    if (!openDatabase(path, mayCreate ? Database::Mode::Create : Database::Mode::ReadWrite)) {
        return 2;
    }
    m_window->show();
    if (!listening) {
        m_window->showMessage(listening.errorString());
    }
    QTimer::singleShot(0, this, &GuiApplication::showWaitingCalls);
    m_phone->start();
    if (request.demo) {
        fillWhenEmpty();
    }
    return -1;
}

void GuiApplication::fillWhenEmpty()
{
    auto empty = m_database->isEmpty();
    if (empty && empty.value()) {
        // Once the event loop runs, so quitting can cancel it.
        QTimer::singleShot(0, this, &GuiApplication::startDemoFill);
    }
}

Status GuiApplication::listenForCalls()
{
    m_calls = std::make_unique<CallListener>();
    const Status listening = m_calls->listen();
    // Calls handed over by `abonent call` (or a second start) come here.
    connect(m_calls.get(), &CallListener::callReceived, this, &GuiApplication::receiveCall);
    connect(m_calls.get(), &CallListener::raiseRequested, this, [this] {
        if (m_database) { // else the window is about to show anyway
            bringForward();
            emit broughtForward();
        }
    });
    return listening;
}

void GuiApplication::createWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setLanguageChoice(DeskSettings::value(DeskSetting::Language).toString());
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, [this] { chooseAndOpen(false); });
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, [this] { chooseAndOpen(true); });
    connect(m_window.get(), &MainWindow::demoDataRequested, this, &GuiApplication::startDemoFill);
    connect(m_window.get(), &MainWindow::exportRequested, this, &GuiApplication::exportEverything);
    connect(m_window.get(), &MainWindow::backupRequested, this, &GuiApplication::backUp);
    connect(m_window.get(), &MainWindow::restoreRequested, this, &GuiApplication::restore);
    connect(m_window.get(), &MainWindow::closing, this, &GuiApplication::keepDailyCopy);
    connect(m_window.get(), &MainWindow::languageChosen, this, &GuiApplication::changeLanguage);
    m_person = std::make_unique<DeskPerson>(m_window.get());
    connect(m_person.get(), &DeskPerson::personChanged, this, &GuiApplication::showDeskOperator);
    connect(m_window.get(), &MainWindow::deskOperatorChangeRequested, this, [this] {
        if (m_database) {
            m_person->change(windowAsking());
        }
    });
    connect(m_window.get(), &MainWindow::costRatesRequested, this, &GuiApplication::editCostRates);
    connect(m_window.get(), &MainWindow::officeSettingsRequested, this, &GuiApplication::editOffice);
    m_phone = std::make_unique<PhoneLink>(m_window.get());
    connect(m_phone.get(), &PhoneLink::ringing, this, &GuiApplication::showCall);
    connect(m_phone.get(), &PhoneLink::callChanged, this, &GuiApplication::updateCall);
    connect(m_phone.get(), &PhoneLink::stateTextChanged, m_window.get(), &MainWindow::setPhoneState);
    connect(m_phone.get(), &PhoneLink::message, m_window.get(), &MainWindow::showMessage);
    connect(m_window.get(), &MainWindow::phoneSettingsRequested, m_phone.get(), &PhoneLink::editSettings);
}

QString GuiApplication::startingDatabase(const std::optional<QString>& given)
{
    // The database given, else the one used last time, else the default one,
    // which the first start creates (as --demo does with any); a database
    // named but missing is only created if the person says so. "--db" given
    // empty (a script's unset variable) is refused, not taken for the default.
    QString path = given.value_or(QString());
    if (!given) {
        const QString last = DeskSettings::value(DeskSetting::LastDatabase).toString();
        // A file that has gone is not made again; a server says itself whether its database is there.
        const bool stillThere = DatabaseLocation::namesServer(last) || QFileInfo::exists(last);
        path = !last.isEmpty() && stillThere ? last : AppPaths::defaultDatabasePath();
    }
    if (path == AppPaths::defaultDatabasePath()) {
        if (Status made = AppPaths::makeDataFolder(); !made) {
            m_window->showMessage(made.errorString());
        }
    }
    return path;
}

int GuiApplication::handOver(const std::optional<CallRequest>& call)
{
    // The window that holds the lock may still be opening its database: it answers once it can.
    const Status handed = call ? CallHandOff::deliver(*call, kHandOverMs) : CallHandOff::raiseRunning(kHandOverMs);
    if (!handed) {
        QTextStream(stderr) << tr("Another Abonent window is open, but it did not answer: %1").arg(handed.errorString())
                            << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << tr("Abonent is already running; its window was brought forward.") << Qt::endl;
    return 0;
}

void GuiApplication::receiveCall(const CallRequest& call)
{
    if (m_database) {
        showCall(call);
    } else {
        m_waitingCalls.append(call); // the window is still opening its database
    }
}

void GuiApplication::showWaitingCalls()
{
    for (const CallRequest& call : std::exchange(m_waitingCalls, {})) {
        showCall(call);
    }
}

void GuiApplication::connectPhone(const AmiSettings& settings, const QString& secret)
{
    m_phone->connectWith(settings, secret);
}

AmiClient* GuiApplication::phone() const
{
    return m_phone ? m_phone->client() : nullptr;
}

void GuiApplication::editCostRates(bool duringSetup)
{
    if (!m_database) {
        return;
    }
    auto edited = CostRatesDialog::editAndSave(m_window->deskContext(), m_window.get());
    if (!edited) {
        m_window->showMessage(edited.errorString());
        return;
    }
    if (edited.value() == CostRatesDialog::Outcome::Saved) {
        emit m_notifier->customersReset(); // every figure of cost re-reads
        m_window->showMessage(tr("Rates saved; the support cost of the whole history follows them."));
    }
    if (!duringSetup || edited.value() == CostRatesDialog::Outcome::Cancelled) {
        return;
    }
    const DeskContext desk = m_window->deskContext();
    if (const auto actor = desk.actor ? desk.actor() : std::nullopt) {
        if (Status confirmed = OfficeSetup(desk.db).confirmSupportCost(*actor); !confirmed) {
            m_window->showMessage(confirmed.errorString());
        }
    }
}

void GuiApplication::editOffice()
{
    if (!m_desk) {
        return;
    }
    {
        // Gone before the database is opened again: it holds the old connection.
        OfficeDialog dialog(m_desk->context, m_window.get());
        if (dialog.exec() != QDialog::Accepted || m_database->isReadOnly()) {
            return;
        }
    }
    // Every part of the desk holds the country and currency it opened with:
    // the database is opened again so each takes the new ones.
    openDatabase(m_database->path(), Database::Mode::ReadWrite);
}

CallConsole* GuiApplication::callConsole() const
{
    return m_console;
}

QList<CallConsole*> GuiApplication::openConsoles() const
{
    QList<CallConsole*> open;
    for (const QPointer<CallConsole>& console : m_consoles) {
        if (console) {
            open << console;
        }
    }
    return open;
}

bool GuiApplication::closeAllConsoles()
{
    for (const QPointer<CallConsole>& console : std::as_const(m_consoles)) {
        if (console && !console->close()) {
            return false;
        }
    }
    m_consoles.clear();
    return true;
}

void GuiApplication::bringForward(bool activate)
{
    if (m_window->isMinimized()) {
        m_window->showNormal();
    }
    m_window->show();
    m_window->raise();
    if (activate) {
        m_window->activateWindow();
    }
}

CallConsole* GuiApplication::consoleOfCall(const QString& callKey) const
{
    for (const QPointer<CallConsole>& console : m_consoles) {
        if (console && !callKey.isEmpty() && console->callKey() == callKey) {
            return console;
        }
    }
    return nullptr;
}

void GuiApplication::updateCall(const AmiCallEvent& event)
{
    CallConsole* console = consoleOfCall(event.callKey);
    if (!console) {
        return; // closed already, or the call rang before this window had a database
    }
    console->callIdentified(event);
    switch (event.kind) {
    case AmiCallEvent::Kind::Ringing: // announced by ringing() and shown by showCall()
    case AmiCallEvent::Kind::RecordingNamed:
        break;
    case AmiCallEvent::Kind::Answered:
        console->callAnswered();
        break;
    case AmiCallEvent::Kind::Ended:
        console->callEnded(event.ending);
        break;
    case AmiCallEvent::Kind::CallerKnown: {
        const DeskContext& desk = m_window->deskContext();
        console->callerKnown(event.callerId, CallerLookup(desk.db, desk.defaultCountry).lookup(event.callerId));
        break;
    }
    }
}

CallConsole*
GuiApplication::openConsole(const QString& callerId, const Result<CallerLookupResult>& found, const QString& callKey)
{
    auto* console = new CallConsole(m_window->deskContext(), callerId, found, m_window.get());
    console->setCallKey(callKey);
    connect(console, &CallConsole::message, m_window.get(), &MainWindow::showMessage);
    connect(console, &CallConsole::customerOpened, m_window.get(), &MainWindow::openCard);
    m_console = console;
    m_consoles.removeAll(nullptr);
    m_consoles.append(console);
    QTimer::singleShot(0, console, [console] {
        console->show();
        console->raise();
        console->activateWindow();
        // A window system that refuses to hand over the keyboard (focus
        // stealing prevention) is asked at least to show that a call waits.
        QTimer::singleShot(kConsoleActivationMs, console, [console] {
            if (!console->isActiveWindow()) {
                QApplication::alert(console);
            }
        });
    });
    return console;
}

void GuiApplication::resumeCallDrafts()
{
    if (!m_database) {
        return;
    }
    const DeskContext& desk = m_window->deskContext();
    auto drafts = CallDraftStore(desk.db).leftAt(desk.deskId);
    if (!drafts) {
        m_window->showMessage(tr("Unsaved call notes could not be read: %1").arg(drafts.errorString()));
        return;
    }
    for (const CallDraft& draft : std::as_const(drafts.value())) {
        CallConsole* console =
            openConsole(draft.callerId, CallerLookup(desk.db, desk.defaultCountry).lookup(draft.callerId));
        console->resume(draft);
    }
    if (!drafts->isEmpty()) {
        m_window->showMessage(tr("Recovered %n unsaved call note(s).", nullptr, static_cast<int>(drafts->size())));
    }
}

void GuiApplication::showCall(const CallRequest& call)
{
    // In front, whatever the person was doing; the console, shown next, gets
    // the keyboard (the window keeps it while no database is open).
    bringForward(!m_database);
    emit callShown(call);
    if (!m_database) {
        return;
    }
    const DeskContext& desk = m_window->deskContext();
    auto found = CallerLookup(desk.db, desk.defaultCountry).lookup(call.from);
    // The console in front, the customer's card (or the search) behind it.
    openConsole(call.from, found, call.callKey);
    if (!found) {
        m_window->showMessage(tr("Incoming call from %1: %2").arg(call.from, found.errorString()));
        return;
    }
    if (found->unknownCaller) {
        m_window->showMessage(tr("Incoming call: the number is withheld."));
        m_window->focusSearch();
        return;
    }
    if (found->tooLong) {
        // Not a number anybody has, nor one worth searching for.
        m_window->showMessage(tr("Incoming call: the caller ID is longer than any phone number."));
        m_window->focusSearch();
        return;
    }
    if (found->matches.size() == 1) {
        m_window->showMessage(tr("Incoming call from %1: %2").arg(call.from, found->matches.first().name));
        m_window->openCard(found->matches.first().customerId);
        return;
    }
    // Several customers share the number, or nobody has it: the search shows who might be calling.
    m_window->showMessage(found->matches.isEmpty() ? tr("Incoming call from %1: an unknown number.").arg(call.from)
                                                   : tr("Incoming call from %1: %n customers have this number.",
                                                        nullptr,
                                                        static_cast<int>(found->matches.size()))
                                                         .arg(call.from));
    m_window->showSearchFor(call.from);
}

bool GuiApplication::openDatabase(const QString& path, Database::Mode mode)
{
    auto opened = openAbonentDatabase(path, mode);
    if (!opened) {
        const auto next = DatabaseChooser::afterRefusal(m_window.get(), path, opened.error(), m_database != nullptr);
        return next && openDatabase(next->path, next->create ? Database::Mode::Create : Database::Mode::ReadWrite);
    }
    // Open cards and call consoles of the current database may hold unsaved
    // notes, and they write through its connection.
    if (m_database && (!closeAllConsoles() || !m_window->closeAllCards())) {
        return true; // the person stays with the current database
    }
    useDatabase(std::move(opened).value());
    return true;
}

void GuiApplication::useDatabase(std::unique_ptr<Database> database)
{
    const QStringList notices = database->notices();
    auto desk = openDesk(*database);
    // The window lets go of the old models before they, and then the
    // connection they read through, are replaced.
    m_window->setDesk(desk->context, desk->customerList.get(), desk->plans.get(), database->shownLocation());
    m_desk = std::move(desk);
    m_remoteRecordings.reset(); // its requests read through the old connection
    m_serverWatch.reset();
    m_liveUpdates.reset();
    m_database = std::move(database);
    watchServer();
    DeskSettings::setValue(DeskSetting::LastDatabase, m_database->rememberedLocation());
    m_person->setDesk(m_desk->context, deskKey());
    updateDemoAvailability();
    if (!notices.isEmpty()) {
        m_window->showMessage(notices.join(QLatin1Char(' ')));
    }
    // Once the window shows: a call note a crash left unsaved comes back.
    QTimer::singleShot(0, this, &GuiApplication::resumeCallDrafts);
    if (m_database->isReadOnly()) {
        m_foldTimer->stop();
        m_recordingTimer->stop();
    } else {
        foldRollupChanges();
        m_foldTimer->start();
        m_fingerprinter = {}; // what it saw was of another database
        m_remoteRecordings = std::make_unique<RemoteRecordings>();
        m_recordingTimer->start();
    }
}

void GuiApplication::listenForOtherDesks()
{
    const Status listening = m_liveUpdates->listen();
    m_window->setLiveUpdates(listening ? MainWindow::LiveUpdatesState::On : MainWindow::LiveUpdatesState::Off);
    if (!listening) {
        m_window->showMessage(tr("Changes from other desks will show only when the views are read again: %1")
                                  .arg(listening.errorString()));
    }
}

void GuiApplication::watchServer()
{
    m_window->setServerReachable(true);
    m_window->setLiveUpdates(MainWindow::LiveUpdatesState::None);
    if (!m_database->isOnServer()) {
        return;
    }
    m_liveUpdates = std::make_unique<LiveUpdates>(m_database->connection(), m_notifier.get());
    connect(m_liveUpdates.get(), &LiveUpdates::listeningChanged, m_window.get(), [this](bool listening) {
        m_window->setLiveUpdates(listening ? MainWindow::LiveUpdatesState::On : MainWindow::LiveUpdatesState::Off);
    });
    listenForOtherDesks();
    m_serverWatch = std::make_unique<ServerConnection>(*m_database);
    connect(m_serverWatch.get(), &ServerConnection::lost, this, [this](const QString& reason) {
        m_liveUpdates->connectionLost();
        m_window->setServerReachable(false, reason);
        m_window->showMessage(tr("The database server does not answer; Abonent keeps trying to reconnect."));
    });
    connect(m_serverWatch.get(), &ServerConnection::restored, this, [this] {
        listenForOtherDesks();
        m_window->setServerReachable(true);
        m_window->showMessage(tr("The database server answers again."));
        // What other desks changed meanwhile shows.
        emit m_notifier->customersReset();
        emit m_notifier->catalogueChanged();
    });
}

int GuiApplication::fingerprintRecordings(const QDateTime& now, std::chrono::seconds quiet)
{
    if (!m_database || m_database->isReadOnly()) {
        return 0;
    }
    const RecordingPlace place = RecordingPlace::ofDesk(QSettings());
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    if (place.isUrl()) {
        if (m_remoteRecordings) {
            m_remoteRecordings->fingerprintRound(m_database->connection(), place, at, quiet);
        }
        return 0;
    }
    auto done = m_fingerprinter.run(m_database->connection(), place, at, quiet);
    if (!done) {
        m_window->showMessage(tr("Call recordings could not be fingerprinted: %1").arg(done.errorString()));
        return 0;
    }
    return done.value();
}

std::unique_ptr<GuiApplication::OpenDesk> GuiApplication::openDesk(const Database& database)
{
    const QSqlDatabase db = database.connection();
    const OfficeSettings office(db);
    auto desk = std::make_unique<OpenDesk>();
    desk->customers = std::make_unique<CustomerService>(db, m_notifier.get());
    desk->tags = std::make_unique<TagService>(db, m_notifier.get());
    desk->cases = std::make_unique<CaseService>(db, m_notifier.get());
    DeskContext& context = desk->context;
    context.db = db;
    context.databasePath = database.path();
    context.defaultCountry = office.defaultCountry().value_or(QStringLiteral("US"));
    context.currency = office.currency().value_or(QStringLiteral("USD"));
    context.customers = desk->customers.get();
    context.tags = desk->tags.get();
    context.cases = desk->cases.get();
    context.notifier = m_notifier.get();
    context.deskId = deskId();
    context.readOnlyReason = database.readOnlyReason();
    context.onServer = database.isOnServer();
    context.actor = [this] { return deskActor(); };
    context.knownOperator = [this] {
        const auto person = m_person->current();
        return person ? std::optional<qint64>(person->id) : std::nullopt;
    };
    desk->customerList = std::make_unique<CustomerListModel>(db);
    desk->customerList->setDefaultCountry(context.defaultCountry);
    desk->plans = std::make_unique<PlanListModel>(db, false, nullptr, tr("Any plan"));
    return desk;
}

void GuiApplication::foldRollupChanges()
{
    if (!m_database || m_database->isReadOnly()) {
        return;
    }
    // Readers add what is not folded in yet, so a failure (another desk or
    // the demo fill holding the write lock) only leaves it for the next turn.
    if (Status folded = Rollups::foldChanges(m_database->connection()); !folded) {
        qInfo("Roll-up changes not folded in yet: %s", qPrintable(folded.errorString()));
    }
}

QString GuiApplication::deskId()
{
    QString id = DeskSettings::value(DeskSetting::DeskId).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        DeskSettings::setValue(DeskSetting::DeskId, id);
    }
    return id;
}

QString GuiApplication::deskKey() const
{
    return DeskSettings::deskOperatorKey(m_database ? m_database->rememberedLocation() : QString());
}

void GuiApplication::showDeskOperator()
{
    const auto person = m_person->current();
    m_window->setDeskOperatorName(person ? person->name : QString(), m_person->signsIn());
}

QWidget* GuiApplication::windowAsking() const
{
    // Over whatever dialog or call console asked, so it is never hidden
    // behind it (nor the console behind the main window it would raise).
    if (QWidget* modal = QApplication::activeModalWidget()) {
        return modal;
    }
    QWidget* active = QApplication::activeWindow();
    return active ? active : m_window.get();
}

std::optional<Actor> GuiApplication::deskActor()
{
    // Every change asks who makes it: on a database open for reading only,
    // the answer is that nobody can, and why.
    if (m_database && m_database->isReadOnly()) {
        QMessageBox::information(windowAsking(), tr("Read-Only Database"), m_database->readOnlyNotice());
        return std::nullopt;
    }
    // Chosen (or signed in) once, the first time something is recorded at this desk.
    return m_person->actor(windowAsking());
}

void GuiApplication::chooseAndOpen(bool createNew)
{
    const QString folder =
        m_database && !m_database->isOnServer() ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    if (const auto chosen = DatabaseChooser::chooseFile(m_window.get(), folder, createNew)) {
        openDatabase(chosen->path, chosen->create ? Database::Mode::Create : Database::Mode::ReadWrite);
    }
}

namespace {

// Runs `work` on a thread of its own while a busy dialog says what happens;
// the window's events keep flowing, so it repaints and stays responsive.
template <typename T>
T whileBusy(QWidget* parent, const QString& title, const QString& text, std::function<T()> work)
{
    QProgressDialog busy(text, QString(), 0, 0, parent);
    busy.setWindowTitle(title);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(300);
    std::optional<T> outcome;
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &work] { outcome = work(); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return std::move(*outcome);
}

} // namespace

void GuiApplication::exportEverything()
{
    if (!m_database) {
        return;
    }
    const QString parent = QFileDialog::getExistingDirectory(
        m_window.get(), tr("Export Everything"), DeskSettings::value(DeskSetting::ExportFolder).toString());
    if (parent.isEmpty()) {
        return;
    }
    DeskSettings::setValue(DeskSetting::ExportFolder, parent);
    // A folder of its own, so nothing already there is ever in the way.
    QString folder =
        QDir(parent).filePath(QStringLiteral("abonent-export-%1")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    for (int n = 2; QFileInfo::exists(folder); ++n) {
        folder =
            QDir(parent).filePath(QStringLiteral("abonent-export-%1-%2")
                                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")))
                                      .arg(n));
    }
    QProgressDialog progress(tr("Exporting…"), tr("Stop"), 0, 1000, m_window.get());
    progress.setWindowTitle(tr("Export Everything"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {1};
    std::atomic<bool> stop {false};
    std::optional<Result<ExportReport>> outcome;
    const QString path = m_database->path();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
        if (!database) {
            outcome = Result<ExportReport>(database.error());
            return;
        }
        outcome = DataExport(database.value()->connection()).run(folder, [&](const QString&, qint64 now, qint64 all) {
            done = now;
            total = std::max<qint64>(all, 1);
            return !stop.load();
        });
    }));
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &progress, [&] { progress.setValue(int(done * 1000 / total)); });
    connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    progress.close();
    if (!*outcome) {
        if (outcome->error().code != Error::Code::Cancelled) {
            QMessageBox::warning(m_window.get(), tr("Export Everything"), outcome->errorString());
        } else {
            m_window->showMessage(tr("Export stopped; nothing of it was kept."));
        }
        return;
    }
    m_window->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(folder)));
}

void GuiApplication::backUp()
{
    if (!m_database || m_database->isOnServer()) { // the server keeps its copies
        return;
    }
    const QString path = m_database->path();
    const QString suggested =
        QDir(DeskSettings::value(DeskSetting::BackupFolder).toString())
            .filePath(QStringLiteral("%1-%2.sqlite")
                          .arg(QFileInfo(path).completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(m_window.get(),
                                                        tr("Back Up"),
                                                        suggested,
                                                        tr("Abonent databases (*.sqlite);;All files (*)"),
                                                        nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) {
        return;
    }
    const auto copied = whileBusy<Result<DatabaseCopies::Copied>>(
        m_window.get(), tr("Back Up"), tr("Copying the database…"), [path, target] {
            return DatabaseCopies::backUp(path, target);
        });
    if (!copied) {
        QMessageBox::warning(m_window.get(), tr("Back Up"), copied.errorString());
        return;
    }
    DeskSettings::setValue(DeskSetting::BackupFolder, QFileInfo(target).absolutePath());
    m_window->showMessage(tr("Backed up to %1 (%2), checked whole.")
                              .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(copied->bytes)));
}

namespace {

// The folder among those backups go to (File ▸ Back Up…'s last and the daily
// copies') holding the newest database file: that is what a restore usually
// wants. A folder that does not exist yet is never offered, as the file
// dialog would take its name for a file name.
QString newestBackupFolder()
{
    QString newest = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDateTime newestTime;
    for (const DeskSetting setting : {DeskSetting::BackupFolder, DeskSetting::DailyBackupFolder}) {
        const QDir folder(DeskSettings::value(setting).toString());
        const QFileInfoList files =
            folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable, QDir::Time);
        if (!files.isEmpty() && (!newestTime.isValid() || files.first().lastModified() > newestTime)) {
            newestTime = files.first().lastModified();
            newest = folder.absolutePath();
        }
    }
    return newest;
}

} // namespace

void GuiApplication::restore()
{
    if (!m_database || m_database->isOnServer()) { // the server keeps its copies
        return;
    }
    const QString path = m_database->path();
    const QString backup = QFileDialog::getOpenFileName(
        m_window.get(), tr("Restore"), newestBackupFolder(), tr("Abonent databases (*.sqlite);;All files (*)"));
    if (backup.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(
        m_window.get(),
        tr("Restore"),
        tr("Put %1 back in place of %2?\n\nThe backup was written on %3; everything recorded since then is "
           "replaced. What is there now is kept beside the database, so this can be undone.")
            .arg(QDir::toNativeSeparators(backup),
                 QDir::toNativeSeparators(path),
                 QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !closeAllConsoles() || !m_window->closeAllCards()) {
        return;
    }
    const auto restored = whileBusy<Result<DatabaseCopies::Restored>>(
        m_window.get(), tr("Restore"), tr("Checking the backup and putting it back…"), [path, backup] {
            return DatabaseCopies::restore(path, backup);
        });
    if (!restored) {
        QMessageBox::warning(m_window.get(), tr("Restore"), restored.errorString());
        return;
    }
    // Everything the window shows is read again from the restored file.
    openDatabase(path, Database::Mode::ReadWrite);
    m_window->showMessage(tr("Restored from %1. What it replaced is kept in %2.")
                              .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(restored->keptCopy)));
}

void GuiApplication::keepDailyCopy()
{
    // A server database is backed up with the server's own tools (pg_dump), not copied by each desk.
    if (!m_database || m_database->isReadOnly() || m_database->isOnServer()
        || !DeskSettings::value(DeskSetting::DailyBackup).toBool()) {
        return;
    }
    const QString path = m_database->path();
    const QString folder = DeskSettings::value(DeskSetting::DailyBackupFolder).toString();
    const int kept = DeskSettings::value(DeskSetting::DailyBackupsKept).toInt();
    const auto copied =
        whileBusy<Result<QString>>(m_window.get(), tr("Back Up"), tr("Taking today's backup…"), [path, folder, kept] {
            return DatabaseCopies::keepDailyCopy(path, folder, kept, QDate::currentDate());
        });
    if (!copied) {
        QMessageBox::warning(
            m_window.get(),
            tr("Back Up"),
            tr("Today's backup could not be taken: %1\nThe database itself is as it was.").arg(copied.errorString()));
    }
}

void GuiApplication::startDemoFill()
{
    if (!m_database || m_demoFill) {
        return;
    }
    m_demoFill = std::make_unique<DemoFill>();
    DemoFill& fill = *m_demoFill;
    fill.options.asOf = QDate::currentDate();
    fill.options.language = DemoWordLists::languageFor(QLocale());
    fill.options.progress = [&fill](int written, int) {
        fill.done = written;
        return !fill.cancelled.load();
    };

    fill.progress = std::make_unique<QProgressDialog>(
        tr("Writing demo customers…"), tr("Cancel"), 0, fill.options.customers, m_window.get());
    fill.progress->setWindowTitle(tr("Demo Data"));
    fill.progress->setWindowModality(Qt::WindowModal);
    fill.progress->setMinimumDuration(0);
    fill.progress->setAutoClose(false);
    // The Cancel button, the window's close button and Esc all stop it.
    connect(fill.progress.get(), &QProgressDialog::canceled, this, [&fill] { fill.cancelled = true; });
    connect(fill.progress.get(), &QDialog::rejected, this, [&fill] { fill.cancelled = true; });
    connect(&fill.ticker, &QTimer::timeout, this, [&fill] {
        fill.showingProgress = true;
        fill.progress->setValue(fill.done);
        fill.showingProgress = false;
    });
    fill.ticker.start(100);

    // The generator writes through its own connection on the worker thread;
    // the list re-reads once it has committed.
    const QString path = m_database->path();
    fill.worker.reset(QThread::create([&fill, path] {
        auto database = openAbonentDatabase(path);
        if (!database) {
            fill.failure = database.errorString();
            return;
        }
        auto generated = DemoGenerator(database.value()->connection()).generate(fill.options);
        if (!generated && generated.error().code != Error::Code::Cancelled) {
            fill.failure = generated.errorString();
        }
    }));
    connect(fill.worker.get(), &QThread::finished, this, &GuiApplication::finishDemoFill);
    fill.worker->start();
    updateDemoAvailability();
}

void GuiApplication::finishDemoFill()
{
    if (!m_demoFill) {
        return;
    }
    // The worker finished while the progress dialog was updating (its
    // setValue() runs events): finish once that has returned.
    if (m_demoFill->showingProgress) {
        QTimer::singleShot(0, this, &GuiApplication::finishDemoFill);
        return;
    }
    m_demoFill->worker->wait();
    const QString failure = m_demoFill->failure;
    m_demoFill.reset();
    emit m_notifier->customersReset(); // the list and any card re-read
    updateDemoAvailability();
    if (!failure.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("Demo Data"), tr("No demo data was written: %1").arg(failure));
    }
}

void GuiApplication::cancelDemoFill()
{
    if (m_demoFill) {
        m_demoFill->cancelled = true;
        m_demoFill->worker->wait(); // nothing is kept: the generator rolls back
        m_demoFill.reset();
    }
}

void GuiApplication::updateDemoAvailability()
{
    auto empty = m_database && !m_database->isReadOnly() ? m_database->isEmpty() : Result<bool>(false);
    m_window->setDemoDataAvailable(!m_demoFill && empty && empty.value());
}

void GuiApplication::changeLanguage(const QString& code)
{
    DeskSettings::setValue(DeskSetting::Language, code);
    QMessageBox::information(
        m_window.get(), tr("Language"), tr("The new language is used from the next start of Abonent."));
}

} // namespace abonent
