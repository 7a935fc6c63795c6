// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::recsys::ann {

/// Shape of synthetic ALS-like factors for retrieval tests and benchmarks.
///
/// Items: a direction near one of `clusters` random unit centres (cluster sizes skewed: cluster
/// ⌊C·u²⌋), plus isotropic noise of relative size `noise`; norm exp(σ·(√s·z_cluster +
/// √(1−s)·z_item)) with σ = normSigma, s = clusterNormShare: log-normal norms whose level is
/// mostly shared by a cluster, as ALS gives popular genres large norms. The defaults give a
/// median/max norm ratio of ~1/80 at 50k items and ~1/150 at 1M, and reproduce the recall
/// plateau of a plain hnswlib `ip` index measured on real ALS factors (TOOLCHAIN.md).
/// Users: a weighted mix of 1–3 centres (half of them drawn uniformly, so niche tastes exist),
/// plus noise, with log-normal norm (σ = 0.3).
struct SyntheticFactorParams
{
    int dim = 64;
    int clusters = 100;
    double normSigma = 1.3;
    double clusterNormShare = 0.85; ///< in [0, 1]
    double noise = 0.5;
    std::uint64_t seed = 1;
};

/// `count` × dim item factors, row-major. Deterministic in (params, count).
std::vector<float> syntheticItemFactors(const SyntheticFactorParams &params, std::size_t count);

/// `count` × dim user factors (queries), row-major; `stream` selects an independent set.
std::vector<float> syntheticUserFactors(
    const SyntheticFactorParams &params, std::size_t count, std::uint64_t stream = 0);

} // namespace td::recsys::ann
