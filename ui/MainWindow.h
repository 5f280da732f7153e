#pragma once

#include "DeskContext.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace abonent {

class CustomerCardView;
class CustomerListModel;
class PlanListModel;
class SetupChecklist;
class LettersView;
class PortfolioView;
class ProblemClientsView;

// The everyday screen: the customer list with search and filters, and the
// customer cards opened from it as tabs. Fully usable from the keyboard:
// Ctrl+F search, Enter opens a card, Ctrl+N new customer, Ctrl+Shift+C new
// contact, Ctrl+W closes a card. Anything about files, demo data or language
// goes to the application through signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a database: the list model, the plans for the filter, and what
    // the cards need. Cards of a previous database are closed. `shownLocation`
    // names it in the status bar (Database::shownLocation: never a password).
    void
    setDesk(const DeskContext& desk, CustomerListModel* customers, PlanListModel* plans, const QString& shownLocation);
    // "At this desk: …" in the status bar.
    // `signedIn`: the person signed in with a passphrase (else they said who they are).
    void setDeskOperatorName(const QString& name, bool signedIn = false);
    // The phone system's connection in the status bar; empty hides it.
    void setPhoneState(const QString& text);
    QLabel* phoneStateLabel() const { return m_phoneLabel; }
    // Whether the database server answers; while it does not, the status bar
    // says so (and why, on hover) until it is back.
    void setServerReachable(bool reachable, const QString& reason = {});
    QLabel* serverStateLabel() const { return m_serverLabel; }
    // Whether what other desks save shows here as they save it (a server's
    // live updates); nothing shown for a file, which has no other desks.
    enum class LiveUpdatesState { None, On, Off };
    void setLiveUpdates(LiveUpdatesState state);
    QLabel* liveUpdatesLabel() const { return m_liveLabel; }

    const DeskContext& deskContext() const { return m_desk; }
    QTableView* customerView() const { return m_customerView; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QTabWidget* tabs() const { return m_tabs; }
    ProblemClientsView* problemClients() const { return m_problemClients; }
    PortfolioView* portfolio() const { return m_portfolio; }
    LettersView* letters() const { return m_letters; }
    CustomerCardView* cardFor(qint64 customerId) const;
    // The customer selected in the list, or shown in the current card tab.
    qint64 currentCustomerId() const;
    // Closes every card, asking about unsaved notes; false when the person
    // chose to stay.
    bool closeAllCards();

    // A passing note in the status bar.
    void showMessage(const QString& message);
    // Whether "Fill with Demo Data…" may be offered (an empty database, no fill running).
    void setDemoDataAvailable(bool available);
    // Which entry of Settings → Language is ticked: "system" or a language code.
    void setLanguageChoice(const QString& code);

public slots:
    // Opens the customer's card in a tab, or brings its tab forward.
    void openCard(qint64 customerId);
    // The card, with the dialog that opens an escalation case on it.
    void openCaseFor(qint64 customerId);
    void newCustomer();
    // A new customer with this phone already filled in (an unknown caller).
    void newCustomerWithPhone(const QString& phone);
    void newContact();
    void tagCustomer();
    void showUnlinkedCalls();
    void focusSearch();
    // The customer list, searching for this text.
    void showSearchFor(const QString& text);

signals:
    void openDatabaseRequested();
    void newDatabaseRequested();
    void demoDataRequested();
    void exportRequested();
    void backupRequested();
    void restoreRequested();
    // The window is about to go, its cards closed.
    void closing();
    void languageChosen(const QString& code);
    void deskOperatorChangeRequested();
    void phoneSettingsRequested();
    // `duringSetup`: an accepted dialog also confirms the set-up's step, zero rates and all.
    void costRatesRequested(bool duringSetup = false);
    void officeSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString cardTitle(const QString& name) const;
    // Back Up… and Restore… copy a file: there is none on a server.
    void showFileCopies(const DeskContext& desk);
    QToolButton* createTabMenu();
    void countUnlinkedCalls();
    QWidget* createListPage();
    void createActions();
    void importFile();
    void applyFilter();
    void flushSearch();
    void showListMenu(const QPoint& position);
    void updateStatus();
    void takeSetupStep(int step);
    void showPlans();
    void showPeople();
    bool closeCard(int tab);
    void restoreLayout();
    void saveLayout() const;

    DeskContext m_desk;
    QPointer<CustomerListModel> m_model;
    QTabWidget* m_tabs = nullptr;
    bool m_columnsChosen = false; // the list's widths were saved, or fitted to its rows
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_planFilter = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTableView* m_customerView = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLabel* m_deskLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_liveLabel = nullptr;
    // Menu actions that change the database: disabled when it is read-only.
    QList<QAction*> m_writingActions;
    QAction* m_demoAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_newCustomerAction = nullptr;
    QLabel* m_emptyGuide = nullptr;
    QWidget* m_noMatch = nullptr; // a search or filter that found no one, with a way to widen it
    SetupChecklist* m_setup = nullptr;
    QAction* m_newContactAction = nullptr;
    QAction* m_tagAction = nullptr;
    QAction* m_unlinkedCallsAction = nullptr;
    QAction* m_personDataAction = nullptr;
    QAction* m_eraseAction = nullptr;
    ProblemClientsView* m_problemClients = nullptr;
    PortfolioView* m_portfolio = nullptr;
    LettersView* m_letters = nullptr;
    QList<QPair<QString, QAction*>> m_languageActions;
};

} // namespace abonent
