// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

namespace td::stats {

/// How many seeds (pairs of runs) a two-sided paired t test at level `alpha` needs to detect a
/// true mean difference `delta` with probability `power`, when the per-seed differences have
/// standard deviation `sd` (docs/gui.md, "How many seeds"):
///
///     the smallest n >= 2 with  n >= ((t_{1−α/2, n−1} + t_{power, n−1}) · sd / |delta|)²
///
/// the usual t-corrected form of n = ((z_{1−α/2} + z_{power}) · sd / delta)² (for α = 0.05 and
/// power 0.8, (1.95996 + 0.84162)² = 7.849 times (sd / delta)²). With sd / |delta| = 1 it
/// gives 10 seeds, with 0.5 it gives 5 (hand-computed in tests/core/stats).
///
/// nullopt when no number of seeds would do: delta is 0 or not finite, or sd is not finite or
/// negative. sd = 0 (no noise between seeds) gives 2, the fewest a t test can use. Values
/// beyond 10^9 are reported as 10^9 + 1 ("more than a billion").
std::optional<long long> seedsForPower(
    double delta, double sd, double power = 0.8, double alpha = 0.05);

} // namespace td::stats
