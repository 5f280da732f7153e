#pragma once

#include "Actor.h"
#include "AmiCallTracker.h"
#include "AmiProtocol.h"
#include "CallHandOff.h"
#include "CallRecordings.h"
#include "CallerLookup.h"
#include "Database.h"
#include "DeskContext.h"
#include "Entities.h"
#include "RemoteRecordings.h"

#include <QObject>

class QTimer;
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace abonent {

class AmiClient;
class ChangeNotifier;
class CustomerListModel;
class CallConsole;
class CallListener;
class CaseService;
class CustomerService;
class DeskPerson;
class TagService;
class MainWindow;
class PhoneLink;
class PlanListModel;
class LiveUpdates;
class ServerConnection;

// The windowed front end: opens the database (offering another file when one
// is refused), fills an empty one with demo data on request, and shows the
// main window.
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    explicit GuiApplication(QObject* parent = nullptr);
    ~GuiApplication() override;

    // Parses the command line (program name first) and shows the window;
    // returns the exit code, or -1 when the event loop should run.
    int start(const QStringList& arguments);

    MainWindow* mainWindow() const { return m_window.get(); }
    // Who is at the desk; tests shorten its idle time.
    DeskPerson* deskPerson() const { return m_person.get(); }
    // The console of the latest call, while it is open.
    CallConsole* callConsole() const;
    // Every console open, the latest last.
    QList<CallConsole*> openConsoles() const;

    // Listens to the phone system with this secret (the window gets it from
    // the keychain, or asks); calls ringing at the extension pop the console.
    void connectPhone(const AmiSettings& settings, const QString& secret);
    AmiClient* phone() const;

    // An incoming call: the window comes forward with the caller's card, or
    // the search for the number when it is shared, unknown or withheld.
    void showCall(const CallRequest& call);
    // News of a call shown by showCall(), to its console.
    void updateCall(const AmiCallEvent& event);

    bool isFillingDemoData() const { return m_demoFill != nullptr; }

    // Fingerprints the recordings of recorded calls whose files the phone
    // system has finished (unchanged for `quiet` since an earlier look);
    // done every half minute while the database may be written. `now`: this
    // desk's clock unless given. Returns how many files of a folder were; a
    // web server's are fetched in the background (remoteRecordings()).
    int fingerprintRecordings(const QDateTime& now = {}, std::chrono::seconds quiet = kRecordingQuiet);
    static constexpr std::chrono::seconds kRecordingQuiet {20};
    RemoteRecordings* remoteRecordings() const { return m_remoteRecordings.get(); }

    // This installation's lasting id, under which it keeps its call drafts.
    static QString deskId();
    // How long a second start waits for the window it hands over to.
    static constexpr int kHandOverMs = 10000;

signals:
    void callShown(const abonent::CallRequest& call);
    // Another start of Abonent asked this window to come forward.
    void broughtForward();

private:
    struct DemoFill;
    // What the window works with on one open database. Models are declared
    // last: they go first, before the services they read through.
    struct OpenDesk
    {
        DeskContext context;
        std::unique_ptr<CustomerService> customers;
        std::unique_ptr<TagService> tags;
        std::unique_ptr<CaseService> cases;
        std::unique_ptr<CustomerListModel> customerList;
        std::unique_ptr<PlanListModel> plans;
    };

    // Takes the instance's call socket; Busy when another window has it.
    Status listenForCalls();
    void createWindow();
    // The database to open first: the one given, else last time's, else the default.
    QString startingDatabase(const std::optional<QString>& given);

    // Opens `path` and shows it; on refusal explains why and lets the person
    // pick another file, create one, or give up. Returns false when they gave up.
    bool openDatabase(const QString& path, Database::Mode mode);
    // Shows `database` in the window in place of the current one.
    void useDatabase(std::unique_ptr<Database> database);
    // Watches a server database's connection, saying in the window when it is lost and back.
    void watchServer();
    // Listens for what other desks commit; says in the window whether it does.
    void listenForOtherDesks();
    std::unique_ptr<OpenDesk> openDesk(const Database& database);
    // Another window of this user holds the instance lock: it gets the call,
    // or comes forward. Returns the exit code of this start.
    static int handOver(const std::optional<CallRequest>& call);
    // Calls handed over before a database is open wait until the window is up.
    void receiveCall(const CallRequest& call);
    void showWaitingCalls();
    // The window in front (and given the keyboard, unless a console is about to take it).
    void bringForward(bool activate = true);
    // Closes every call console (each asks about what was typed); false when
    // one stays open.
    bool closeAllConsoles();
    void editCostRates(bool duringSetup);
    void editOffice();
    CallConsole*
    openConsole(const QString& callerId, const Result<CallerLookupResult>& found, const QString& callKey = {});
    CallConsole* consoleOfCall(const QString& callKey) const;
    // The window a question about the desk opens over.
    QWidget* windowAsking() const;
    // Opens a console for every call note this desk left unsaved.
    void resumeCallDrafts();
    // Moves the roll-up changes contacts left into the monthly roll-ups, so
    // the changes stay few and reading them stays cheap.
    void foldRollupChanges();
    void chooseAndOpen(bool createNew);
    // Generation runs on a worker thread with its own connection while the
    // window stays responsive; it can be cancelled, and quitting cancels it.
    void startDemoFill();
    void exportEverything();
    void backUp();
    void restore();
    // Once a day, as the window closes: a copy of the database (a setting).
    void keepDailyCopy();
    // --demo: demo data for a database that holds none yet.
    void fillWhenEmpty();
    void finishDemoFill();
    void cancelDemoFill();
    void updateDemoAvailability();
    void changeLanguage(const QString& code);
    // Who records a change at this desk (DeskPerson asks or signs them in).
    std::optional<Actor> deskActor();
    void showDeskOperator();
    QString deskKey() const;

    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServerConnection> m_serverWatch; // of m_database, when it is on a server
    std::unique_ptr<LiveUpdates> m_liveUpdates; // on m_database's connection, when it is on a server
    QTimer* m_foldTimer = nullptr;
    QTimer* m_recordingTimer = nullptr;
    RecordingFingerprinter m_fingerprinter;
    std::unique_ptr<RemoteRecordings> m_remoteRecordings; // of the database open now
    std::unique_ptr<OpenDesk> m_desk;
    std::unique_ptr<DeskPerson> m_person;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CallListener> m_calls;
    QList<CallRequest> m_waitingCalls;
    std::unique_ptr<PhoneLink> m_phone;
    QPointer<CallConsole> m_console;
    QList<QPointer<CallConsole>> m_consoles; // every open one, the latest last
    std::unique_ptr<DemoFill> m_demoFill;
};

} // namespace abonent
