// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/implicitals.h"
#include "recsys/als/interactionmatrix.h"
#include "recsys/als/offline/tsvio.h"
#include "recsys/kernels/batchedtopk.h"

#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::offline {

/// Top-K items by ALS score x_uᵀ y_i for every row of `seen` (users × items), leaving out the
/// items in the user's row of `seen` (what they already have). Ties (equal float scores) go
/// to the smaller tieRank[item] (e.g. IdMap::idRanks()). Fewer than K items if the catalogue
/// runs out. Users beyond the model's rows get no list; items beyond its rows are never
/// recommended.
///
/// Scores are canonical: x_uᵀ y_i summed in index order in float (kernels::dotSequential), so
/// lists and scores are bit-identical on every machine, instruction set and thread count. They
/// are computed by kernels::BatchedTopK: blocked user × item products with norm-bound pruning,
/// the same answer as scoring every pair (see there).
RecommendationLists recommendAls(const als::ImplicitAls &model, const als::InteractionMatrix &seen,
    std::size_t k, const std::vector<std::uint32_t> &tieRank, base::ThreadPool *pool = nullptr);

/// The same with the kernel's settings (instruction set, pruning; `params.k` is K), and the
/// work it did in `stats` (if not null): for benchmarks and tests.
RecommendationLists recommendAls(const als::ImplicitAls &model, const als::InteractionMatrix &seen,
    const std::vector<std::uint32_t> &tieRank, const kernels::BatchedTopK::Params &params,
    base::ThreadPool *pool, kernels::BatchedTopK::Stats *stats = nullptr);

/// The most-popular baseline: items by number of distinct users in `seen` (descending), ties
/// by tieRank; each user gets the first K they do not already have. Score = user count.
RecommendationLists recommendPopular(
    const als::InteractionMatrix &seen, std::size_t k, const std::vector<std::uint32_t> &tieRank);

} // namespace td::recsys::offline
