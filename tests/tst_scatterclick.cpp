#include "ChartHoverTip.h"
#include "CustomerCardView.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PortfolioCharts.h"
#include "PortfolioScatter.h"
#include "PortfolioTestSupport.h"
#include "PortfolioView.h"
#include "Translations.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace abonent;

namespace {

// Notes the tooltip event Qt sends a widget once the pointer rests on it;
// installed last, it sees the event before the widget's other filters.
class ToolTipEventSeen : public QObject
{
public:
    explicit ToolTipEventSeen(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    bool seen = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        seen = seen || event->type() == QEvent::ToolTip;
        return false;
    }
};

// Moves the pointer to `inWindow`, then waits until the pointer has rested
// and Qt asked `widget` for its tooltip.
bool restPointer(QWidget* window, QWidget* widget, const QPoint& inWindow)
{
    auto* seen = new ToolTipEventSeen(widget);
    const auto cleanUp = qScopeGuard([seen] { delete seen; });
    QTest::mouseMove(window->windowHandle(), inWindow);
    return QTest::qWaitFor([seen] { return seen->seen; }, test::kWindowPatienceMs);
}

// Whether the tooltip stays up after that event. A tip told to hide goes
// 300 ms later (QToolTip's fade-out delay), so this looks for a second:
// a loaded machine can only make a wrong tip pass, never a right one fail.
bool tipStaysUp()
{
    return QToolTip::isVisible() && !QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 1000);
}

} // namespace

// A click on a point of the portfolio scatter opens that customer's card,
// and hovering shows who it is, whether the points are drawn with OpenGL
// (the default wherever a context can be made) or sampled without it.
// OpenGL needs a real display: Xvfb with Mesa's software renderer, started
// by run-under-xvfb.sh; on the offscreen platform Qt Charts' OpenGL crashes.
// The mouse is moved and clicked on the window, as the window system does,
// so the event reaches whatever widget lies over the point; and the pointer
// rests until Qt's own tooltip event came, which once hid every chart's tip.
class TestScatterClick : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clickAndHoverReachThePoint_data();
    void clickAndHoverReachThePoint();
    void aBarsTipStaysWhileThePointerRests();

private:
    // The window on the demo base, in front, showing the Economics page; nullptr if it did not get there.
    PortfolioView* startOnEconomics(GuiApplication& gui) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestScatterClick::initTestCase()
{
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_path = test::location(m_dir.filePath(QStringLiteral("scatter.sqlite")));
    QVERIFY(test::writeManagerDemo(m_path, 300));
}

PortfolioView* TestScatterClick::startOnEconomics(GuiApplication& gui) const
{
    if (gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}) != -1
        || !test::waitUntilActive(gui.mainWindow())) {
        return nullptr;
    }
    return test::openEconomics(gui.mainWindow());
}

void TestScatterClick::clickAndHoverReachThePoint_data()
{
    QTest::addColumn<bool>("openGL");
    QTest::newRow("OpenGL") << true;
    QTest::newRow("sampled, without OpenGL") << false;
}

void TestScatterClick::clickAndHoverReachThePoint()
{
    QFETCH(bool, openGL);
    qputenv("ABONENT_CHART_OPENGL", openGL ? "on" : "off");
    const auto restore = qScopeGuard([] { qunsetenv("ABONENT_CHART_OPENGL"); });
    if (openGL) {
        QVERIFY2(PortfolioScatter::openGLUsable(),
                 "no OpenGL context on this display: Xvfb needs Mesa (Debian libgl1-mesa-dri)");
    }
    GuiApplication gui;
    PortfolioView* page = startOnEconomics(gui);
    QVERIFY(page);
    MainWindow* window = gui.mainWindow();
    PortfolioScatter* scatter = page->scatter();
    QTRY_VERIFY(!scatter->drawn().isEmpty());
    QCOMPARE(scatter->usesOpenGL(), openGL);

    // The costliest customer is alone up there: nothing else within reach of the pointer.
    int costliest = scatter->drawn().first();
    for (int index : scatter->drawn()) {
        if (scatter->points().at(index).y > scatter->points().at(costliest).y) {
            costliest = index;
        }
    }
    const qint64 customer = scatter->points().at(costliest).customerId;
    // Where the point is now: the page's summary can still take another line
    // and move the chart, so this is asked again right before each use.
    const auto pointInWindow = [&] {
        const QPoint inViewport = scatter->positionOf(costliest);
        return scatter->pointAt(inViewport) == costliest ? scatter->viewport()->mapTo(window, inViewport) : QPoint();
    };
    const QPoint inViewport = scatter->positionOf(costliest);
    QVERIFY(scatter->viewport()->rect().contains(inViewport));
    QVERIFY(!pointInWindow().isNull());
    if (openGL) {
        // Qt Charts draws the points on a layer of its own over the viewport: the events cross it.
        QWidget* layer = nullptr;
        for (QWidget* child : scatter->viewport()->findChildren<QWidget*>()) {
            layer = child->inherits("QOpenGLWidget") ? child : layer;
        }
        QVERIFY(layer);
        QTRY_VERIFY(layer->isVisible());
        QVERIFY(layer->geometry().contains(inViewport));
    }

    QVERIFY(restPointer(window, scatter->viewport(), pointInWindow()));
    QVERIFY(tipStaysUp());
    const QString name = page->report().figuresOf(customer)->name;
    QVERIFY2(QToolTip::text().contains(name), qPrintable(QToolTip::text() + QStringLiteral(" / ") + name));

    QTest::mouseClick(window->windowHandle(), Qt::LeftButton, {}, pointInWindow());
    QTRY_VERIFY(qobject_cast<CustomerCardView*>(window->tabs()->currentWidget()));
    QCOMPARE(qobject_cast<CustomerCardView*>(window->tabs()->currentWidget())->customerId(), customer);

    // Empty space opens nothing.
    window->tabs()->setCurrentWidget(page);
    const int tabs = window->tabs()->count();
    const QRectF plot = scatter->chart()->plotArea();
    const QPoint empty = scatter->mapFromScene(QPointF(plot.left() + 3, plot.top() + 3));
    QCOMPARE(scatter->pointAt(empty), -1);
    QTest::mouseClick(window->windowHandle(), Qt::LeftButton, {}, scatter->viewport()->mapTo(window, empty));
    QCOMPARE(window->tabs()->count(), tabs);
    QCOMPARE(window->tabs()->currentWidget(), page);
}

void TestScatterClick::aBarsTipStaysWhileThePointerRests()
{
    GuiApplication gui;
    PortfolioView* page = startOnEconomics(gui);
    QVERIFY(page);
    MainWindow* window = gui.mainWindow();
    TrendChart* trend = page->trend();
    trend->window()->findChild<QTabWidget*>(QStringLiteral("portfolioCharts"))->setCurrentWidget(trend);
    QTRY_VERIFY(trend->isVisible());
    auto* tip = trend->findChild<ChartHoverTip*>();
    QVERIFY(tip);
    QBarSeries* bars = nullptr;
    for (QAbstractSeries* series : trend->chart()->series()) {
        bars = bars ? bars : qobject_cast<QBarSeries*>(series);
    }
    QVERIFY(bars);
    // Leftwards from the middle month's centre (revenue's bar is the left one)
    // at a tenth of its revenue's height, until a bar answers.
    const int month = static_cast<int>(trend->months().size()) / 2;
    const QPointF centre = trend->chart()->mapToPosition(QPointF(month, bars->barSets().first()->at(month) / 10), bars);
    QPoint onBar;
    for (int dx = 0; dx >= -40 && tip->text().isEmpty(); dx -= 2) {
        onBar = trend->viewport()->mapTo(window, trend->mapFromScene(centre + QPointF(dx, 0)));
        QTest::mouseMove(window->windowHandle(), onBar);
        QApplication::processEvents();
    }
    QVERIFY(!tip->text().isEmpty());
    QVERIFY(restPointer(window, trend->viewport(), onBar));
    QVERIFY(tipStaysUp());
    QCOMPARE(QToolTip::text(), tip->text());
    QCOMPARE(tip->text(), trend->describeMonth(month));
}

QTEST_MAIN(TestScatterClick)
#include "tst_scatterclick.moc"
