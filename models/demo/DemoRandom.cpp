#include "DemoRandom.h"

namespace abonent {

namespace {

std::uint64_t splitMix(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t& word : m_state) {
        word = splitMix(state);
    }
}

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
{
    std::uint64_t state = seed;
    std::uint64_t mixed = splitMix(state) ^ (stream * 0xD1B54A32D192ED03ULL);
    mixed = splitMix(mixed) ^ (index * 0x9E3779B97F4A7C15ULL);
    for (std::uint64_t& word : m_state) {
        word = splitMix(mixed);
    }
}

// xoshiro256** (Blackman and Vigna), public domain algorithm.
std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t shifted = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

std::uint64_t DemoRandom::below(std::uint64_t bound)
{
    // Rejection sampling keeps the result unbiased for any bound.
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
    std::uint64_t value = next();
    while (value >= limit) {
        value = next();
    }
    return value % bound;
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low) {
        return low;
    }
    return low + static_cast<qint64>(below(static_cast<std::uint64_t>(high - low) + 1));
}

bool DemoRandom::chance(std::uint64_t numerator, std::uint64_t denominator)
{
    return below(denominator) < numerator;
}

int DemoRandom::weighted(const QList<int>& weights)
{
    std::uint64_t total = 0;
    for (int weight : weights) {
        total += static_cast<std::uint64_t>(weight);
    }
    std::uint64_t point = below(total);
    for (int index = 0; index < weights.size(); ++index) {
        const auto weight = static_cast<std::uint64_t>(weights.at(index));
        if (point < weight) {
            return index;
        }
        point -= weight;
    }
    return static_cast<int>(weights.size()) - 1;
}

} // namespace abonent
