#pragma once

#include "ChartSupport.h"
#include "ScatterSample.h"

#include <QChartView>
#include <QColor>

#include <functional>

class QScatterSeries;
class QTimer;
class QValueAxis;

namespace abonent {

// Every customer as a point, monthly revenue across and monthly support
// cost up, with the break-even diagonal: points above it lose money. Drag
// a rectangle to zoom in, right-click for zooming out and exporting, + and
// - zoom, 0 shows everything; a click on a point opens that customer.
//
// With OpenGL every point is drawn (where a context can be made, and not on
// the offscreen platform, where Qt Charts' OpenGL crashes). Without it the
// points are sampled per raster cell of the visible area (ScatterSample)
// and sampled again after each zoom.
class PortfolioScatter : public QChartView, public ExportableChart
{
    Q_OBJECT

public:
    struct Group
    {
        QString name;
        QColor colour;
    };

    explicit PortfolioScatter(QWidget* parent = nullptr);

    // Whether this platform can draw the points with OpenGL.
    static bool openGLUsable();
    void setOpenGLAllowed(bool allowed) { m_openGLAllowed = allowed; }

    // Coordinates in major units of `currency` a month.
    void setPoints(QVector<ScatterPoint> points, const QVector<Group>& groups, const QString& currency);
    // What hovering over a point shows (an index into points()).
    void setDescriber(std::function<QString(int)> describe) { m_describe = std::move(describe); }

    bool usesOpenGL() const { return m_useOpenGL; }
    const QVector<ScatterPoint>& points() const { return m_points; }
    // The points drawn now (all of them with OpenGL).
    const QVector<int>& drawn() const { return m_drawn; }
    // Where a point is on the widget (for tests and tooltips).
    QPoint positionOf(int index) const;
    // The drawn point under a widget position, or -1.
    int pointAt(const QPoint& position) const;
    void resetZoom();

    QChart* createChart(bool forPrint) const override;
    QString chartTitle() const override;
    QSize chartSize() const override;

signals:
    void customerActivated(qint64 customerId);
    void exportRequested();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Parts
    {
        QChart* chart = nullptr;
        QValueAxis* axisX = nullptr;
        QValueAxis* axisY = nullptr;
        QList<QScatterSeries*> series; // one a group
    };
    Parts makeChart(bool dark, bool forPrint, bool openGL) const;
    void fill(const Parts& parts, const QVector<int>& drawn) const;
    QVector<int> sample(const QRectF& area, const QSizeF& plot) const;
    QRectF visibleArea() const;
    void build();
    void resample();
    void showMenu(const QPoint& position);

    QVector<ScatterPoint> m_points;
    QVector<Group> m_groups;
    QVector<int> m_drawn;
    Parts m_parts;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QTimer* m_resample = nullptr;
    QString m_currency;
    std::function<QString(int)> m_describe;
    QPoint m_pressedAt;
    bool m_pressed = false;
    bool m_openGLAllowed = true;
    bool m_useOpenGL = false;
};

} // namespace abonent
