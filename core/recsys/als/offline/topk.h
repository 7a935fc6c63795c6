// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/implicitals.h"
#include "recsys/als/interactionmatrix.h"
#include "recsys/als/offline/tsvio.h"

#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::offline {

/// Top-K items by ALS score x_uᵀ y_i for every row of `seen` (users × items), leaving out the
/// items in the user's row of `seen` (what they already have). Ties (equal float scores) go
/// to the smaller tieRank[item] (e.g. IdMap::idRanks()). Fewer than K items if the catalogue
/// runs out. Users beyond the model's rows get no list. Scores are computed per user as one
/// matrix-vector product (O(items·f)), users in fixed chunks: thread count never changes the
/// result.
RecommendationLists recommendAls(const als::ImplicitAls &model, const als::InteractionMatrix &seen,
    std::size_t k, const std::vector<std::uint32_t> &tieRank, base::ThreadPool *pool = nullptr);

/// The most-popular baseline: items by number of distinct users in `seen` (descending), ties
/// by tieRank; each user gets the first K they do not already have. Score = user count.
RecommendationLists recommendPopular(
    const als::InteractionMatrix &seen, std::size_t k, const std::vector<std::uint32_t> &tieRank);

} // namespace td::recsys::offline
