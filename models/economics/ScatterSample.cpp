#include "ScatterSample.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace abonent {

QVector<int> ScatterSample::pick(const QVector<ScatterPoint>& points, const QRectF& area, int columns, int rows)
{
    QVector<int> picked;
    if (columns <= 0 || rows <= 0 || area.width() <= 0 || area.height() <= 0) {
        return picked;
    }
    QSet<qint64> taken; // (group, cell)
    const qint64 cells = qint64(columns) * rows;
    for (int index = 0; index < points.size(); ++index) {
        const ScatterPoint& point = points.at(index);
        if (point.x < area.left() || point.x > area.right() || point.y < area.top() || point.y > area.bottom()) {
            continue;
        }
        const int column = std::min(columns - 1, int((point.x - area.left()) / area.width() * columns));
        const int row = std::min(rows - 1, int((point.y - area.top()) / area.height() * rows));
        const qint64 key = point.group * cells + qint64(row) * columns + column;
        if (!taken.contains(key)) {
            taken.insert(key);
            picked.append(index);
        }
    }
    return picked;
}

int ScatterSample::nearest(const QVector<ScatterPoint>& points,
                           const QVector<int>& candidates,
                           const QPointF& position,
                           const QPointF& pixelsPerUnit,
                           double radius)
{
    int best = -1;
    double bestDistance = radius * radius;
    for (int index : candidates) {
        const ScatterPoint& point = points.at(index);
        const double dx = (point.x - position.x()) * pixelsPerUnit.x();
        const double dy = (point.y - position.y()) * pixelsPerUnit.y();
        const double distance = dx * dx + dy * dy;
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = index;
        }
    }
    return best;
}

} // namespace abonent
