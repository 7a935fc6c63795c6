// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <boost/random/normal_distribution.hpp>
#include <boost/random/taus88.hpp>
#include <boost/random/uniform_01.hpp>

#include <cstdint>

namespace td::base {

/// What a random stream is used for. Each purpose gets an independent stream, so adding
/// draws for one purpose never shifts the numbers of another (docs/architecture.md §5).
/// Append new purposes at the end: the numeric values are part of replay compatibility.
enum class Purpose : std::uint32_t {
    CatalogGenres = 1,
    CatalogArtists,
    CatalogTracks,
    CatalogFeatures,
    ListenerTraits,
    ListenerArrivals,
    Sessions, ///< session count, start times, surfaces
    Response, ///< examination, stream/skip, saves
    Drift, ///< OU noise and regime shifts
    Churn,
    Organic, ///< search/library plays
    Policy, ///< exploration draws of the recommender
    Model, ///< model initialisation (ALS factors, ANN build)
    Schedule, ///< scheduled events such as taste shocks
    Metrics, ///< sampled metrics (pairs, probes)
    Baseline, ///< random baseline recommender
    Exploration, ///< the pipeline's random exploration candidates
    Devices, ///< the device of each session (habit, noise)
    /// Recommenders from outside the tree (C plugins, Python): the seed of a listener's day
    External,
};

/// 64-bit finaliser of SplitMix64: a bijective mix with good avalanche.
constexpr std::uint64_t mix64(std::uint64_t z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// Hash of (seed, purpose, entity, day) used to seed one small random stream.
/// `entity` is usually a listener id; use 0 for population-wide streams.
constexpr std::uint64_t streamSeed(
    std::uint64_t seed, Purpose purpose, std::uint64_t entity, std::int64_t day)
{
    std::uint64_t h = mix64(seed);
    h = mix64(h ^ static_cast<std::uint64_t>(purpose));
    h = mix64(h ^ entity);
    h = mix64(h ^ static_cast<std::uint64_t>(day));
    return h;
}

/// A small-state Boost engine (taus88, 3×32 bits) seeded from a stream hash. Cheap to create
/// per (listener, day), which is what makes per-listener streams affordable at 1M listeners.
/// Draw only through Boost distributions (never std:: ones, whose algorithms differ).
class Rng
{
public:
    using Engine = boost::random::taus88;
    using result_type = Engine::result_type;

    explicit Rng(std::uint64_t streamHash);
    Rng(std::uint64_t seed, Purpose purpose, std::uint64_t entity, std::int64_t day)
        : Rng(streamSeed(seed, purpose, entity, day))
    { }

    /// Uniform in [0, 1).
    double uniform() { return boost::random::uniform_01<double>()(m_engine); }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Standard normal draw (Boost's ziggurat).
    double normal() { return boost::random::normal_distribution<double>()(m_engine); }
    bool bernoulli(double p) { return uniform() < p; }
    /// Uniform integer in [0, n); n must be > 0.
    std::uint32_t below(std::uint32_t n);

    Engine &engine() { return m_engine; }
    result_type operator()() { return m_engine(); }
    static result_type min() { return (Engine::min)(); }
    static result_type max() { return (Engine::max)(); }

private:
    Engine m_engine;
};

} // namespace td::base
