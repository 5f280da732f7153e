#pragma once

namespace abonent {

// The ticks of a value axis at round steps (1, 2, 2.5 or 5 times a power of
// ten), so a zoom shows 0, 20, 40 rather than −8, 14, 36, and a small range
// shows 0.5, 1.0, 1.5 rather than 0, 1, 1, 2.
struct AxisScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0; // enough to tell the ticks apart, no more

    // A scale with at most `most` ticks whose steps divide [low, high]: the
    // range is widened to the next step on either side.
    static AxisScale around(double low, double high, int most);
    // The step for ticks over [low, high] as it stands (after a zoom), the
    // range left as it is.
    static AxisScale within(double low, double high, int most);
};

} // namespace abonent
