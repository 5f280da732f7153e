#pragma once

#include "ScatterSample.h"

#include <QRectF>

namespace abonent {

// What the portfolio scatter shows before any zoom. A customer refunded or
// compensated far beyond their fees has a large negative revenue; drawn to
// scale, one of them squeezes everybody else into a corner. Such far-out
// points (negative revenue below Tukey's far-out fence, Q1 − 3 × IQR, and
// below −¼ of the largest revenue) are left out of the usual view and
// counted, so the window can say so and offer the view with everyone; but
// only while they are a few: one, or at most one customer in a hundred.
struct ScatterRange
{
    // In values: top() is the lowest support cost, bottom() the highest.
    QRectF everything; // every point, and the origin
    QRectF usual; // every point but the far-out losses, and the origin
    int outside = 0; // points outside `usual`
    double fence = 0; // revenues below this (when outside > 0) are left out
    double nearestOutside = 0; // the highest revenue left out: a view reaching it shows them all

    static ScatterRange of(const QVector<ScatterPoint>& points);
};

} // namespace abonent
