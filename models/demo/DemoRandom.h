#pragma once

#include <QList>
#include <QtGlobal>

#include <cstdint>

namespace abonent {

// A small random generator whose output is the same on every platform and
// compiler for a given seed (std::uniform_*_distribution is not: each standard
// library implements it differently). Integer arithmetic only, no libm.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed);
    // An independent stream for item `index` of `seed`, so what one customer
    // gets does not depend on how many numbers earlier customers consumed.
    DemoRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

    std::uint64_t next();
    // Uniform in [0, bound); bound must be > 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with probability numerator / denominator.
    bool chance(std::uint64_t numerator, std::uint64_t denominator);
    // Index drawn according to integer weights.
    int weighted(const QList<int>& weights);

    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items.at(static_cast<qsizetype>(below(static_cast<std::uint64_t>(items.size()))));
    }

private:
    std::uint64_t m_state[4];
};

} // namespace abonent
