#include "AbonentDatabase.h"
#include "CostRates.h"
#include "CustomerCardView.h"
#include "CustomerEconomicsChart.h"
#include "DatabaseCopies.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "LossMakersModel.h"
#include "MainWindow.h"
#include "Money.h"
#include "PortfolioCharts.h"
#include "PortfolioScatter.h"
#include "PortfolioTestSupport.h"
#include "PortfolioView.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

using namespace abonent;

namespace {

// The labels a value axis with dynamic ticks shows, as Qt Charts makes them.
QStringList tickLabels(const QValueAxis* axis)
{
    static const QRegularExpression precision(QStringLiteral("%\\.(\\d+)f"));
    const QRegularExpressionMatch format = precision.match(axis->labelFormat());
    const int decimals = format.hasMatch() ? format.captured(1).toInt() : 6;
    QStringList labels;
    const double step = axis->tickInterval();
    for (double at = axis->tickAnchor() + std::ceil((axis->min() - axis->tickAnchor()) / step - 1e-9) * step;
         at <= axis->max() + step * 1e-9;
         at += step) {
        labels << QLocale().toString(at, 'f', decimals);
    }
    return labels;
}

// Ticks at 1, 2, 2.5 or 5 times a power of ten from zero, each label once.
void verifyRoundTicks(const QValueAxis* axis)
{
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickAnchor(), 0.0);
    const double step = axis->tickInterval();
    const double factor = step / std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(qFuzzyCompare(factor, 1) || qFuzzyCompare(factor, 2) || qFuzzyCompare(factor, 2.5)
                 || qFuzzyCompare(factor, 5),
             qPrintable(QString::number(step)));
    const QStringList labels = tickLabels(axis);
    QVERIFY2(labels.size() >= 2 && labels.size() <= 12, qPrintable(labels.join(QLatin1String(" | "))));
    QVERIFY2(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size(),
             qPrintable(labels.join(QLatin1String(" | "))));
}

QValueAxis* scatterAxis(PortfolioScatter* scatter, Qt::Orientation orientation)
{
    return qobject_cast<QValueAxis*>(scatter->chart()->axes(orientation).first());
}

} // namespace

// The portfolio page as a manager uses it: it opens on the demo base, its
// numbers are the report command's, a click on a point opens that
// customer's card, a dragged rectangle zooms, and everything exports.
class TestPortfolioUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void numbersAgreeWithTheReportCommand();
    void axesNameTheCurrencyAsTheTableWritesIt();
    void clickingAPointOpensThatCustomersCard();
    void rubberBandZoomsAndResamples();
    void planFilterAndColouring();
    void chartsExportAndReadBack();
    void tableExportsAsCsv();
    void aFailedTableExportKeepsTheDialog();
    void aFailedChartExportOffersTheChoiceAgain();
    void openCaseFromTheTable();
    void twoYearsShowEveryMonth();
    void anEmptyPeriodReadsRoundTicks();
    void aFarOutLossStaysOffTheChartUntilAsked();
    void backFromADeepZoomTheTicksStayFew();
    void withoutRatesTheSummarySaysWhy();

private:
    void waitForFigures();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<GuiApplication> m_gui;
    PortfolioView* m_page = nullptr;
};

void TestPortfolioUi::initTestCase()
{
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    // Files are offered here, not in the documents folder of whoever runs the tests.
    DeskSettings::setValue(DeskSetting::ExportFolder, m_dir.path());
    m_path = test::location(m_dir.filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY(test::writeManagerDemo(m_path, 400));
}

void TestPortfolioUi::init()
{
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    MainWindow* window = m_gui->mainWindow();
    window->resize(1280, 800);
    QVERIFY(test::waitUntilActive(window));
    // Ctrl+Shift+E, as the menu says.
    m_page = test::openEconomics(window);
    QVERIFY(m_page);
}

void TestPortfolioUi::cleanup()
{
    m_page = nullptr;
    m_gui.reset();
}

void TestPortfolioUi::waitForFigures()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading() && !m_page->report().portfolio.customers.isEmpty(), 20000);
    QApplication::processEvents();
}

void TestPortfolioUi::numbersAgreeWithTheReportCommand()
{
    const Portfolio& shown = m_page->report().portfolio;
    QVERIFY(shown.customers.size() > 350);
    // The page's period is the last twelve months, as the command's is by default.
    QProcess report;
    report.start(QStringLiteral(ABONENT_EXECUTABLE),
                 {QStringLiteral("report"),
                  QStringLiteral("economics"),
                  QStringLiteral("--db"),
                  m_path,
                  QStringLiteral("--from"),
                  shown.firstMonth.toString(QStringLiteral("yyyy-MM")),
                  QStringLiteral("--to"),
                  shown.lastMonth.toString(QStringLiteral("yyyy-MM"))});
    QVERIFY(report.waitForFinished(30000));
    QCOMPARE(report.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(report.readAllStandardOutput()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("contract,name,plan,revenue_minor,cost_minor,margin_minor,currency,minutes,contacts,"
                            "received_minor,balance_minor"));
    QHash<QString, QStringList> byContract;
    for (const QString& line : lines.mid(1)) {
        // Names with commas are quoted; the figures are the last eight fields.
        const QStringList fields = line.split(QLatin1Char(','));
        byContract.insert(fields.first(), fields.mid(fields.size() - 8));
    }
    QCOMPARE(byContract.size(), shown.customers.size());
    // Every loss-making row of the table, as the command prints it.
    LossMakersModel* table = m_page->lossModel();
    QVERIFY(table->rowCount() > 3);
    int losing = 0;
    for (const QStringList& figures : std::as_const(byContract)) {
        losing += figures.at(2).toLongLong() < 0 ? 1 : 0;
    }
    QCOMPARE(table->rowCount(), losing);
    for (int row = 0; row < table->rowCount(); ++row) {
        const CustomerFigures& customer = table->figuresAt(row);
        const QStringList figures = byContract.value(customer.contract);
        QCOMPARE(figures.size(), 8);
        QCOMPARE(customer.revenueMinor, figures.at(0).toLongLong());
        QCOMPARE(customer.costMinor, figures.at(1).toLongLong());
        QCOMPARE(customer.marginMinor(), figures.at(2).toLongLong());
        QCOMPARE(table->index(row, LossMakersModel::MinutesColumn).data(LossMakersModel::ExportRole).toString(),
                 figures.at(4));
        QCOMPARE(table->index(row, LossMakersModel::ContactsColumn).data(LossMakersModel::ExportRole).toString(),
                 figures.at(5));
    }
    // The summary line and the trend total the same figures.
    qint64 revenue = 0;
    for (const QStringList& figures : std::as_const(byContract)) {
        revenue += figures.at(0).toLongLong();
    }
    qint64 trendRevenue = 0;
    for (const PortfolioMonth& month : m_page->trend()->months()) {
        trendRevenue += month.revenueMinor;
    }
    QCOMPARE(trendRevenue, revenue);
    QVERIFY2(m_page->summary()->text().contains(Money {revenue, shown.currency}.format()),
             qPrintable(m_page->summary()->text()));
    QVERIFY(m_page->summary()->text().contains(
        QStringLiteral("%1 customers cost more to support than they paid").arg(losing)));
    QVERIFY(m_page->summary()->text().contains(m_page->pareto()->sentence()));
}

void TestPortfolioUi::axesNameTheCurrencyAsTheTableWritesIt()
{
    // The symbol a cell writes its amount with ("$1,234.50" gives "$"), not the code ("USD").
    LossMakersModel* table = m_page->lossModel();
    QVERIFY(table->rowCount() > 0);
    const QString cell = table->index(0, LossMakersModel::RevenueColumn).data().toString();
    QString symbol = cell;
    symbol.remove(QRegularExpression(QStringLiteral("[\\d.,()\\-\\s\\x{00a0}\\x{202f}]")));
    QVERIFY2(!symbol.isEmpty() && symbol != m_page->report().portfolio.currency, qPrintable(cell));

    QAbstractAxis* money = nullptr;
    for (QAbstractAxis* axis : m_page->trend()->chart()->axes(Qt::Vertical)) {
        if (axis->alignment() == Qt::AlignLeft) {
            money = axis;
        }
    }
    QVERIFY(money);
    QCOMPARE(money->titleText(), symbol);
    QCOMPARE(m_page->scatter()->chart()->axes(Qt::Horizontal).first()->titleText(),
             QStringLiteral("Revenue a month, %1").arg(symbol));
    QCOMPARE(m_page->scatter()->chart()->axes(Qt::Vertical).first()->titleText(),
             QStringLiteral("Support cost a month, %1").arg(symbol));
}

void TestPortfolioUi::clickingAPointOpensThatCustomersCard()
{
    PortfolioScatter* scatter = m_page->scatter();
    QVERIFY(!scatter->usesOpenGL()); // offscreen: sampled, never OpenGL
    QVERIFY(!scatter->drawn().isEmpty());
    QCOMPARE(scatter->points().size(), m_page->report().portfolio.customers.size());
    // The costliest customer is alone up there, so surely drawn.
    int costliest = scatter->drawn().first();
    for (int index : scatter->drawn()) {
        if (scatter->points().at(index).y > scatter->points().at(costliest).y) {
            costliest = index;
        }
    }
    const qint64 customer = scatter->points().at(costliest).customerId;
    const QPoint at = scatter->positionOf(costliest);
    QVERIFY(scatter->viewport()->rect().contains(at));
    QCOMPARE(scatter->pointAt(at), costliest);
    QTest::mouseClick(scatter->viewport(), Qt::LeftButton, {}, at);
    auto* card = qobject_cast<CustomerCardView*>(m_gui->mainWindow()->tabs()->currentWidget());
    QVERIFY(card);
    QCOMPARE(card->customerId(), customer);
    // The card's own chart adds up to the point's figures.
    const CustomerFigures* figures = m_page->report().figuresOf(customer);
    QVERIFY(figures);
    QCOMPARE(figures->customerId, customer);
    auto* chart = card->findChild<CustomerEconomicsChart*>();
    QVERIFY(chart);
    qint64 revenue = 0;
    qint64 cost = 0;
    int months = 0;
    for (const MonthFigures& month : chart->months()) {
        revenue += month.revenueMinor();
        cost += month.costMinor;
    }
    months = figures->months;
    QCOMPARE(revenue, figures->revenueMinor);
    QCOMPARE(cost, figures->costMinor);
    QCOMPARE(scatter->points().at(costliest).y,
             double(figures->costMinor) / months / Money::minorPerMajor(m_page->report().portfolio.currency));
    // A click on empty space opens nothing.
    m_gui->mainWindow()->tabs()->setCurrentWidget(m_page);
    const int tabs = m_gui->mainWindow()->tabs()->count();
    const QRectF plot = scatter->chart()->plotArea();
    const QPoint empty = scatter->mapFromScene(QPointF(plot.left() + 3, plot.top() + 3));
    QCOMPARE(scatter->pointAt(empty), -1);
    QTest::mouseClick(scatter->viewport(), Qt::LeftButton, {}, empty);
    QCOMPARE(m_gui->mainWindow()->tabs()->count(), tabs);
    QCOMPARE(m_gui->mainWindow()->tabs()->currentWidget(), m_page);
}

void TestPortfolioUi::rubberBandZoomsAndResamples()
{
    PortfolioScatter* scatter = m_page->scatter();
    auto* axisX = qobject_cast<QValueAxis*>(scatter->chart()->axes(Qt::Horizontal).first());
    auto* axisY = qobject_cast<QValueAxis*>(scatter->chart()->axes(Qt::Vertical).first());
    const double widthBefore = axisX->max() - axisX->min();
    const int drawnBefore = static_cast<int>(scatter->drawn().size());
    const QVector<int> wholeView = scatter->drawn();
    // Drag over the lower left quarter of the plot, where most customers are.
    const QRectF plot = scatter->chart()->plotArea();
    const QPoint from = scatter->mapFromScene(QPointF(plot.left() + 2, plot.center().y()));
    const QPoint to = scatter->mapFromScene(QPointF(plot.center().x(), plot.bottom() - 2));
    QTest::mousePress(scatter->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(to),
                     scatter->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton,
                     Qt::LeftButton,
                     {});
    QApplication::sendEvent(scatter->viewport(), &move);
    QTest::mouseRelease(scatter->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(axisX->max() - axisX->min() < widthBefore * 0.6);
    QApplication::processEvents();
    // Sampled again for the area shown: only points inside it, and more detail.
    for (int index : scatter->drawn()) {
        const ScatterPoint& point = scatter->points().at(index);
        QVERIFY(point.x >= axisX->min() && point.x <= axisX->max());
        QVERIFY(point.y >= axisY->min() && point.y <= axisY->max());
    }
    // More detail: more points drawn in that area than when it was a corner of the whole view.
    const QRectF area(axisX->min(), axisY->min(), axisX->max() - axisX->min(), axisY->max() - axisY->min());
    const auto inArea = [&](const QVector<int>& drawn) {
        return std::count_if(drawn.cbegin(), drawn.cend(), [&](int index) {
            const ScatterPoint& point = scatter->points().at(index);
            return area.contains(point.x, point.y);
        });
    };
    QVERIFY2(inArea(scatter->drawn()) > inArea(wholeView),
             qPrintable(QStringLiteral("%1 against %2").arg(inArea(scatter->drawn())).arg(inArea(wholeView))));
    // The zoom's ends are where the mouse was; the ticks between them stay round.
    verifyRoundTicks(axisX);
    verifyRoundTicks(axisY);
    // Home goes back to the start.
    scatter->setFocus();
    QTest::keyClick(scatter, Qt::Key_Home);
    QTRY_COMPARE(axisX->max() - axisX->min(), widthBefore);
    QTRY_COMPARE(scatter->drawn().size(), drawnBefore);
    verifyRoundTicks(axisX);
    verifyRoundTicks(axisY);
}

void TestPortfolioUi::planFilterAndColouring()
{
    // By problem tag: a series per problem tag in use, after the untagged.
    m_page->setColouring(PortfolioView::Colouring::ByProblemTag);
    PortfolioScatter* scatter = m_page->scatter();
    QStringList names;
    for (QAbstractSeries* series : scatter->chart()->series()) {
        names << series->name();
    }
    QVERIFY2(names.contains(QStringLiteral("No problem tag")), qPrintable(names.join(QLatin1String(", "))));
    for (int index = 0; index < scatter->points().size(); ++index) {
        const ScatterPoint& point = scatter->points().at(index);
        const Tag* tag = m_page->report().worstProblemTag(point.customerId);
        // Series 0 is the break-even line.
        QCOMPARE(scatter->chart()->series().at(point.group + 1)->name(),
                 tag ? tag->name : QStringLiteral("No problem tag"));
    }
    // One plan: every customer of the page is on it.
    QComboBox* plan = m_page->planFilter();
    QVERIFY(plan->count() > 2);
    plan->setCurrentIndex(2);
    const QString chosen = plan->currentText();
    waitForFigures();
    QTRY_VERIFY(!m_page->isReading());
    QVERIFY(!m_page->report().portfolio.customers.isEmpty());
    for (const CustomerFigures& customer : m_page->report().portfolio.customers) {
        QCOMPARE(customer.plan, chosen);
    }
    for (int row = 0; row < m_page->lossModel()->rowCount(); ++row) {
        QCOMPARE(m_page->lossModel()->figuresAt(row).plan, chosen);
    }
}

void TestPortfolioUi::chartsExportAndReadBack()
{
    for (int tab = 0; tab < 3; ++tab) {
        m_page->charts()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QSize shown = m_page->charts()->currentWidget()->size();
        const QString base = m_dir.filePath(QStringLiteral("chart%1").arg(tab));
        QCOMPARE(m_page->exportChart(base + QStringLiteral(".png")), QString());
        const QImage image(base + QStringLiteral(".png"));
        QCOMPARE(image.size(), shown.expandedTo(QSize(640, 400)) * 2);
        // Dark on white, with something drawn.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 10);

        QCOMPARE(m_page->exportChart(base + QStringLiteral(".svg")), QString());
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("</svg>"));

        QCOMPARE(m_page->exportChart(base + QStringLiteral(".pdf")), QString());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {base + QStringLiteral(".pdf")});
        QVERIFY2(info.waitForFinished(10000), "pdfinfo (poppler-utils) is needed");
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(text));
        QProcess words;
        words.start(QStringLiteral("pdftotext"), {base + QStringLiteral(".pdf"), QStringLiteral("-")});
        QVERIFY(words.waitForFinished(10000));
        const QString printed = QString::fromUtf8(words.readAllStandardOutput());
        const auto* exportable = dynamic_cast<ExportableChart*>(m_page->charts()->currentWidget());
        QVERIFY(exportable);
        QVERIFY2(printed.contains(exportable->chartTitle()), qPrintable(printed));
    }
    QVERIFY(!m_page->exportChart(m_dir.filePath(QStringLiteral("chart.bmp"))).isEmpty());
}

void TestPortfolioUi::tableExportsAsCsv()
{
    QTableView* table = m_page->lossMakers();
    // As shown: sorted by minutes, the most first.
    table->sortByColumn(LossMakersModel::MinutesColumn, Qt::DescendingOrder);
    const QString path = m_dir.filePath(QStringLiteral("losses.csv"));
    bool saved = false;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    test::whenActive(&context, test::modalNamed(QStringLiteral("CsvExportDialog")), [&saved, path](QWidget* dialog) {
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("csvPath"));
        field->selectAll();
        field->setText(path);
        dialog->findChild<QComboBox*>(QStringLiteral("csvSeparator"))->setCurrentIndex(1); // semicolons
        dialog->findChild<QCheckBox*>(QStringLiteral("csvBom"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        saved = true;
    });
    auto* exportButton = m_page->findChild<QToolButton*>(QStringLiteral("portfolioExport"));
    QVERIFY(exportButton && exportButton->menu());
    exportButton->menu()->actions().at(1)->trigger();
    QVERIFY(saved);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_page->lossModel()->rowCount() + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Contract;Customer;Plan;Charged (")));
    QCOMPARE(lines.first().count(QLatin1Char(';')), LossMakersModel::ColumnCount - 1);
    // In the table's order: minutes falling.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(';'));
        QVERIFY(fields.size() >= LossMakersModel::ColumnCount);
        const qint64 minutes = fields.at(fields.size() - 4).toLongLong();
        QVERIFY(minutes <= previous);
        previous = minutes;
        QVERIFY2(fields.at(fields.size() - 5).contains(QLatin1Char(',')), qPrintable(line)); // a decimal comma
    }
}

void TestPortfolioUi::aFailedTableExportKeepsTheDialog()
{
    // The file cannot be written (its folder is gone): the dialog stays,
    // with a message that nothing was saved, and takes another place.
    const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/losses.csv"));
    const QString good = m_dir.filePath(QStringLiteral("losses-second-try.csv"));
    QString warning;
    bool openUnderTheWarning = false;
    bool openAfterTheWarning = false;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    test::whenActive(&context, test::modalNamed(QStringLiteral("CsvExportDialog")), [&](QWidget* dialog) {
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("csvPath"));
        QAbstractButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        test::whenActive(
            &context, test::modalOf<QMessageBox>(), [&, dialog = QPointer<QWidget>(dialog)](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                warning = box->text() + QLatin1Char('\n') + box->informativeText();
                openUnderTheWarning = dialog && dialog->isVisible();
                box->accept();
            });
        field->setText(unwritable);
        save->click();
        openAfterTheWarning = dialog->isVisible();
        if (openAfterTheWarning) {
            field->setText(good);
            save->click();
        }
    });
    auto* exportButton = m_page->findChild<QToolButton*>(QStringLiteral("portfolioExport"));
    QVERIFY(exportButton && exportButton->menu());
    exportButton->menu()->actions().at(1)->trigger();
    QVERIFY(openUnderTheWarning);
    QVERIFY(openAfterTheWarning);
    QVERIFY2(warning.contains(QDir::toNativeSeparators(unwritable)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Nothing was saved")), qPrintable(warning));
    QVERIFY(!QFileInfo::exists(QFileInfo(unwritable).absolutePath()));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Contract"));
}

void TestPortfolioUi::aFailedChartExportOffersTheChoiceAgain()
{
    // The picture cannot be written: said so, and the file dialog comes back.
    const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
    const QString good = m_dir.filePath(QStringLiteral("chart-second-try.png"));
    int offered = 0;
    QString warning;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    std::function<void(QWidget*)> choose = [&](QWidget* modal) {
        auto* files = qobject_cast<QFileDialog*>(modal);
        ++offered;
        files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(offered == 1 ? unwritable : good);
        if (offered == 1) {
            test::whenActive(&context, test::modalOf<QMessageBox>(), [&](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                warning = box->text() + QLatin1Char('\n') + box->informativeText();
                test::whenActive(&context, test::modalOf<QFileDialog>(), choose);
                box->accept();
            });
        }
        static_cast<QDialog*>(files)->accept(); // as the Save button does
    };
    test::whenActive(&context, test::modalOf<QFileDialog>(), choose);
    auto* exportButton = m_page->findChild<QToolButton*>(QStringLiteral("portfolioExport"));
    QVERIFY(exportButton && exportButton->menu());
    exportButton->menu()->actions().at(0)->trigger();
    QCOMPARE(offered, 2);
    QVERIFY2(warning.contains(QDir::toNativeSeparators(unwritable)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Nothing was saved")), qPrintable(warning));
    QVERIFY(!QFileInfo::exists(QFileInfo(unwritable).absolutePath()));
    QVERIFY(!QImage(good).isNull());
}

void TestPortfolioUi::openCaseFromTheTable()
{
    QTableView* table = m_page->lossMakers();
    LossMakersModel* model = m_page->lossModel();
    int row = -1;
    for (int candidate = 0; candidate < model->rowCount() && row < 0; ++candidate) {
        if (!m_page->report().openCases.contains(model->figuresAt(candidate).customerId)) {
            row = candidate;
        }
    }
    QVERIFY(row >= 0);
    const qint64 customer = model->figuresAt(row).customerId;
    const auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    table->setCurrentIndex(proxy->mapFromSource(model->index(row, LossMakersModel::NameColumn)));
    auto* openCase = m_page->findChild<QPushButton*>(QStringLiteral("portfolioOpenCase"));
    QVERIFY(openCase->isEnabled());
    bool opened = false;
    QObject context; // dies with this function: a dialog that never opened cannot run this later
    test::whenActive(&context, test::modalNamed(QStringLiteral("ReasonDialog")), [&opened](QWidget* dialog) {
        auto* reason = dialog->findChild<QPlainTextEdit*>();
        QVERIFY(reason);
        QTest::keyClicks(reason, QStringLiteral("Support cost three times the fee for a year"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        opened = !dialog->isVisible();
    });
    QTest::mouseClick(openCase, Qt::LeftButton);
    QVERIFY(opened);
    auto* card = qobject_cast<CustomerCardView*>(m_gui->mainWindow()->tabs()->currentWidget());
    QVERIFY(card);
    QCOMPARE(card->customerId(), customer);
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    QCOMPARE(sql::scalar(database.value()->connection(),
                         QStringLiteral("SELECT reason FROM cases WHERE customer_id = ? AND closed_at IS NULL"),
                         {customer})
                 .value()
                 .toString(),
             QStringLiteral("Support cost three times the fee for a year"));
}

void TestPortfolioUi::twoYearsShowEveryMonth()
{
    const QDate last = m_page->report().portfolio.lastMonth;
    m_page->setPeriod(last.addMonths(-23), last);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading() && m_page->report().portfolio.months.size() == 24, 20000);
    QApplication::processEvents();
    // A month's name comes twice; the axis would drop the repeat without the year.
    auto* axis = qobject_cast<QBarCategoryAxis*>(m_page->trend()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), 24);
    QCOMPARE(m_page->trend()->months().size(), 24);
}

void TestPortfolioUi::anEmptyPeriodReadsRoundTicks()
{
    m_page->setPeriod(QDate(1995, 1, 1), QDate(1995, 12, 1)); // before any customer
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading() && m_page->report().portfolio.firstMonth == QDate(1995, 1, 1), 20000);
    QApplication::processEvents();
    QVERIFY(m_page->report().portfolio.customers.isEmpty());
    QVERIFY(m_page->scatter()->points().isEmpty());
    // Not "0, 1, 1, 2": every label once.
    verifyRoundTicks(scatterAxis(m_page->scatter(), Qt::Horizontal));
    verifyRoundTicks(scatterAxis(m_page->scatter(), Qt::Vertical));
}

void TestPortfolioUi::aFarOutLossStaysOffTheChartUntilAsked()
{
    // One customer compensated this month far beyond anything they paid.
    const CustomerFigures first = m_page->report().portfolio.customers.first();
    // The other tests see the demo as it was.
    const auto removeCompensation = qScopeGuard([&] {
        auto database = test::openDatabase(m_path);
        QSqlQuery remove(database->connection());
        remove.prepare(QStringLiteral("DELETE FROM payments WHERE customer_id = ? AND kind = 'compensation'"
                                      " AND amount_minor = ?"));
        remove.addBindValue(first.customerId);
        remove.addBindValue(qint64(50'000'00));
        if (!remove.exec()) {
            qWarning("The test's compensation stays: %s", qPrintable(remove.lastError().text()));
        }
    });
    {
        auto database = test::openDatabase(m_path);
        QVERIFY(database);
        QSqlQuery insert(database->connection());
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency)"
                                          " VALUES (?, ?, 'compensation', ?, ?)")));
        insert.addBindValue(first.customerId);
        insert.addBindValue(QDate::currentDate().toString(Qt::ISODate));
        insert.addBindValue(qint64(50'000'00));
        insert.addBindValue(m_page->report().portfolio.currency);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QTest::keyClick(m_gui->mainWindow(), Qt::Key_R, Qt::AltModifier); // &Refresh
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading() && m_page->report().figuresOf(first.customerId)
                                 && m_page->report().figuresOf(first.customerId)->revenueMinor < 0,
                             20000);
    QApplication::processEvents();
    PortfolioScatter* scatter = m_page->scatter();
    QValueAxis* axisX = scatterAxis(scatter, Qt::Horizontal);
    int index = -1;
    for (int i = 0; i < scatter->points().size(); ++i) {
        index = scatter->points().at(i).customerId == first.customerId ? i : index;
    }
    QVERIFY(index >= 0);
    const double revenue = scatter->points().at(index).x;
    QVERIFY(revenue < -1000);
    // The usual view leaves that one out: the others keep the width of the chart, and the page says so.
    QCOMPARE(scatter->range().outside, 1);
    QCOMPARE(scatter->farOutLossesHidden(), 1);
    QVERIFY(axisX->min() > revenue);
    QVERIFY2(axisX->min() > -0.3 * axisX->max(), qPrintable(QString::number(axisX->min())));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("portfolioSummary"));
    QVERIFY(summary);
    QVERIFY2(
        summary->text().contains(QLatin1String("1 customer refunded or compensated beyond their fees by more than $")),
        qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("press 0")));
    verifyRoundTicks(axisX);
    // 0 shows every customer, that one too; Home goes back.
    scatter->setFocus();
    QTest::keyClick(scatter, Qt::Key_0);
    QTRY_VERIFY(axisX->min() <= revenue);
    QCOMPARE(scatter->farOutLossesHidden(), 0);
    QTRY_VERIFY(!summary->text().contains(QLatin1String("press 0")));
    QVERIFY(scatter->viewport()->rect().contains(scatter->positionOf(index)));
    verifyRoundTicks(axisX);
    QTest::keyClick(scatter, Qt::Key_Home);
    QTRY_VERIFY(axisX->min() > revenue);
    QTRY_VERIFY(summary->text().contains(QLatin1String("press 0")));
    QCOMPARE(scatter->range().nearestOutside, revenue);
}

void TestPortfolioUi::backFromADeepZoomTheTicksStayFew()
{
    // Qt Charts lays the ticks out when the range changes, before anything
    // else hears of it: count them there, across every change.
    PortfolioScatter* scatter = m_page->scatter();
    QValueAxis* axisX = scatterAxis(scatter, Qt::Horizontal);
    double mostTicks = 0;
    connect(axisX, &QValueAxis::minChanged, this, [&] {
        mostTicks = std::max(mostTicks, (axisX->max() - axisX->min()) / axisX->tickInterval());
    });
    const double widthBefore = axisX->max() - axisX->min();
    // To a 50th of the width: enough for hundreds of ticks with the zoom's
    // step (the user's deep zooms would make millions, and hang a test).
    const QRectF plot = scatter->chart()->plotArea();
    scatter->chart()->zoomIn(QRectF(plot.center(), plot.size() / 50));
    QVERIFY(axisX->max() - axisX->min() < widthBefore / 40);
    verifyRoundTicks(axisX);
    scatter->setFocus();
    QTest::keyClick(scatter, Qt::Key_0);
    QTRY_VERIFY(axisX->max() - axisX->min() >= widthBefore);
    verifyRoundTicks(axisX);
    QVERIFY2(mostTicks < 50, qPrintable(QString::number(mostTicks)));
    disconnect(axisX, &QValueAxis::minChanged, this, nullptr);
}

void TestPortfolioUi::withoutRatesTheSummarySaysWhy()
{
    // With rates, no word about them; an office that set none is told why
    // support costs nothing rather than shown a zero as a finding.
    waitForFigures();
    QVERIFY(!m_page->summary()->text().contains(QStringLiteral("Support Cost Rates")));
    m_page = nullptr;
    m_gui.reset();
    // A copy without rates. On a server, the suite's own database (this is
    // its last test): copies of it are pg_dump's.
    const QString copy = test::testsOnServer() ? m_path : m_dir.filePath(QStringLiteral("no-rates.sqlite"));
    if (!test::testsOnServer()) {
        QFile::remove(copy);
        // Through SQLite, as a backup is: a plain file copy would miss what the
        // write-ahead log holds, and closing it would drop SQLite's locks.
        const auto copied = DatabaseCopies::backUp(m_path, copy);
        QVERIFY2(copied, qPrintable(copied.errorString()));
    }
    {
        auto database = openAbonentDatabase(copy, Database::Mode::ReadWrite);
        QVERIFY(database);
        const QSqlDatabase db = database.value()->connection();
        auto rates = CostRates::read(db);
        QVERIFY(rates.ok());
        rates->defaultPerHourMinor = 0;
        for (auto it = rates->operatorPerHourMinor.begin(); it != rates->operatorPerHourMinor.end(); ++it) {
            it.value() = 0;
        }
        for (auto it = rates->channelMinor.begin(); it != rates->channelMinor.end(); ++it) {
            it.value() = 0;
        }
        const qint64 manager =
            sql::scalar(db, QStringLiteral("SELECT min(id) FROM operators WHERE role = 'manager' OR role = 'owner'"))
                .value()
                .toLongLong();
        const Status saved = CostRatesService(db).save(Actor {manager, Role::Manager}, rates.value());
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    }
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), copy}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
    m_page = test::openEconomics(m_gui->mainWindow());
    QVERIFY(m_page);
    waitForFigures();
    QCOMPARE(m_page->report().portfolio.costMinor(), 0);
    QVERIFY2(m_page->summary()->text().contains(QStringLiteral("Settings ▸ Support Cost Rates…")),
             qPrintable(m_page->summary()->text()));
}

QTEST_MAIN(TestPortfolioUi)
#include "tst_portfolioui.moc"
