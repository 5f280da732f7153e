#include "MainWindow.h"

#include "CustomerListModel.h"
#include "IconLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace abonent {

namespace {

const QLatin1String kGeometryKey("mainWindow/geometry");
const QLatin1String kStateKey("mainWindow/state");
const QLatin1String kHeaderKey("mainWindow/customerColumns");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_customerView(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Abonent"));
    setWindowIcon(IconLoader::appIcon());
    setObjectName(QStringLiteral("MainWindow"));

    m_customerView->setObjectName(QStringLiteral("customerView"));
    m_customerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customerView->setAlternatingRowColors(true);
    m_customerView->setWordWrap(false);
    m_customerView->verticalHeader()->hide();
    // One line of text a row: the list is for scanning many customers at once.
    m_customerView->verticalHeader()->setDefaultSectionSize(m_customerView->fontMetrics().height() + 8);
    m_customerView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_customerView);

    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(IconLoader::icon(QStringLiteral("document-open")), tr("&Open Database…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDatabaseRequested);
    QAction* create = file->addAction(IconLoader::icon(QStringLiteral("document-new")), tr("&New Database…"));
    connect(create, &QAction::triggered, this, &MainWindow::newDatabaseRequested);
    m_demoAction = file->addAction(tr("Fill with &Demo Data…"));
    m_demoAction->setStatusTip(tr("Generate demo customers, contacts and payments in this empty database."));
    m_demoAction->setEnabled(false);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoDataRequested);
    file->addSeparator();
    QAction* quit = file->addAction(IconLoader::icon(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
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

void MainWindow::setCustomerModel(CustomerListModel* model, const QString& databasePath)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    m_customerView->setModel(model);
    if (!m_customerView->horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray())) {
        // First start: fit the columns to what the first page holds.
        m_customerView->resizeColumnsToContents();
    }
    m_databaseLabel->setText(QDir::toNativeSeparators(databasePath));
    m_databaseLabel->setToolTip(tr("The database this window shows"));
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(model, &CustomerListModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not read customers: %1").arg(message));
    });
    updateStatus();
    if (model->rowCount() > 0) {
        m_customerView->selectRow(0);
    }
    m_customerView->setFocus();
}

void MainWindow::updateStatus()
{
    const qint64 total = m_model ? m_model->totalCount() : 0;
    m_countLabel->setText(tr("%n customer(s)", nullptr, static_cast<int>(total)));
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

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 700);
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kHeaderKey, m_customerView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace abonent
