#include "MainWindow.h"

#include "BackupSettingsDialog.h"
#include "ChangeNotifier.h"
#include "ContactDialog.h"
#include "CustomerCardView.h"
#include "CustomerEditorDialog.h"
#include "CustomerListModel.h"
#include "CustomerProblemPanel.h"
#include "DeskSettings.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "ImportWizard.h"
#include "LettersView.h"
#include "OfficeDialogs.h"
#include "OfficeSetup.h"
#include "PersonalDataActions.h"
#include "PlansDialog.h"
#include "PortfolioView.h"
#include "PrivacySettingsDialog.h"
#include "ProblemClientsModel.h"
#include "ProblemClientsView.h"
#include "ProblemSettingsDialog.h"
#include "ReferenceListModels.h"
#include "SetupChecklist.h"
#include "TagCatalogueDialog.h"
#include "TagChips.h"
#include "TagPickerDialog.h"
#include "UnlinkedCalls.h"
#include "UnlinkedCallsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace abonent {

namespace {

// Typing pauses this long before the list follows; fast typists do not wait
// for every letter's query.
constexpr int kSearchDelayMs = 120;

// The customer list and the problem clients page stay; cards follow them.
constexpr int kFixedTabs = 4; // customers, problem clients, economics, letters

// Entries of the status filter: no status (the default), each status, or all.
const QString kCurrent = QStringLiteral("current"); // neither terminated nor archived
const QString kEveryone = QStringLiteral("all");

// The fixed tabs never shrink; the cards' tabs take what room is left,
// their names elided.

class FixedFirstTabBar : public QTabBar
{
public:
    using QTabBar::QTabBar;

protected:
    QSize minimumTabSizeHint(int index) const override
    {
        return index < kFixedTabs ? tabSizeHint(index) : QTabBar::minimumTabSizeHint(index);
    }
};

class MainTabs : public QTabWidget
{
public:
    explicit MainTabs(QWidget* parent)
        : QTabWidget(parent)
    {
        setTabBar(new FixedFirstTabBar(this));
    }
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new MainTabs(this))
    , m_searchDelay(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_deskLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Abonent"));
    setWindowIcon(IconLoader::appIcon());
    setObjectName(QStringLiteral("MainWindow"));

    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(createListPage(), IconLoader::icon(QStringLiteral("edit-find")), tr("Customers"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_problemClients = new ProblemClientsView(m_tabs);
    m_tabs->addTab(m_problemClients, IconLoader::icon(QStringLiteral("flag")), tr("Problem Clients"));
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    connect(m_problemClients, &ProblemClientsView::openCardRequested, this, &MainWindow::openCard);
    connect(m_problemClients, &ProblemClientsView::message, this, &MainWindow::showMessage);
    m_portfolio = new PortfolioView(m_tabs);
    m_tabs->addTab(m_portfolio, IconLoader::icon(QStringLiteral("office-chart-area")), tr("Economics"));
    m_tabs->tabBar()->setTabButton(2, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(2, QTabBar::LeftSide, nullptr);
    connect(m_portfolio, &PortfolioView::openCardRequested, this, &MainWindow::openCard);
    connect(m_portfolio, &PortfolioView::openCaseRequested, this, &MainWindow::openCaseFor);
    connect(m_portfolio, &PortfolioView::message, this, &MainWindow::showMessage);
    m_letters = new LettersView(m_tabs);
    m_tabs->addTab(m_letters, IconLoader::icon(QStringLiteral("mail-send")), tr("Letters"));
    m_tabs->tabBar()->setTabButton(3, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(3, QTabBar::LeftSide, nullptr);
    connect(m_letters, &LettersView::openCardRequested, this, &MainWindow::openCard);
    connect(m_letters, &LettersView::message, this, &MainWindow::showMessage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCard);
    // Many cards, or one long company name, squeeze the cards' tabs rather
    // than scroll the fixed ones out of sight; the menu lists every tab.
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setCornerWidget(createTabMenu(), Qt::TopRightCorner);
    // The customer count belongs to the list.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { m_countLabel->setVisible(index == 0); });
    setCentralWidget(m_tabs);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);

    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deskLabel->setObjectName(QStringLiteral("deskOperator"));
    m_deskLabel->setTextFormat(Qt::RichText);
    connect(m_deskLabel, &QLabel::linkActivated, this, &MainWindow::deskOperatorChangeRequested);
    statusBar()->addWidget(m_countLabel, 1);
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setObjectName(QStringLiteral("phoneState"));
    m_phoneLabel->setTextFormat(Qt::RichText);
    m_phoneLabel->hide();
    connect(m_phoneLabel, &QLabel::linkActivated, this, &MainWindow::phoneSettingsRequested);
    statusBar()->addPermanentWidget(m_phoneLabel);
    statusBar()->addPermanentWidget(m_deskLabel);
    m_readOnlyLabel = new QLabel(tr("<b>Read-only</b>"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnly"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_serverLabel = new QLabel(tr("<b>Server unreachable: reconnecting…</b>"), this);
    m_serverLabel->setObjectName(QStringLiteral("serverState"));
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_serverLabel);
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveUpdates"));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createListPage()
{
    auto* page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name, contract, address, e-mail, phone… (Ctrl+F)"));
    m_search->addAction(IconLoader::icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Current customers"), kCurrent);
    for (const QString& code : allCodes<CustomerStatus>()) {
        m_statusFilter->addItem(labelOf(fromCode<CustomerStatus>(code).value()), code);
    }
    m_statusFilter->addItem(tr("Everyone, archived too"), kEveryone);
    m_statusFilter->setToolTip(tr("Which customers the list shows"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    m_planFilter = new QComboBox(page);
    m_planFilter->setObjectName(QStringLiteral("planFilter"));
    m_planFilter->setToolTip(tr("Only customers on this plan"));
    connect(m_planFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_planFilter);

    m_customerView = new QTableView(page);
    m_customerView->setObjectName(QStringLiteral("customerView"));
    m_customerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customerView->setAlternatingRowColors(true);
    m_customerView->setWordWrap(false);
    m_customerView->verticalHeader()->hide();
    // One line of text a row: the list is for scanning many customers at once.
    m_customerView->verticalHeader()->setDefaultSectionSize(m_customerView->fontMetrics().height() + 8);
    m_customerView->horizontalHeader()->setStretchLastSection(true);
    m_customerView->horizontalHeader()->setSortIndicatorShown(true);
    m_customerView->installEventFilter(this);
    m_customerView->setItemDelegateForColumn(
        CustomerListModel::FlagsColumn,
        new TagChipsDelegate(CustomerListModel::TagNamesRole, CustomerListModel::TagColoursRole, m_customerView));
    m_customerView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_customerView, &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);
    connect(m_customerView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openCard(index.data(CustomerListModel::CustomerIdRole).toLongLong());
    });

    m_emptyGuide = new QLabel(page);
    m_emptyGuide->setObjectName(QStringLiteral("emptyGuide"));
    m_emptyGuide->setWordWrap(true);
    m_emptyGuide->setAlignment(Qt::AlignCenter);
    m_emptyGuide->setContentsMargins(24, 24, 24, 24);
    m_emptyGuide->setText(tr("<p><b>No customers yet.</b></p>"
                             "<p>Bring them in from your old system or a spreadsheet: <a href=\"import\">Import…</a> "
                             "(File → Import, Ctrl+Shift+I).</p>"
                             "<p>Or add the first one by hand: <a href=\"new\">New Customer…</a> (Ctrl+N).</p>"));
    m_emptyGuide->hide();
    connect(m_emptyGuide, &QLabel::linkActivated, this, [this](const QString& link) {
        (link == QLatin1String("import") ? m_importAction : m_newCustomerAction)->trigger();
    });

    // A contract searched for among current customers may belong to one who
    // left: say so rather than show an empty table.
    m_noMatch = new QWidget(page);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    auto* noMatchText = new QLabel(tr("No one here matches. Former and archived customers, and other plans, are not "
                                      "shown."),
                                   m_noMatch);
    auto* everyone = new QPushButton(tr("Show E&veryone"), m_noMatch);
    everyone->setObjectName(QStringLiteral("showEveryone"));
    connect(everyone, &QPushButton::clicked, this, [this] {
        m_planFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(kEveryone));
        m_search->setFocus();
    });
    auto* noMatchRow = new QHBoxLayout(m_noMatch);
    noMatchRow->setContentsMargins(8, 4, 8, 4);
    noMatchRow->addWidget(noMatchText, 1);
    noMatchRow->addWidget(everyone);
    m_noMatch->hide();

    m_setup = new SetupChecklist(page);
    connect(
        m_setup, &SetupChecklist::stepRequested, this, [this](SetupChecklist::Step step) { takeSetupStep(int(step)); });
    connect(m_setup, &SetupChecklist::finished, this, [this] {
        showMessage(tr("The office is set up. Each step can be changed in Settings."));
        updateStatus();
    });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_setup);
    layout->addWidget(m_emptyGuide);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_customerView, 1);
    return page;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(IconLoader::icon(QStringLiteral("document-open")), tr("&Open Database…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDatabaseRequested);
    QAction* create = file->addAction(IconLoader::icon(QStringLiteral("document-new")), tr("New &Database…"));
    connect(create, &QAction::triggered, this, &MainWindow::newDatabaseRequested);
    m_demoAction = file->addAction(tr("Fill with &Demo Data…"));
    m_demoAction->setStatusTip(tr("Generate demo customers, contacts and payments in this empty database."));
    m_demoAction->setEnabled(false);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoDataRequested);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Bring customers, plans, payments and contacts in from a CSV file."));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);
    QAction* exportAll = file->addAction(tr("&Export Everything…"));
    exportAll->setObjectName(QStringLiteral("exportAction"));
    exportAll->setStatusTip(tr("Write every customer, contact, payment, tag, case and letter to CSV files and one JSON "
                               "file."));
    connect(exportAll, &QAction::triggered, this, &MainWindow::exportRequested);
    file->addSeparator();
    m_backUpAction = file->addAction(tr("&Back Up…"));
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backupRequested);
    m_restoreAction = file->addAction(tr("&Restore…"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreRequested);
    file->addSeparator();
    QAction* quit = file->addAction(IconLoader::icon(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* customers = menuBar()->addMenu(tr("&Customers"));
    QAction* find = customers->addAction(IconLoader::icon(QStringLiteral("edit-find")), tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::ApplicationShortcut);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    QAction* newCustomer = customers->addAction(IconLoader::icon(QStringLiteral("contact-new")), tr("&New Customer…"));
    newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newCustomer, &QAction::triggered, this, &MainWindow::newCustomer);
    m_newContactAction = customers->addAction(IconLoader::icon(QStringLiteral("call-start")), tr("New &Contact…"));
    m_newContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_newContactAction, &QAction::triggered, this, &MainWindow::newContact);
    m_tagAction = customers->addAction(IconLoader::icon(QStringLiteral("tag")), tr("&Tag Customer…"));
    m_tagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tagAction->setStatusTip(tr("Tag the customer with a reason and evidence"));
    connect(m_tagAction, &QAction::triggered, this, &MainWindow::tagCustomer);
    m_newCustomerAction = newCustomer;
    m_writingActions << newCustomer << m_newContactAction << m_tagAction << m_importAction << m_restoreAction;
    QAction* problems = customers->addAction(IconLoader::icon(QStringLiteral("flag")), tr("&Problem Clients"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(problems, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_problemClients);
        m_problemClients->searchField()->setFocus();
    });
    m_unlinkedCallsAction =
        customers->addAction(IconLoader::icon(QStringLiteral("call-start")), tr("&Unlinked Calls…"));
    m_unlinkedCallsAction->setObjectName(QStringLiteral("unlinkedCalls"));
    m_unlinkedCallsAction->setStatusTip(tr("Calls kept without a customer, to link to one"));
    connect(m_unlinkedCallsAction, &QAction::triggered, this, &MainWindow::showUnlinkedCalls);
    QAction* economics = customers->addAction(IconLoader::icon(QStringLiteral("office-chart-area")), tr("&Economics"));
    economics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    economics->setStatusTip(tr("Revenue against support cost for the whole customer base"));
    connect(economics, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_portfolio);
        m_portfolio->lossMakers()->setFocus();
    });
    QAction* letters = customers->addAction(IconLoader::icon(QStringLiteral("mail-send")), tr("&Letters"));
    letters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    letters->setStatusTip(tr("The register of letters issued; new letters, templates and the letterhead"));
    connect(letters, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_letters);
        m_letters->searchField()->setFocus();
    });
    QAction* openCardAction = customers->addAction(tr("&Open Card"));
    openCardAction->setStatusTip(tr("Enter or double-click in the list"));
    connect(openCardAction, &QAction::triggered, this, [this] {
        flushSearch();
        if (const qint64 id = currentCustomerId(); id > 0) {
            openCard(id);
        }
    });
    customers->addSeparator();
    // A person's data on their request (GDPR art. 15 and 17), for the
    // customer selected in the list or shown in the current card.
    const auto forTheCustomer = [this, customers](const QString& text,
                                                  const QString& name,
                                                  const QString& tip,
                                                  void (*act)(QWidget*, const DeskContext&, qint64)) {
        QAction* action = customers->addAction(text);
        action->setObjectName(name);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, act] {
            flushSearch();
            if (const qint64 id = currentCustomerId(); id > 0) {
                act(this, m_desk, id);
            }
        });
        return action;
    };
    m_personDataAction = forTheCustomer(tr("Person'&s Data…"),
                                        QStringLiteral("personDataAction"),
                                        tr("Save everything held about the customer as JSON and PDF, for their "
                                           "right of access"),
                                        &PersonalDataActions::save);
    m_eraseAction = forTheCustomer(tr("E&rase Personal Data…"),
                                   QStringLiteral("eraseAction"),
                                   tr("Erase the customer's personal data at their request, keeping the economics "
                                      "and the letter register"),
                                   &PersonalDataActions::erase);
    m_writingActions << m_eraseAction;
    customers->addSeparator();
    QAction* closeCardAction = customers->addAction(tr("Close Car&d"));
    closeCardAction->setShortcut(QKeySequence::Close);
    connect(closeCardAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= kFixedTabs) {
            closeCard(m_tabs->currentIndex());
        }
    });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* desk = settings->addAction(tr("&Who Is at This Desk…"));
    connect(desk, &QAction::triggered, this, &MainWindow::deskOperatorChangeRequested);
    QAction* phone = settings->addAction(IconLoader::icon(QStringLiteral("call-start")), tr("&Phone System…"));
    connect(phone, &QAction::triggered, this, &MainWindow::phoneSettingsRequested);
    QAction* catalogue = settings->addAction(IconLoader::icon(QStringLiteral("tag")), tr("Tag &Catalogue…"));
    connect(catalogue, &QAction::triggered, this, [this] {
        if (m_desk.tags) {
            TagCatalogueDialog(m_desk, this).exec();
        }
    });
    QAction* rules = settings->addAction(tr("Problem Client &Rules…"));
    connect(rules, &QAction::triggered, this, [this] {
        if (m_desk.tags) {
            ProblemSettingsDialog(m_desk, this).exec();
        }
    });
    QAction* office = settings->addAction(tr("O&ffice…"));
    office->setObjectName(QStringLiteral("officeAction"));
    office->setStatusTip(tr("The country phone numbers belong to and the currency money is kept in"));
    connect(office, &QAction::triggered, this, &MainWindow::officeSettingsRequested);
    QAction* people = settings->addAction(tr("Pe&ople…"));
    people->setObjectName(QStringLiteral("peopleAction"));
    people->setStatusTip(tr("Who works here and in which role"));
    connect(people, &QAction::triggered, this, &MainWindow::showPeople);
    QAction* plans = settings->addAction(tr("Pla&ns…"));
    plans->setObjectName(QStringLiteral("plansAction"));
    plans->setStatusTip(tr("Create, edit and retire plans; change a fee from a date"));
    connect(plans, &QAction::triggered, this, &MainWindow::showPlans);
    QAction* rates = settings->addAction(tr("Support Cost R&ates…"));
    connect(rates, &QAction::triggered, this, [this] { emit costRatesRequested(); });
    QAction* backups = settings->addAction(tr("&Backups…"));
    connect(backups, &QAction::triggered, this, [this] { BackupSettingsDialog(this).exec(); });
    QAction* letterhead = settings->addAction(tr("Letter&head…"));
    connect(letterhead, &QAction::triggered, m_letters, &LettersView::editLetterhead);
    QAction* templates = settings->addAction(tr("Letter T&emplates…"));
    connect(templates, &QAction::triggered, m_letters, &LettersView::editTemplates);
    QAction* privacy = settings->addAction(tr("Pri&vacy…"));
    privacy->setObjectName(QStringLiteral("privacySettingsAction"));
    connect(privacy, &QAction::triggered, this, [this] {
        if (m_desk.db.isValid()) {
            PrivacySettingsDialog(m_desk, this).exec();
        }
    });
    m_writingActions << catalogue << rules << rates << letterhead << templates << privacy;
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    // Language names are written in their own language on purpose: someone
    // who cannot read the current one must still find theirs.
    const QList<QPair<QString, QString>> choices {{QStringLiteral("system"), tr("System Default")},
                                                  {QStringLiteral("en"), QStringLiteral("English")},
                                                  {QStringLiteral("ru"), QStringLiteral("Русский")},
                                                  {QStringLiteral("uk"), QStringLiteral("Українська")}};
    for (const auto& [code, title] : choices) {
        QAction* choice = language->addAction(title);
        choice->setCheckable(true);
        languages->addAction(choice);
        m_languageActions.append({code, choice});
        connect(choice, &QAction::triggered, this, [this, code = code] { emit languageChosen(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Abonent"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Abonent"),
                           tr("<h3>Abonent %1</h3><p>Customer records, contact history and support economics "
                              "for small service providers.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setDesk(const DeskContext& desk,
                         CustomerListModel* customers,
                         PlanListModel* plans,
                         const QString& shownLocation)
{
    // Cards read through the connection that is about to be replaced: they go
    // now, not later. (The application has asked about unsaved notes.)
    while (m_tabs->count() > kFixedTabs) {
        QWidget* card = m_tabs->widget(kFixedTabs);
        m_tabs->removeTab(kFixedTabs);
        delete card;
    }
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    if (m_desk.notifier) {
        disconnect(m_desk.notifier, nullptr, this, nullptr);
    }
    m_desk = desk;
    m_model = customers;
    m_customerView->setModel(customers);
    QHeaderView* header = m_customerView->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Later starts: the widths chosen, widened where a heading in another
    // language needs it. The first: fitted to the first page once it is read.
    m_columnsChosen = header->restoreState(DeskSettings::value(DeskSetting::CustomerColumns).toByteArray());
    fitColumns(m_customerView, m_columnsChosen);
    const auto fitToFirstRows = [this] {
        if (!m_columnsChosen && m_model && m_model->rowCount() > 0) {
            m_columnsChosen = true;
            fitColumns(m_customerView);
        }
    };
    connect(customers, &QAbstractItemModel::modelReset, this, fitToFirstRows);
    connect(customers, &QAbstractItemModel::rowsInserted, this, fitToFirstRows);
    m_customerView->setSortingEnabled(true);
    m_problemClients->setDesk(desk);
    m_portfolio->setDesk(desk, plans);
    m_letters->setDesk(desk);
    m_planFilter->setModel(plans);
    m_planFilter->setCurrentIndex(0);
    m_databaseLabel->setText(shownLocation);
    m_databaseLabel->setToolTip(tr("The database this window shows"));
    m_readOnlyLabel->setVisible(desk.isReadOnly());
    m_readOnlyLabel->setToolTip(tr("Nothing can be recorded: %1.").arg(desk.readOnlyReason));
    for (QAction* action : std::as_const(m_writingActions)) {
        enableForWriting(action, desk);
    }
    showFileCopies(desk);
    connect(customers, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(customers, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(customers, &CustomerListModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not read customers: %1").arg(message));
    });
    if (m_desk.notifier) {
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, customers, &CustomerListModel::followChange);
        connect(m_desk.notifier, &ChangeNotifier::customersReset, customers, &CustomerListModel::reload);
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, customers, &CustomerListModel::refreshTags);
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, plans, &PlanListModel::reload);
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, m_setup, &SetupChecklist::refresh);
        connect(m_desk.notifier, &ChangeNotifier::customersReset, m_setup, &SetupChecklist::refresh);
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, m_setup, &SetupChecklist::refresh);
        connect(m_desk.notifier, &ChangeNotifier::unlinkedCallsChanged, this, &MainWindow::countUnlinkedCalls);
    }
    m_setup->setDesk(desk);
    countUnlinkedCalls();
    applyFilter();
    updateStatus();
    if (customers->rowCount() > 0) {
        m_customerView->selectRow(0);
    }
    m_search->setFocus();
}

void MainWindow::showFileCopies(const DeskContext& desk)
{
    if (desk.onServer) {
        // A copy of one desk's view would not be the office's database, and
        // putting one back would undo every other desk's work.
        const QString why = tr("The database is on a server: it is backed up and restored there (pg_dump, "
                               "pg_restore), not from a desk.");
        for (QAction* action : {m_backUpAction, m_restoreAction}) {
            action->setEnabled(false);
            action->setStatusTip(why);
        }
        return;
    }
    // Restore writes: enableForWriting has decided it.
    m_backUpAction->setEnabled(true);
    m_backUpAction->setStatusTip(tr("Copy the database to a file while it is in use."));
    m_restoreAction->setStatusTip(tr("Put a backup back in place of this database; what it replaces is kept."));
}

void MainWindow::setDeskOperatorName(const QString& name, bool signedIn)
{
    if (signedIn) {
        m_deskLabel->setText(name.isEmpty() ? tr("<a href=\"desk\">Sign in</a>")
                                            : tr("Signed in: <a href=\"desk\">%1</a>").arg(name.toHtmlEscaped()));
        return;
    }
    m_deskLabel->setText(name.isEmpty() ? tr("<a href=\"desk\">Who is at this desk?</a>")
                                        : tr("At this desk: <a href=\"desk\">%1</a>").arg(name.toHtmlEscaped()));
}

void MainWindow::setPhoneState(const QString& text)
{
    m_phoneLabel->setVisible(!text.isEmpty());
    m_phoneLabel->setText(QStringLiteral("<a href=\"phone\">%1</a>").arg(text.toHtmlEscaped()));
}

void MainWindow::setLiveUpdates(LiveUpdatesState state)
{
    m_liveLabel->setVisible(state != LiveUpdatesState::None);
    if (state == LiveUpdatesState::On) {
        m_liveLabel->setText(tr("Live"));
        m_liveLabel->setToolTip(tr("What other desks save shows here within a second."));
    } else {
        m_liveLabel->setText(tr("<b>Not live</b>"));
        m_liveLabel->setToolTip(tr("Changes from other desks do not arrive: what is shown may be out of date "
                                   "until the connection is back."));
    }
}

void MainWindow::setServerReachable(bool reachable, const QString& reason)
{
    m_serverLabel->setVisible(!reachable);
    m_serverLabel->setToolTip(reachable ? QString()
                                        : tr("%1. Nothing can be read or recorded until it answers; what you "
                                             "type into an open form is kept.")
                                              .arg(reason));
}

void MainWindow::applyFilter()
{
    m_searchDelay->stop();
    if (!m_model) {
        return;
    }
    CustomerFilter filter;
    filter.search = m_search->text();
    const QString status = m_statusFilter->currentData().toString();
    if (status == kEveryone) {
        filter.includeArchived = true;
    } else if (status == kCurrent) {
        filter.currentOnly = true;
    } else {
        filter.status = fromCode<CustomerStatus>(status);
    }
    filter.planId = m_planFilter->currentData(PlanListModel::IdRole).toLongLong();
    const bool newSearch = filter.search != m_model->filter().search;
    m_model->setFilter(filter);
    if (newSearch && !filter.search.isEmpty()) {
        // Best matches first: no column is the sort order now.
        m_customerView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    if (m_model->rowCount() > 0 && !m_customerView->currentIndex().isValid()) {
        m_customerView->setCurrentIndex(m_model->index(0, CustomerListModel::NameColumn));
    }
}

void MainWindow::importFile()
{
    ImportWizard wizard(m_desk, this);
    wizard.exec();
}

void MainWindow::updateStatus()
{
    if (!m_model) {
        m_countLabel->clear();
        m_emptyGuide->hide();
        m_noMatch->hide();
        return;
    }
    const int total = static_cast<int>(m_model->totalCount());
    // An office without customers is told how to get some, not shown an empty table.
    const bool unfiltered = m_search->text().trimmed().isEmpty() && m_statusFilter->currentIndex() == 0
        && m_planFilter->currentIndex() <= 0;
    m_emptyGuide->setVisible(total == 0 && unfiltered && !m_desk.isReadOnly() && m_setup->isHidden());
    const bool narrowed = m_statusFilter->currentData().toString() != kEveryone || m_planFilter->currentIndex() > 0;
    m_noMatch->setVisible(total == 0 && !unfiltered && narrowed);
    if (m_model->isTruncated()) {
        m_countLabel->setText(tr("More than %1 customers match; type more to narrow the search")
                                  .arg(QLocale().toString(CustomerListModel::kSearchLimit)));
    } else {
        m_countLabel->setText(tr("%Ln customer(s)", nullptr, total));
    }
}

void MainWindow::showPlans()
{
    PlansDialog(m_desk, this).exec();
}

void MainWindow::showPeople()
{
    PeopleDialog(m_desk, this).exec();
}

void MainWindow::takeSetupStep(int step)
{
    switch (SetupChecklist::Step(step)) {
    case SetupChecklist::Step::Office:
        emit officeSettingsRequested();
        break;
    case SetupChecklist::Step::Letterhead:
        m_letters->editLetterhead();
        break;
    case SetupChecklist::Step::Plans:
        showPlans();
        break;
    case SetupChecklist::Step::People:
        showPeople();
        // Having looked at the list is the confirmation a one-person office can give.
        if (const auto actor = m_desk.actor ? m_desk.actor() : std::nullopt) {
            if (Status confirmed = OfficeSetup(m_desk.db).confirmPeople(*actor); !confirmed) {
                showMessage(confirmed.errorString());
            }
        }
        break;
    case SetupChecklist::Step::SupportCost:
        emit costRatesRequested(true);
        break;
    case SetupChecklist::Step::Import:
        m_importAction->trigger();
        break;
    }
    m_setup->refresh();
    updateStatus();
}

void MainWindow::flushSearch()
{
    // What was typed a moment ago must be what the list shows before acting
    // on its selection.
    if (m_searchDelay->isActive()) {
        applyFilter();
    }
}

qint64 MainWindow::currentCustomerId() const
{
    if (auto* card = qobject_cast<CustomerCardView*>(m_tabs->currentWidget())) {
        return card->customerId();
    }
    const QModelIndex current = m_customerView->currentIndex();
    return current.isValid() ? current.data(CustomerListModel::CustomerIdRole).toLongLong() : 0;
}

CustomerCardView* MainWindow::cardFor(qint64 customerId) const
{
    for (int tab = kFixedTabs; tab < m_tabs->count(); ++tab) {
        auto* card = qobject_cast<CustomerCardView*>(m_tabs->widget(tab));
        if (card && card->customerId() == customerId) {
            return card;
        }
    }
    return nullptr;
}

void MainWindow::openCaseFor(qint64 customerId)
{
    openCard(customerId);
    // The card's own dialog: the case then shows there with its steps.
    if (CustomerCardView* card = cardFor(customerId)) {
        card->problemPanel()->openCase();
    }
}

void MainWindow::openCard(qint64 customerId)
{
    if (customerId <= 0 || !m_desk.customers) {
        return;
    }
    if (CustomerCardView* open = cardFor(customerId)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    auto* card = new CustomerCardView(m_desk, customerId, m_tabs);
    const int tab = m_tabs->addTab(card, cardTitle(card->customerName()));
    m_tabs->setTabToolTip(tab, card->customerName());
    connect(card, &CustomerCardView::titleChanged, this, [this, card](const QString& title) {
        const int index = m_tabs->indexOf(card);
        if (index >= 0) {
            m_tabs->setTabText(index, cardTitle(title));
            m_tabs->setTabToolTip(index, title);
        }
    });
    connect(card, &CustomerCardView::message, this, &MainWindow::showMessage);
    m_tabs->setCurrentIndex(tab);
    card->setFocus();
}

bool MainWindow::closeCard(int tab)
{
    auto* card = qobject_cast<CustomerCardView*>(m_tabs->widget(tab));
    if (!card) {
        return false;
    }
    if (card->hasUnsavedNotes()) {
        m_tabs->setCurrentIndex(tab);
        const auto answer =
            QMessageBox::question(this,
                                  tr("Unsaved Notes"),
                                  tr("The notes on %1 have changed. Save them?").arg(card->customerName()),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        if (answer == QMessageBox::Save) {
            card->saveNotes();
            if (card->hasUnsavedNotes()) {
                return false; // saving failed; the card says why
            }
        }
    }
    m_tabs->removeTab(tab);
    card->deleteLater();
    return true;
}

void MainWindow::countUnlinkedCalls()
{
    auto waiting = UnlinkedCalls(m_desk.db).waitingCount();
    const int count = waiting ? waiting.value() : 0;
    // The count in the menu is how a manager sees that calls wait for a customer.
    m_unlinkedCallsAction->setText(count > 0 ? tr("&Unlinked Calls (%1)…").arg(count) : tr("&Unlinked Calls…"));
}

void MainWindow::showUnlinkedCalls()
{
    if (!m_desk.db.isValid()) {
        return;
    }
    UnlinkedCallsDialog dialog(m_desk, this);
    connect(&dialog, &UnlinkedCallsDialog::message, this, &MainWindow::showMessage);
    dialog.exec();
}

void MainWindow::tagCustomer()
{
    if (auto* card = qobject_cast<CustomerCardView*>(m_tabs->currentWidget())) {
        card->tagCustomer();
        return;
    }
    flushSearch();
    qint64 id = 0;
    QString name;
    if (m_tabs->currentWidget() == m_problemClients) {
        const QModelIndex current = m_problemClients->view()->currentIndex();
        id = current.data(ProblemClientsModel::CustomerIdRole).toLongLong();
        name = current.siblingAtColumn(ProblemClientsModel::NameColumn).data().toString();
    } else {
        const QModelIndex current = m_customerView->currentIndex();
        id = current.data(CustomerListModel::CustomerIdRole).toLongLong();
        name = current.siblingAtColumn(CustomerListModel::NameColumn).data().toString();
    }
    if (id <= 0 || !m_desk.tags) {
        showMessage(tr("Choose a customer first."));
        return;
    }
    TagPickerDialog(m_desk, id, name, TagPickerDialog::Mode::AssignNow, this).exec();
}

void MainWindow::showListMenu(const QPoint& position)
{
    const QModelIndex index = m_customerView->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_customerView->setCurrentIndex(index);
    const qint64 id = index.data(CustomerListModel::CustomerIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Open Card"), this, [this, id] { openCard(id); });
    menu.addAction(m_newContactAction);
    menu.addAction(m_tagAction);
    menu.addSeparator();
    menu.addAction(m_personDataAction);
    menu.addAction(m_eraseAction);
    menu.exec(m_customerView->viewport()->mapToGlobal(position));
}

void MainWindow::showSearchFor(const QString& text)
{
    m_tabs->setCurrentIndex(0);
    m_search->setText(text);
    applyFilter();
    m_search->setFocus();
}

void MainWindow::newCustomer()
{
    newCustomerWithPhone(QString());
}

void MainWindow::newCustomerWithPhone(const QString& phone)
{
    if (!m_desk.customers) {
        return;
    }
    CustomerEditorDialog editor(m_desk, phone, this);
    if (editor.exec() == QDialog::Accepted) {
        openCard(editor.customerId());
    }
}

void MainWindow::newContact()
{
    flushSearch();
    const qint64 id = currentCustomerId();
    if (id <= 0 || !m_desk.customers) {
        showMessage(tr("Choose a customer first."));
        return;
    }
    if (CustomerCardView* card = cardFor(id); card && m_tabs->currentWidget() == card) {
        card->newContact();
        return;
    }
    const QString name =
        m_customerView->currentIndex().siblingAtColumn(CustomerListModel::NameColumn).data().toString();
    ContactDialog(m_desk, id, name, this).exec();
}

void MainWindow::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_customerView && enter && key->modifiers() == Qt::NoModifier) {
            flushSearch();
            openCard(currentCustomerId());
            return true;
        }
        if (watched == m_search) {
            // From the search box: Enter opens the first match, the arrows move into the list.
            if (enter && key->modifiers() == Qt::NoModifier) {
                applyFilter();
                if (m_model && m_model->rowCount() > 0) {
                    const QModelIndex current = m_customerView->currentIndex();
                    openCard(current.isValid() ? current.data(CustomerListModel::CustomerIdRole).toLongLong()
                                               : m_model->customerIdAt(0));
                }
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
                applyFilter();
                m_customerView->setFocus();
                if (m_model && m_model->rowCount() > 0 && !m_customerView->currentIndex().isValid()) {
                    m_customerView->setCurrentIndex(m_model->index(0, CustomerListModel::NameColumn));
                }
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDemoDataAvailable(bool available)
{
    m_demoAction->setEnabled(available);
}

void MainWindow::setLanguageChoice(const QString& code)
{
    for (const auto& [choice, action] : m_languageActions) {
        action->setChecked(choice == code);
    }
}

QString MainWindow::cardTitle(const QString& name) const
{
    // About two dozen letters: a long company name does not crowd out the other cards.
    const QFontMetrics metrics(m_tabs->tabBar()->font());
    return metrics.elidedText(name, Qt::ElideRight, metrics.averageCharWidth() * 24);
}

QToolButton* MainWindow::createTabMenu()
{
    auto* button = new QToolButton(m_tabs);
    button->setObjectName(QStringLiteral("tabMenu"));
    button->setArrowType(Qt::DownArrow);
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Every open tab"));
    auto* menu = new QMenu(button);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (int index = 0; index < m_tabs->count(); ++index) {
            const bool card = qobject_cast<CustomerCardView*>(m_tabs->widget(index));
            if (card && index > 0 && !qobject_cast<CustomerCardView*>(m_tabs->widget(index - 1))) {
                menu->addSeparator(); // the cards after the fixed tabs
            }
            QAction* tab =
                menu->addAction(m_tabs->tabIcon(index), card ? m_tabs->tabToolTip(index) : m_tabs->tabText(index));
            tab->setCheckable(true);
            tab->setChecked(index == m_tabs->currentIndex());
            connect(tab, &QAction::triggered, this, [this, index] { m_tabs->setCurrentIndex(index); });
        }
        menu->addSeparator();
        QAction* closeAll = menu->addAction(tr("Close All Cards"), this, [this] {
            for (int index = m_tabs->count() - 1; index >= 0; --index) {
                if (qobject_cast<CustomerCardView*>(m_tabs->widget(index)) && !closeCard(index)) {
                    return; // the person kept a card with unsaved notes open
                }
            }
        });
        closeAll->setEnabled(!m_tabs->findChildren<CustomerCardView*>().isEmpty());
    });
    button->setMenu(menu);
    return button;
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(DeskSettings::value(settings, DeskSetting::WindowGeometry).toByteArray())) {
        // First start: a laptop's screen (1366 x 768 with a taskbar) is used
        // whole; a larger one gets a window that leaves room around it.
        const QRect available = screen()->availableGeometry();
        if (available.width() < 1440 || available.height() < 900) {
            setWindowState(windowState() | Qt::WindowMaximized);
            resize(available.size() * 0.9); // what the window returns to from maximized
        } else {
            resize(1280, 820);
        }
    }
    restoreState(DeskSettings::value(settings, DeskSetting::WindowState).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    DeskSettings::setValue(settings, DeskSetting::WindowGeometry, saveGeometry());
    DeskSettings::setValue(settings, DeskSetting::WindowState, saveState());
    DeskSettings::setValue(settings, DeskSetting::CustomerColumns, m_customerView->horizontalHeader()->saveState());
}

bool MainWindow::closeAllCards()
{
    while (m_tabs->count() > kFixedTabs) {
        if (!closeCard(m_tabs->count() - 1)) {
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Cards with unsaved notes ask before the window goes.
    if (!closeAllCards()) {
        event->ignore();
        return;
    }
    saveLayout();
    emit closing();
    event->accept();
}

} // namespace abonent
