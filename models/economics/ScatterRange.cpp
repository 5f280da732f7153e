#include "ScatterRange.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace abonent {

namespace {

// The value below which `share` of the sorted values lie (linear between neighbours).
double quantile(const QVector<double>& sorted, double share)
{
    const double at = share * double(sorted.size() - 1);
    const auto below = static_cast<qsizetype>(std::floor(at));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted.at(below) + (sorted.at(above) - sorted.at(below)) * (at - double(below));
}

QRectF spanning(const QVector<ScatterPoint>& points, double leftmost)
{
    double left = 0;
    double right = 0;
    double lowest = 0;
    double highest = 0;
    for (const ScatterPoint& point : points) {
        if (point.x < leftmost) {
            continue;
        }
        left = std::min(left, point.x);
        right = std::max(right, point.x);
        lowest = std::min(lowest, point.y);
        highest = std::max(highest, point.y);
    }
    return QRectF(QPointF(left, lowest), QPointF(right, highest));
}

} // namespace

ScatterRange ScatterRange::of(const QVector<ScatterPoint>& points)
{
    ScatterRange range;
    range.everything = spanning(points, -std::numeric_limits<double>::infinity());
    range.usual = range.everything;
    if (points.isEmpty()) {
        return range;
    }
    QVector<double> revenues;
    revenues.reserve(points.size());
    for (const ScatterPoint& point : points) {
        revenues.append(point.x);
    }
    std::sort(revenues.begin(), revenues.end());
    const double first = quantile(revenues, 0.25);
    const double third = quantile(revenues, 0.75);
    // Only losses are left out: a large payer far to the right is what the
    // chart is for. A loss that would widen the axis by less than a quarter
    // stays, however unusual.
    const double fence = std::min({0.0, first - 3 * (third - first), -0.25 * revenues.last()});
    const auto beyond = std::lower_bound(revenues.cbegin(), revenues.cend(), fence) - revenues.cbegin();
    // A few customers are outliers; more than one in a hundred are part of the picture.
    if (beyond > 0 && beyond <= std::max<qsizetype>(1, revenues.size() / 100)) {
        range.outside = static_cast<int>(beyond);
        range.fence = fence;
        range.nearestOutside = revenues.at(beyond - 1);
        range.usual = spanning(points, fence);
    }
    return range;
}

} // namespace abonent
