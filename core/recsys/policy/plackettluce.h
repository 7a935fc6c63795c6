// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::recsys::policy {

/// One item whose slot probabilities are wanted: P(item at slot j) for j in [firstSlot,
/// lastSlot] (0-based), written to out[j - firstSlot].
struct PlackettLuceQuery
{
    std::uint32_t item = 0;
    int firstSlot = 0;
    int lastSlot = 0;
    double *out = nullptr;
};

/// Reusable buffers of plackettLuceMarginals(); one per thread, grows to the largest request.
struct PlackettLuceScratch
{
    std::vector<std::uint32_t> sorted, queryPositions, activeQueries;
    std::vector<double> rel, moments, x, q, e, base, prefix, suffix;
    std::vector<std::int32_t> queryOf, queryAt;
};

/// Marginal slot probabilities of Plackett–Luce sampling without replacement (the softmax
/// policy): items are drawn one slot at a time with P(i) = w_i / Σ_remaining w, w_i = e^{ℓ_i}.
///
/// Slot 0 is closed form, w_i / Σ w. Other slots use the exponential-race form of
/// Plackett–Luce: item k arrives at T_k ~ Exp(w_k), slots are arrival order, so
///
///     P(i at slot j) = ∫ w_i e^{−w_i t} · P(exactly j of the others arrived by t) dt
///                    = ∫ x e^{−x} · PB_j(v) dv,   x = w_i t, t = e^v,
///
/// where PB is the Poisson-binomial distribution of the others' arrivals (q_k = 1 − e^{−w_k t}),
/// kept truncated to the K + 1 counts that matter. The integrand is smooth and analytic in a
/// strip around the real v axis, so the trapezoid rule converges geometrically: nodes are
/// ln 2 / G apart with G = ⌈0.67 √K⌉ ≥ 2 interleaved sub-grids, each stepping by ln 2 so that
/// e^{−2x} = (e^{−x})² and a node costs multiplications only. Items with small w t enter in bulk
/// through moments of the weights (no per-node cost), the count distribution is cut where a
/// Chernoff bound says it is < 1e−18, the integral stops once K + 1 items have arrived with
/// probability 1 − 1e−16, and it jumps over empty stretches when weights are far apart (tiny
/// temperatures). Accuracy (tst_policy, TestPlackettLuce): < 3e−9 against brute-force
/// enumeration; per-slot sums within 5e−7 of 1 in the worst case (hundreds of equal weights).
/// Cost: O(nodes · (A + Q) · K) with A the items individually tracked at a node (w t ≥ 0.2),
/// Q the query items, nodes ≈ G · (13 + ln(w_1 / w_{K+1})) / ln 2; about 1e6 instructions for
/// n = 300, K = 20 and 20 queries (bench_policy). No random draws; no allocation once the
/// scratch has grown. Deterministic (fixed order of every sum).
///
/// `logWeights` are ℓ_i (any common offset; −∞ allowed for weight 0); slots ≤ n. Each query
/// item must appear at most once; out values are in [0, 1].
void plackettLuceMarginals(const double *logWeights, std::size_t n, int slots,
    PlackettLuceQuery *queries, std::size_t queryCount, PlackettLuceScratch &scratch);

} // namespace td::recsys::policy
