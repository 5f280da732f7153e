#include "PortfolioScatter.h"

#include "AxisScale.h"
#include "ChartHoverTip.h"
#include "ChartSupport.h"
#include "Money.h"

#include <QApplication>
#include <QChart>
#include <QChildEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QRubberBand>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace abonent {

namespace {

// Told apart without colour, when OpenGL (which draws every point as a square) is off.
constexpr QScatterSeries::MarkerShape kShapes[] = {QScatterSeries::MarkerShapeCircle,
                                                   QScatterSeries::MarkerShapeRectangle,
                                                   QScatterSeries::MarkerShapeTriangle,
                                                   QScatterSeries::MarkerShapeRotatedRectangle,
                                                   QScatterSeries::MarkerShapeStar,
                                                   QScatterSeries::MarkerShapePentagon};
constexpr int kCellPixels = 5; // about a marker: closer points cannot be told apart
constexpr double kPickRadius = 8;
constexpr int kTicksAcross = 9;
constexpr int kTicksUp = 7;

// Round ticks on a value axis for [min, max].
void setTicks(QValueAxis* axis, double min, double max, int most)
{
    const AxisScale scale = AxisScale::within(min, max, most);
    const QString format = QStringLiteral("%.%1f").arg(scale.decimals);
    // Each change lays the axis out again: only what differs is set.
    if (axis->tickAnchor() != 0) {
        axis->setTickAnchor(0);
    }
    if (axis->tickInterval() != scale.step) {
        axis->setTickInterval(scale.step);
    }
    if (axis->labelFormat() != format) {
        axis->setLabelFormat(format);
    }
}

// After a zoom has moved the range: round ticks for what it shows now.
void followRange(QValueAxis* axis, int most)
{
    setTicks(axis, axis->min(), axis->max(), most);
}

// The ticks are set before the range: Qt Charts lays ticks out as soon as
// the range changes, and the step of a deep zoom over the whole range
// would make millions of them.
void setRangeAndTicks(QValueAxis* axis, double min, double max, int most)
{
    setTicks(axis, min, max, most);
    axis->setRange(min, max);
}

void setScaledRange(QValueAxis* axis, double low, double high, int most)
{
    const AxisScale scale = AxisScale::around(low, high, most);
    setRangeAndTicks(axis, scale.min, scale.max, most);
}

} // namespace

PortfolioScatter::PortfolioScatter(QWidget* parent)
    : QChartView(parent)
    , m_resample(new QTimer(this))
    , m_hoverTip(new ChartHoverTip(this))
{
    setObjectName(QStringLiteral("portfolioScatter"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &PortfolioScatter::showMenu);
    m_resample->setSingleShot(true);
    m_resample->setInterval(0); // once after a zoom, which moves both axes
    connect(m_resample, &QTimer::timeout, this, &PortfolioScatter::resample);
    // Qt Charts lays its OpenGL layer over the viewport; it would take the
    // clicks and hovers this view answers.
    viewport()->installEventFilter(this);
    m_openGLAllowed = qEnvironmentVariable("ABONENT_CHART_OPENGL") != QLatin1String("off");
}

bool PortfolioScatter::openGLUsable()
{
    static const bool usable = [] {
        // Qt Charts' OpenGL path crashes on the offscreen platform (MEASURED.md #10).
        const QString platform = QGuiApplication::platformName();
        if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
            return false;
        }
        QOpenGLContext context;
        return context.create();
    }();
    return usable;
}

void PortfolioScatter::setPoints(QVector<ScatterPoint> points, const QVector<Group>& groups, const QString& currency)
{
    m_points = std::move(points);
    m_range = ScatterRange::of(m_points);
    m_groups = groups;
    m_currency = currency;
    m_useOpenGL = m_openGLAllowed && openGLUsable();
    build();
}

PortfolioScatter::Parts PortfolioScatter::makeChart(bool dark, bool forPrint, bool openGL) const
{
    Parts parts;
    parts.chart = ChartSupport::newChart(dark, forPrint);
    parts.axisX = new QValueAxis(parts.chart);
    parts.axisY = new QValueAxis(parts.chart);
    const QString symbol = Money::symbol(m_currency);
    parts.axisX->setTitleText(tr("Revenue a month, %1").arg(symbol));
    parts.axisY->setTitleText(tr("Support cost a month, %1").arg(symbol));
    parts.axisX->setTickType(QValueAxis::TicksDynamic);
    parts.axisY->setTickType(QValueAxis::TicksDynamic);
    parts.chart->addAxis(parts.axisX, Qt::AlignBottom);
    parts.chart->addAxis(parts.axisY, Qt::AlignLeft);

    auto* breakEven = new QLineSeries(parts.chart);
    breakEven->setName(tr("Break-even (cost = revenue)"));
    // Across everything: it is clipped to whatever the view shows.
    const QRectF all = m_range.everything;
    const double low = std::min(all.left(), all.top());
    const double high = std::max({all.right(), all.bottom(), 1.0}) * 1.05;
    breakEven->append(low, low);
    breakEven->append(high, high);
    breakEven->setPen(QPen(ChartSupport::ink(dark && !forPrint), 1.5, Qt::DashLine));
    parts.chart->addSeries(breakEven);

    for (int group = 0; group < m_groups.size(); ++group) {
        auto* series = new QScatterSeries(parts.chart);
        series->setName(m_groups.at(group).name);
        series->setColor(m_groups.at(group).colour);
        series->setBorderColor(m_groups.at(group).colour.darker(160));
        series->setMarkerSize(openGL ? 5 : 7);
        // The legend shows what is drawn: with OpenGL, squares whatever the shape asked for.
        series->setMarkerShape(openGL ? QScatterSeries::MarkerShapeRectangle : kShapes[group % std::size(kShapes)]);
        series->setUseOpenGL(openGL);
        parts.chart->addSeries(series);
        parts.series.append(series);
    }
    for (QAbstractSeries* series : parts.chart->series()) {
        series->attachAxis(parts.axisX);
        series->attachAxis(parts.axisY);
    }
    showArea(parts, m_range.usual);
    parts.chart->legend()->setAlignment(Qt::AlignRight); // plan and tag names need the room
    // Marker shapes in the legend too, for black and white (bars have no shape to show).
    parts.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return parts;
}

void PortfolioScatter::showArea(const Parts& parts, const QRectF& area)
{
    // Room beyond the outermost points for their markers; an axis starting
    // at zero keeps its zero.
    const double padX = area.width() * 0.05;
    const double padY = area.height() * 0.05;
    setScaledRange(parts.axisX, area.left() < 0 ? area.left() - padX : area.left(), area.right() + padX, kTicksAcross);
    setScaledRange(parts.axisY, area.top() < 0 ? area.top() - padY : area.top(), area.bottom() + padY, kTicksUp);
}

void PortfolioScatter::fill(const Parts& parts, const QVector<int>& drawn) const
{
    QVector<QList<QPointF>> byGroup(parts.series.size());
    for (int index : drawn) {
        const ScatterPoint& point = m_points.at(index);
        if (point.group >= 0 && point.group < byGroup.size()) {
            byGroup[point.group].append(QPointF(point.x, point.y));
        }
    }
    for (int group = 0; group < parts.series.size(); ++group) {
        parts.series.at(group)->replace(byGroup.at(group));
    }
}

QVector<int> PortfolioScatter::sample(const QRectF& area, const QSizeF& plot) const
{
    return ScatterSample::pick(
        m_points, area, std::max(1, int(plot.width()) / kCellPixels), std::max(1, int(plot.height()) / kCellPixels));
}

QRectF PortfolioScatter::visibleArea() const
{
    return m_axisX
        ? QRectF(m_axisX->min(), m_axisY->min(), m_axisX->max() - m_axisX->min(), m_axisY->max() - m_axisY->min())
        : QRectF();
}

void PortfolioScatter::build()
{
    m_parts = makeChart(ChartSupport::darkPalette(this), false, m_useOpenGL);
    m_axisX = m_parts.axisX;
    m_axisY = m_parts.axisY;
    // A zoom leaves odd ends: the ticks stay on round values between them.
    connect(m_axisX, &QValueAxis::rangeChanged, this, [this] { followRange(m_axisX, kTicksAcross); });
    connect(m_axisY, &QValueAxis::rangeChanged, this, [this] { followRange(m_axisY, kTicksUp); });
    connect(m_axisX, &QValueAxis::rangeChanged, m_resample, qOverload<>(&QTimer::start));
    connect(m_axisY, &QValueAxis::rangeChanged, m_resample, qOverload<>(&QTimer::start));
    m_hoverTip->show(QString()); // what was hovered is gone
    ChartSupport::replaceChart(this, m_parts.chart);
    m_drawn.clear();
    resample();
}

void PortfolioScatter::resample()
{
    if (m_parts.series.isEmpty()) {
        emit viewChanged();
        return;
    }
    if (!m_useOpenGL) {
        m_drawn = sample(visibleArea(), chart()->plotArea().size());
        fill(m_parts, m_drawn);
    } else if (m_drawn.size() != m_points.size()) { // else every point is drawn already; OpenGL clips
        m_drawn.resize(m_points.size());
        std::iota(m_drawn.begin(), m_drawn.end(), 0);
        fill(m_parts, m_drawn);
    }
    emit viewChanged();
}

QChart* PortfolioScatter::createChart(bool forPrint) const
{
    const Parts parts = makeChart(ChartSupport::darkPalette(this), forPrint, false);
    if (m_axisX) { // what is shown now, zoomed in or not
        setRangeAndTicks(parts.axisX, m_axisX->min(), m_axisX->max(), kTicksAcross);
        setRangeAndTicks(parts.axisY, m_axisY->min(), m_axisY->max(), kTicksUp);
    }
    fill(parts,
         sample(QRectF(parts.axisX->min(),
                       parts.axisY->min(),
                       parts.axisX->max() - parts.axisX->min(),
                       parts.axisY->max() - parts.axisY->min()),
                chartSize()));
    if (forPrint) {
        parts.chart->setTitle(chartTitle());
    }
    return parts.chart;
}

QString PortfolioScatter::chartTitle() const
{
    return tr("Revenue and support cost of every customer");
}

QSize PortfolioScatter::chartSize() const
{
    return size();
}

void PortfolioScatter::showUsualView()
{
    if (m_axisX) {
        showArea(m_parts, m_range.usual);
    }
}

void PortfolioScatter::showEveryone()
{
    if (m_axisX) {
        showArea(m_parts, m_range.everything);
    }
}

int PortfolioScatter::farOutLossesHidden() const
{
    return m_range.outside > 0 && m_axisX && m_axisX->min() > m_range.nearestOutside ? m_range.outside : 0;
}

bool PortfolioScatter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == viewport() && event->type() == QEvent::ChildPolished) {
        if (auto* child = qobject_cast<QWidget*>(static_cast<QChildEvent*>(event)->child())) {
            child->setAttribute(Qt::WA_TransparentForMouseEvents);
        }
    }
    return QChartView::eventFilter(watched, event);
}

QPoint PortfolioScatter::positionOf(int index) const
{
    if (m_parts.series.isEmpty() || index < 0 || index >= m_points.size()) {
        return {};
    }
    const ScatterPoint& point = m_points.at(index);
    return mapFromScene(chart()->mapToPosition(QPointF(point.x, point.y), m_parts.series.first()));
}

int PortfolioScatter::pointAt(const QPoint& position) const
{
    if (m_parts.series.isEmpty()) {
        return -1;
    }
    const QPointF value = chart()->mapToValue(mapToScene(position), m_parts.series.first());
    const QRectF plot = chart()->plotArea();
    const QPointF pixelsPerUnit(plot.width() / std::max(1e-9, m_axisX->max() - m_axisX->min()),
                                plot.height() / std::max(1e-9, m_axisY->max() - m_axisY->min()));
    return ScatterSample::nearest(m_points, m_drawn, value, pixelsPerUnit, kPickRadius);
}

void PortfolioScatter::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressedAt = event->pos();
    if (event->button() == Qt::RightButton) {
        event->accept(); // the menu, not QChartView's zoom out
        return;
    }
    QChartView::mousePressEvent(event);
}

void PortfolioScatter::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton || !m_describe) {
        return;
    }
    const int index = pointAt(event->pos());
    m_hoverTip->show(index >= 0 ? m_describe(index) : QString(), event->globalPosition().toPoint());
}

void PortfolioScatter::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->pos() - m_pressedAt).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (!click) {
        QChartView::mouseReleaseEvent(event); // the end of a rubber band: zoom in
        return;
    }
    // A click is no zoom: put the rubber band QChartView started away.
    if (auto* band = findChild<QRubberBand*>()) {
        band->hide();
    }
    event->accept();
    const int index = pointAt(event->pos());
    if (index >= 0) {
        emit customerActivated(m_points.at(index).customerId);
    }
}

void PortfolioScatter::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoomIn();
        return;
    case Qt::Key_Minus:
        chart()->zoomOut();
        return;
    case Qt::Key_0:
        showEveryone();
        return;
    case Qt::Key_Home:
        showUsualView();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void PortfolioScatter::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (!m_useOpenGL) {
        m_resample->start(); // the raster follows the plot's size in pixels
    }
}

void PortfolioScatter::showMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(tr("Zoom &In"), QKeySequence(Qt::Key_Plus), this, [this] { chart()->zoomIn(); });
    menu.addAction(tr("Zoom &Out"), QKeySequence(Qt::Key_Minus), this, [this] { chart()->zoomOut(); });
    menu.addAction(tr("Show &All Customers"), QKeySequence(Qt::Key_0), this, &PortfolioScatter::showEveryone);
    if (m_range.outside > 0) {
        menu.addAction(
            tr("Hide the Largest &Losses"), QKeySequence(Qt::Key_Home), this, &PortfolioScatter::showUsualView);
    } else {
        menu.addAction(tr("&Reset View"), QKeySequence(Qt::Key_Home), this, &PortfolioScatter::showUsualView);
    }
    menu.addSeparator();
    menu.addAction(tr("&Export Chart…"), this, &PortfolioScatter::exportRequested);
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace abonent
