#include "PortfolioView.h"

#include "AbonentDatabase.h"
#include "BackgroundRead.h"
#include "ChangeNotifier.h"
#include "Csv.h"
#include "CsvExportDialog.h"
#include "ExportFile.h"
#include "FileOutput.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "LossMakersModel.h"
#include "Money.h"
#include "PortfolioCharts.h"
#include "PortfolioScatter.h"
#include "ReferenceListModels.h"
#include "TagChips.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace abonent {

namespace {

// Colour-blind-safe and distinct in grey too (Okabe and Ito's palette).
const QColor kPlanColours[] = {QColor(0x00, 0x72, 0xb2),
                               QColor(0xe6, 0x9f, 0x00),
                               QColor(0x00, 0x9e, 0x73),
                               QColor(0xcc, 0x79, 0xa7),
                               QColor(0x56, 0xb4, 0xe9),
                               QColor(0xd5, 0x5e, 0x00),
                               QColor(0xf0, 0xe4, 0x42),
                               QColor(0x55, 0x55, 0x55)};
const QColor kQuiet(0x9e, 0x9e, 0x9e);

QDateEdit* monthField(QWidget* parent, const QString& name)
{
    auto* field = new QDateEdit(parent);
    field->setObjectName(name);
    field->setDisplayFormat(QStringLiteral("MMM yyyy"));
    field->setCalendarPopup(true);
    return field;
}

QString fileSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption); // Cyrillic titles too
    return text.replace(unsafe, QStringLiteral("-"));
}

} // namespace

PortfolioView::PortfolioView(QWidget* parent)
    : QWidget(parent)
    , m_read(new BackgroundRead(this))
    , m_from(monthField(this, QStringLiteral("portfolioFrom")))
    , m_to(monthField(this, QStringLiteral("portfolioTo")))
    , m_plan(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_charts(new QTabWidget(this))
    , m_scatter(new PortfolioScatter(this))
    , m_pareto(new ParetoChart(this))
    , m_trend(new TrendChart(this))
    , m_lossModel(new LossMakersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_tableTitle(new QLabel(this))
    , m_refreshDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("PortfolioView"));
    const EconomicsRange usual = EconomicsRange::lastTwelve(QDate::currentDate());
    m_from->setDate(usual.firstMonth);
    m_to->setDate(usual.lastMonth);
    m_plan->setObjectName(QStringLiteral("portfolioPlan"));
    m_plan->setToolTip(tr("Only customers on this plan at the end of the period"));
    m_plan->setAccessibleName(tr("Plan"));
    m_colour->setObjectName(QStringLiteral("portfolioColour"));
    m_colour->setAccessibleName(tr("Colour the customers"));
    m_colour->addItem(tr("Colour by plan"));
    m_colour->addItem(tr("Colour by problem tag"));
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this](int index) {
        setColouring(index == 0 ? Colouring::ByPlan : Colouring::ByProblemTag);
    });
    for (QDateEdit* field : {m_from, m_to}) {
        connect(field, &QDateEdit::dateChanged, this, [this] { m_refreshDelay->start(); });
    }
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PortfolioView::refresh);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(400); // typing a month, or a burst of changes: one read
    connect(m_refreshDelay, &QTimer::timeout, this, &PortfolioView::refresh);

    m_refreshButton = new QPushButton(IconLoader::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    connect(m_refreshButton, &QPushButton::clicked, this, &PortfolioView::refresh);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("portfolioExport"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setIcon(IconLoader::icon(QStringLiteral("document-save")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("This &Chart (PNG, SVG or PDF)…"), this, &PortfolioView::chooseChartFile);
    exportMenu->addAction(tr("Loss-Making Customers &Table (CSV)…"), this, &PortfolioView::chooseTableFile);
    m_exportButton->setMenu(exportMenu);

    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_plan);
    bar->addWidget(m_colour);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_exportButton);

    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_charts->setObjectName(QStringLiteral("portfolioCharts"));
    m_charts->addTab(m_scatter, tr("C&ustomers"));
    m_charts->addTab(m_pareto, tr("Co&ncentration"));
    m_charts->addTab(m_trend, tr("Tren&d"));
    connect(m_scatter, &PortfolioScatter::customerActivated, this, &PortfolioView::openCardRequested);
    connect(m_scatter, &PortfolioScatter::exportRequested, this, &PortfolioView::chooseChartFile);
    connect(m_scatter, &PortfolioScatter::viewChanged, this, &PortfolioView::updateSummary);
    m_scatter->setDescriber([this](int index) -> QString {
        const ScatterPoint& point = m_scatter->points().at(index);
        const CustomerFigures* figures = m_report.figuresOf(point.customerId);
        if (!figures) {
            return QString();
        }
        const QLocale locale;
        const auto money = [this, &locale](qint64 minor) {
            return Money {minor, m_report.portfolio.currency}.format(locale);
        };
        QString text = tr("%1 (%2), %3\nRevenue: %4\nSupport cost: %5\nMargin: %6")
                           .arg(figures->name,
                                figures->contract,
                                figures->plan,
                                money(figures->revenueMinor),
                                money(figures->costMinor),
                                money(figures->marginMinor()));
        if (const Tag* tag = m_report.worstProblemTag(point.customerId)) {
            text += QLatin1Char('\n') + tr("Problem tag: %1").arg(tag->name);
        }
        return text + QLatin1Char('\n') + tr("Click to open the card.");
    });

    m_proxy->setSourceModel(m_lossModel);
    m_proxy->setSortRole(LossMakersModel::SortRole);
    m_table->setObjectName(QStringLiteral("lossMakers"));
    m_table->setModel(m_proxy);
    setUpReviewTable(m_table);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the largest loss first
    // Beside the charts the table is narrow: the loss comes first after the
    // name, then what makes it up; the plan and the rest follow (on screen
    // only: an export keeps the model's order).
    int place = 2;
    for (int column : {LossMakersModel::MarginColumn,
                       LossMakersModel::RevenueColumn,
                       LossMakersModel::CostColumn,
                       LossMakersModel::ReceivedColumn,
                       LossMakersModel::BalanceColumn}) {
        m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(column), place++);
    }
    m_table->setItemDelegateForColumn(
        LossMakersModel::TagsColumn,
        new TagChipsDelegate(LossMakersModel::TagNamesRole, LossMakersModel::TagColoursRole, this));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = currentCustomer()) {
            emit openCardRequested(id);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortfolioView::updateButtons);
    m_tableTitle->setObjectName(QStringLiteral("lossMakersTitle"));
    m_tableTitle->setBuddy(m_table);
    m_openCardButton = new QPushButton(tr("Open C&ard"), this);
    connect(m_openCardButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCustomer()) {
            emit openCardRequested(id);
        }
    });
    m_openCaseButton = new QPushButton(tr("O&pen Case…"), this);
    m_openCaseButton->setObjectName(QStringLiteral("portfolioOpenCase"));
    m_openCaseButton->setToolTip(tr("Opens the customer's card and starts an escalation case there"));
    connect(m_openCaseButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCustomer()) {
            emit openCaseRequested(id);
        }
    });

    auto* tablePane = new QWidget(this);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addStretch(1);
    tableButtons->addWidget(m_openCardButton);
    tableButtons->addWidget(m_openCaseButton);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableTitle);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(tableButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    splitter->addWidget(m_charts);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    updateButtons();
}

PortfolioView::~PortfolioView()
{
    m_read->stop(); // before the charts it would fill go
}

void PortfolioView::setDesk(const DeskContext& desk, PlanListModel* plans)
{
    if (m_desk.notifier) {
        disconnect(m_desk.notifier, nullptr, this, nullptr);
    }
    m_read->stop(); // it reads the database being replaced
    m_readAgain = false;
    m_refreshButton->setEnabled(true);
    m_desk = desk;
    {
        const QSignalBlocker quiet(m_plan);
        m_plan->setModel(plans);
        m_plan->setCurrentIndex(0);
    }
    if (m_desk.notifier) {
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, this, &PortfolioView::markStale);
        connect(m_desk.notifier, &ChangeNotifier::customersReset, this, &PortfolioView::markStale);
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, this, &PortfolioView::markStale);
    }
    m_report = {};
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void PortfolioView::setPeriod(const QDate& firstMonth, const QDate& lastMonth)
{
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_from->setDate(firstMonth);
    m_to->setDate(lastMonth);
    refresh();
}

void PortfolioView::setColouring(Colouring colouring)
{
    m_colouring = colouring;
    const QSignalBlocker quiet(m_colour);
    m_colour->setCurrentIndex(colouring == Colouring::ByPlan ? 0 : 1);
    drawScatter();
}

bool PortfolioView::isReading() const
{
    return m_read->isRunning();
}

EconomicsRange PortfolioView::range() const
{
    EconomicsRange range;
    range.firstMonth = EconomicsService::monthStart(m_from->date());
    range.lastMonth = EconomicsService::monthStart(m_to->date());
    range.planId = m_plan->currentData(PlanListModel::IdRole).toLongLong();
    return range;
}

void PortfolioView::markStale()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshDelay->start();
    }
}

void PortfolioView::refresh()
{
    m_refreshDelay->stop();
    if (m_desk.databasePath.isEmpty()) {
        return;
    }
    const EconomicsRange wanted = range();
    if (wanted.lastMonth < wanted.firstMonth) {
        m_summary->setText(tr("The period ends before it starts: choose a later \"To\" month."));
        return;
    }
    m_stale = false;
    if (m_read->isRunning()) {
        m_readAgain = true; // the newest choice is read once this read is done
        return;
    }
    m_summary->setText(tr("Reading the figures of every customer…"));
    m_refreshButton->setEnabled(false);
    const QString path = m_desk.databasePath;
    m_read->start<Result<PortfolioReport>>(
        [path, wanted](const std::atomic<bool>& cancel) -> Result<PortfolioReport> {
            // A connection of this thread's own; it closes when the read is done.
            auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
            if (!database) {
                return database.error();
            }
            return PortfolioReport::read(database.value()->connection(), wanted, systemClock(), &cancel);
        },
        [this](Result<PortfolioReport> report) { showReport(std::move(report)); });
}

void PortfolioView::showReport(Result<PortfolioReport> report)
{
    m_refreshButton->setEnabled(true);
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
        return;
    }
    if (!report) {
        m_summary->setText(tr("Could not read the figures: %1").arg(report.errorString()));
        return;
    }
    const qint64 selected = currentCustomer();
    m_report = std::move(report).value();
    m_lossModel->setReport(m_report);
    fitColumns(m_table);
    const int row = m_lossModel->rowOf(selected);
    m_table->setCurrentIndex(row >= 0 ? m_proxy->mapFromSource(m_lossModel->index(row, LossMakersModel::NameColumn))
                                      : m_proxy->index(0, LossMakersModel::NameColumn));
    m_pareto->setCurve(m_report.pareto);
    m_trend->setMonths(m_report.portfolio.months, m_report.portfolio.currency);
    drawScatter();
    updateSummary();
    updateButtons();
}

void PortfolioView::drawScatter()
{
    QVector<PortfolioScatter::Group> groups;
    QVector<ScatterPoint> points = scatterPoints(m_report, m_colouring, &groups);
    m_scatter->setPoints(std::move(points), groups, m_report.portfolio.currency);
}

QVector<ScatterPoint> PortfolioView::scatterPoints(const PortfolioReport& report,
                                                   Colouring colouring,
                                                   QVector<PortfolioScatter::Group>* shown)
{
    const Portfolio& portfolio = report.portfolio;
    QVector<PortfolioScatter::Group> groups;
    QHash<qint64, int> groupOf; // plan or tag id → group
    if (colouring == Colouring::ByProblemTag) {
        groups.append({tr("No problem tag"), kQuiet});
        for (const Tag& tag : report.catalogue) {
            if (tag.marksProblem) {
                groupOf.insert(tag.id, static_cast<int>(groups.size()));
                groups.append({tag.name, QColor(tag.colour)});
            }
        }
    } else {
        QMap<QString, qint64> plans; // by name
        for (const CustomerFigures& customer : portfolio.customers) {
            plans.insert(customer.plan, customer.planId);
        }
        for (auto plan = plans.cbegin(); plan != plans.cend(); ++plan) {
            groupOf.insert(plan.value(), static_cast<int>(groups.size()));
            const QColor colour = kPlanColours[groups.size() % std::size(kPlanColours)];
            groups.append({plan.key().isEmpty() ? tr("No plan") : plan.key(), colour});
        }
    }
    QVector<ScatterPoint> points;
    points.reserve(portfolio.customers.size());
    const qint64 perMajor = Money::minorPerMajor(portfolio.currency);
    for (const CustomerFigures& customer : portfolio.customers) {
        const int months = std::max(1, customer.months);
        ScatterPoint point;
        point.customerId = customer.customerId;
        point.x = double(customer.revenueMinor) / months / perMajor;
        point.y = double(customer.costMinor) / months / perMajor;
        if (colouring == Colouring::ByProblemTag) {
            const Tag* tag = report.worstProblemTag(customer.customerId);
            point.group = tag ? groupOf.value(tag->id) : 0;
        } else {
            point.group = groupOf.value(customer.planId);
        }
        points.append(point);
    }
    if (colouring == Colouring::ByProblemTag) {
        // Sampling keeps the first point of a cell: tagged customers win over the untagged crowd.
        std::stable_sort(points.begin(), points.end(), [](const ScatterPoint& a, const ScatterPoint& b) {
            return (a.group > 0) > (b.group > 0);
        });
    }
    // Groups without customers stay out of the legend.
    QVector<int> used(groups.size(), 0);
    for (const ScatterPoint& point : std::as_const(points)) {
        ++used[point.group];
    }
    QVector<int> renumber(groups.size(), -1);
    shown->clear();
    for (int group = 0; group < groups.size(); ++group) {
        if (used.at(group) > 0) {
            renumber[group] = static_cast<int>(shown->size());
            shown->append(groups.at(group));
        }
    }
    for (ScatterPoint& point : points) {
        point.group = renumber.at(point.group);
    }
    return points;
}

void PortfolioView::updateSummary()
{
    const Portfolio& portfolio = m_report.portfolio;
    const QLocale locale;
    const auto money = [&](qint64 minor) { return Money {minor, portfolio.currency}.format(locale); };
    const qint64 revenue = portfolio.revenueMinor();
    const qint64 cost = portfolio.costMinor();
    const QString share =
        revenue > 0 ? locale.toString(100.0 * double(cost) / double(revenue), 'f', 1) + locale.percent() : QString();
    QString text = tr("%1 – %2, %Ln customer(s): revenue %3, support cost %4", nullptr, portfolio.customers.size())
                       .arg(ChartSupport::monthTitle(portfolio.firstMonth),
                            ChartSupport::monthTitle(portfolio.lastMonth),
                            money(revenue),
                            money(cost));
    if (!share.isEmpty()) {
        text += QLatin1Char(' ') + tr("(%1 of revenue)").arg(share);
    }
    text += QLatin1String(". ") + tr("%n cost more to support than they paid.", nullptr, m_lossModel->rowCount());
    // A new office has support time but no rates yet: zero is not a finding.
    const bool supported = std::any_of(portfolio.customers.cbegin(),
                                       portfolio.customers.cend(),
                                       [](const CustomerFigures& customer) { return customer.handlingSeconds > 0; });
    if (cost == 0 && supported) {
        text += QLatin1Char(' ')
            + tr("Support costs nothing here because no hourly cost is set for the office or its people: set "
                 "it in Settings ▸ Support Cost Rates….");
    }
    text += QLatin1Char(' ') + m_pareto->sentence();
    if (!m_scatter->usesOpenGL() && m_scatter->drawn().size() < m_scatter->points().size()) {
        text += QLatin1Char(' ')
            + tr("The chart draws one point for customers too close to tell apart; zoom in to see each of them.");
    }
    if (const int hidden = m_scatter->farOutLossesHidden()) {
        text += QLatin1Char(' ')
            + tr("%n customer(s) refunded or compensated beyond their fees by more than %1 a month would "
                 "squeeze the chart and are left out of it; press 0 on the chart to show them.",
                 nullptr,
                 hidden)
                  .arg(
                      Money {qint64(std::llround(-m_scatter->range().fence * Money::minorPerMajor(portfolio.currency))),
                             portfolio.currency}
                          .format(locale));
    }
    m_summary->setText(text);
    m_tableTitle->setText(tr("&Loss-making customers: %1").arg(locale.toString(m_lossModel->rowCount())));
}

qint64 PortfolioView::currentCustomer() const
{
    return m_table->currentIndex().data(LossMakersModel::CustomerIdRole).toLongLong();
}

void PortfolioView::updateButtons()
{
    const qint64 id = currentCustomer();
    m_openCardButton->setEnabled(id != 0);
    enableForWriting(m_openCaseButton, m_desk, id != 0 && !m_report.openCases.contains(id));
}

const ExportableChart* PortfolioView::currentChart() const
{
    QWidget* shown = m_charts->currentWidget();
    if (shown == m_scatter) {
        return m_scatter;
    }
    if (shown == m_pareto) {
        return m_pareto;
    }
    return m_trend;
}

QString PortfolioView::exportChart(const QString& path) const
{
    return ChartSupport::save(*currentChart(), path);
}

QString PortfolioView::exportTable(const QString& path, QChar separator, bool byteOrderMark) const
{
    // Amounts with a decimal comma where fields are split on semicolons.
    m_lossModel->setExportDecimalMark(separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.'));
    const Status written = FileOutput::write(
        path, Csv::fromModel(*m_proxy, LossMakersModel::ExportRole, CsvFormat {separator, byteOrderMark, true}));
    return written ? QString() : written.errorString();
}

void PortfolioView::chooseChartFile()
{
    const QString saved = ExportFile::save(this,
                                           tr("Export Chart"),
                                           fileSafe(currentChart()->chartTitle()) + QStringLiteral(".png"),
                                           tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                           [this](const QString& path) { return exportChart(path); });
    if (!saved.isEmpty()) {
        emit message(tr("Saved %1").arg(QDir::toNativeSeparators(saved)));
    }
}

void PortfolioView::chooseTableFile()
{
    CsvExportDialog dialog(
        tr("loss-making-customers.csv"),
        [this](const QString& path, QChar separator, bool byteOrderMark) {
            return exportTable(path, separator, byteOrderMark);
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.path())));
    }
}

void PortfolioView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void PortfolioView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_report.portfolio.months.isEmpty()) {
        // Light or dark: the charts are drawn again in the new palette.
        m_pareto->setCurve(m_report.pareto);
        m_trend->setMonths(m_report.portfolio.months, m_report.portfolio.currency);
        drawScatter();
    }
}

bool PortfolioView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        if (press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) {
            if (const qint64 id = currentCustomer()) {
                emit openCardRequested(id);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace abonent
