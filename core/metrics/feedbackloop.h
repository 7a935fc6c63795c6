// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace td::metrics {

/// Popularity percentile of a track among the tracks released so far, by TRUE appeal z
/// (DayMetricsComputer passes world::Catalog::appealWeight; popularityZ would tie the
/// tracks it clamps at −3 and 4):
///
///     pct(t) = (#{released s : z_s < z_t} + ½·#{released s : z_s = z_t}) / n_released
///
/// (mid-rank, so the mean of pct over the released catalogue is exactly ½). Used by
/// popularity_bias_rec / popularity_bias_stream (Abdollahpouri et al. 2019 compare the
/// popularity of recommended items with that of the catalogue) and longtail_share.
///
/// Thread affinity: one owner thread (lookups fill a cache). A track's first lookup after
/// advanceTo() added tracks is O(log n), the next ones read the cache: the day's metrics ask
/// once per impression and stream, millions of times a day at 1M tracks.
class PopularityRanks
{
public:
    /// `appeal[t]` is track t's true appeal key, `releaseDay[t]` its release day.
    PopularityRanks(std::vector<float> appeal, const std::vector<Day> &releaseDay);
    /// Adds every track released on or before `day` (days must not go backwards).
    void advanceTo(Day day);
    std::size_t releasedCount() const { return m_sorted.size(); }
    /// pct(t) in (0, 1); t need not be released (it is placed among the released ones).
    double percentile(TrackId t) const;

private:
    std::vector<float> m_appeal;
    std::vector<TrackId> m_byRelease; ///< tracks ordered by release day
    std::vector<Day> m_releaseDay; ///< release day of m_byRelease[i]
    std::size_t m_next = 0; ///< first track of m_byRelease not yet added
    std::vector<float> m_sorted; ///< appeal keys of released tracks, ascending
    /// pct(t) as computed from m_sorted, or NaN when not yet asked since it last changed
    mutable std::vector<double> m_percentile;
};

/// Jaccard index |A ∩ B| / |A ∪ B| of two sorted, duplicate-free sets; NaN when both are
/// empty (the index is undefined).
double jaccard(const std::vector<TrackId> &a, const std::vector<TrackId> &b);

/// Mean Jaccard index over listener pairs (Chaney, Stewart & Engelhardt 2018, "How
/// algorithmic confounding in recommendation systems increases homogeneity and decreases
/// utility", who measure homogenisation as the mean Jaccard index of consumed item sets):
/// every unordered pair when there are at most `maxPairs` of them, otherwise `maxPairs` pairs
/// (i ≠ j, drawn with replacement) from the Rng stream `streamHash`. NaN with fewer than two
/// sets. `sets` must be sorted and duplicate-free.
double meanPairwiseJaccard(const std::vector<const std::vector<TrackId> *> &sets,
    std::size_t maxPairs, std::uint64_t streamHash);

/// No partner: the row is zero (cosine undefined), or it is the only non-zero row.
inline constexpr std::size_t kNoPartner = std::size_t(-1);

/// For each of `n` row-major vectors of dimension `dim`, the index of its most similar other
/// row by cosine similarity (ties: the lower index); zero rows get kNoPartner and are no one's
/// partner. Chaney, Stewart & Engelhardt (2018) pair each user with the user most similar to
/// them in the recommender's own user representation (T-RECS's replication does the same).
/// Exact, O(n²·dim), in double, in index order (deterministic).
std::vector<std::size_t> nearestByCosine(const float *rows, std::size_t n, int dim);

/// Mean of jaccard(sets[i], sets[partner[i]]) over every i with a partner, leaving out pairs
/// whose sets are both empty (undefined). NaN when no pair counts. `sets` sorted and
/// duplicate-free. With cumulative consumption sets this is Chaney et al.'s homogenisation
/// measure; they report it relative to the ideal recommender's sets on the same pairs.
double meanPartnerJaccard(
    const std::vector<std::vector<TrackId>> &sets, const std::vector<std::size_t> &partner);

/// Accumulates Σ x̂ (x̂ = x/‖x‖) over vectors of dimension `dim` to give the exact mean
/// pairwise cosine in O(N·d) instead of O(N²·d):
///
///     mean_{i≠j} cos(x_i, x_j) = (‖Σ x̂_i‖² − N) / (N (N − 1)).
///
/// Zero vectors are skipped. Accumulates in double in insertion order (deterministic).
class MeanPairwiseCosine
{
public:
    explicit MeanPairwiseCosine(int dim) : m_sum(std::size_t(dim), 0.0) { }
    void add(const float *x);
    std::size_t count() const { return m_count; }
    /// NaN with fewer than two vectors. In [−1/(N−1), 1].
    double value() const;

private:
    std::vector<double> m_sum;
    std::size_t m_count = 0;
};

/// 1-based ranks of `x`, ties given the mean of the ranks they span (fractional ranking).
std::vector<double> averageRanks(const std::vector<double> &x);

/// Spearman rank correlation: Pearson correlation of the average ranks (ties handled as in
/// most statistics packages). NaN when n < 2 or either side is constant. In [−1, 1].
double spearman(const std::vector<double> &a, const std::vector<double> &b);

/// Draws min(k, n) distinct indices of [0, n) (partial Fisher–Yates from stream `streamHash`)
/// and returns them sorted, so whatever is computed over them runs in index order.
std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t k, std::uint64_t streamHash);

} // namespace td::metrics
