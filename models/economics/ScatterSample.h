#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace abonent {

// A point of the portfolio scatter: a customer's monthly revenue (x) and
// support cost (y), and the group it is coloured by.
struct ScatterPoint
{
    double x = 0;
    double y = 0;
    int group = 0;
    qint64 customerId = 0;
};

// Without OpenGL, Qt Charts draws one graphics item per point, and 100,000
// of them take half a minute to show. Points closer together than a marker
// cannot be told apart anyway, so the scatter draws one point per group and
// cell of a raster over the visible area: every group stays visible wherever
// it has customers, and outliers (alone in their cell) are always drawn.
class ScatterSample
{
public:
    // Indices into `points` of those to draw: inside `area`, at most one per
    // group in each of columns × rows cells (the first in `points`' order).
    static QVector<int> pick(const QVector<ScatterPoint>& points, const QRectF& area, int columns, int rows);

    // The index among `candidates` nearest to `position`, measured in pixels
    // (`pixelsPerUnit` scales x and y), if within `radius` pixels; else -1.
    static int nearest(const QVector<ScatterPoint>& points,
                       const QVector<int>& candidates,
                       const QPointF& position,
                       const QPointF& pixelsPerUnit,
                       double radius);
};

} // namespace abonent
