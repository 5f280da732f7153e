#pragma once

#include "ChartSupport.h"
#include "ScatterRange.h"
#include "ScatterSample.h"

#include <QChartView>
#include <QColor>

#include <functional>

class QScatterSeries;
class QTimer;
class QValueAxis;

namespace abonent {

class ChartHoverTip;

// Every customer as a point, monthly revenue across and monthly support
// cost up, with the break-even diagonal: points above it lose money. Drag
// a rectangle to zoom in, right-click for zooming out and exporting, + and
// - zoom, 0 shows every customer, Home the view it started with (which
// leaves far-out losses out, ScatterRange); a click on a point opens that
// customer. Ticks stay on round values whatever the zoom.
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
    // The view it starts with: every customer but the far-out losses.
    void showUsualView();
    void showEveryone();
    const ScatterRange& range() const { return m_range; }
    // How many far-out losses the view leaves out now: 0 once they are shown.
    int farOutLossesHidden() const;

    QChart* createChart(bool forPrint) const override;
    QString chartTitle() const override;
    QSize chartSize() const override;

signals:
    void customerActivated(qint64 customerId);
    void exportRequested();
    // The view moved, zoomed, or was drawn again.
    void viewChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Parts
    {
        QChart* chart = nullptr;
        QValueAxis* axisX = nullptr;
        QValueAxis* axisY = nullptr;
        QList<QScatterSeries*> series; // one a group
    };
    Parts makeChart(bool dark, bool forPrint, bool openGL) const;
    static void showArea(const Parts& parts, const QRectF& area);
    void fill(const Parts& parts, const QVector<int>& drawn) const;
    QVector<int> sample(const QRectF& area, const QSizeF& plot) const;
    QRectF visibleArea() const;
    void build();
    void resample();
    void showMenu(const QPoint& position);

    QVector<ScatterPoint> m_points;
    ScatterRange m_range;
    QVector<Group> m_groups;
    QVector<int> m_drawn;
    Parts m_parts;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QTimer* m_resample = nullptr;
    ChartHoverTip* m_hoverTip = nullptr;
    QString m_currency;
    std::function<QString(int)> m_describe;
    QPoint m_pressedAt;
    bool m_pressed = false;
    bool m_openGLAllowed = true;
    bool m_useOpenGL = false;
};

} // namespace abonent
