#include "AxisScale.h"

#include <algorithm>
#include <cmath>

namespace abonent {

namespace {

// The smallest round step at least `raw`.
double roundStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * power >= raw * (1 - 1e-9)) {
            return factor * power;
        }
    }
    return 10 * power;
}

// The places after the point that show `step` whole: 2.5 × 10^-k needs one
// more than 10^-k. At most 12; a money axis zoomed that far is a curiosity.
int decimalsOf(double step)
{
    int decimals = 0;
    while (decimals < 12) {
        const double scaled = step * std::pow(10.0, decimals);
        if (scaled >= 1 - 1e-9 && std::abs(scaled - std::round(scaled)) < 1e-6 * scaled) {
            break;
        }
        ++decimals;
    }
    return decimals;
}

AxisScale scaleFor(double low, double high, int most)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        return {};
    }
    if (high < low) {
        std::swap(low, high);
    }
    most = std::max(2, most);
    // An empty range still gets an axis to read, from where it is: as wide
    // as its value is far from zero, and at least one unit.
    const double span = high > low ? high - low : std::max(1.0, std::abs(low));
    AxisScale scale;
    scale.step = roundStep(span / (most - 1));
    scale.decimals = decimalsOf(scale.step);
    scale.min = low;
    scale.max = high > low ? high : low + span;
    return scale;
}

} // namespace

AxisScale AxisScale::around(double low, double high, int most)
{
    AxisScale scale = scaleFor(low, high, most);
    // Widening to whole steps can add a tick at either end: take a larger
    // step until the ticks fit.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const double min = std::floor(scale.min / scale.step + 1e-9) * scale.step;
        const double max = std::ceil(scale.max / scale.step - 1e-9) * scale.step;
        if (std::lround((max - min) / scale.step) + 1 <= std::max(2, most) || attempt == 3) {
            scale.min = min;
            scale.max = max > min ? max : min + scale.step;
            break;
        }
        scale.step = roundStep(scale.step * 1.01);
        scale.decimals = decimalsOf(scale.step);
    }
    return scale;
}

AxisScale AxisScale::within(double low, double high, int most)
{
    return scaleFor(low, high, most);
}

} // namespace abonent
