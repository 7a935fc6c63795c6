// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace td::recsys {

/// The reward model's part of the doubly-robust off-policy estimate (Dudík, Langford & Li 2011)
/// for one logged slate, per position j of k:
///
///     direct[j]    = Σ_i P_target(i at j) · r̂(i, j)
///     predicted[j] = r̂(shown[j], j)
///     r̂(i, j)      = σ(logit_i + positionWeight · ln(1 + j))
///
/// r̂ is the ranker's predicted stream probability: its logit at inference (position feature 0)
/// moved to position j along the position feature's raw weight (the logit is linear in the raw
/// features). The estimate of one impression is then direct[j] + w_j · (r_j − predicted[j]), w_j
/// = P_target / P_logged: unbiased when either the propensities or the reward model are right,
/// and of lower variance than IPS when r̂ is close. `targetMarginals` is n × k row-major (row =
/// candidate), `logits` n values, `shown` the candidate index of each position. O(n·k).
void doublyRobustTerms(const double *targetMarginals, std::size_t n, std::size_t k,
    const double *logits, double positionWeight, const std::size_t *shown, float *direct,
    float *predicted);

} // namespace td::recsys
