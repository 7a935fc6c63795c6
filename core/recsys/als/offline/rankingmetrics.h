// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/offline/tsvio.h"

#include <cstdint>
#include <vector>

namespace td::recsys::offline {

/// Ranking metrics at cut-off K with binary relevance, macro-averaged over the users that have
/// at least one relevant (held-out) item. For one user with relevant set T (|T| >= 1), the
/// first K recommended items, rel_r = 1 if the item at rank r is in T, hits = Σ_{r<=K} rel_r,
/// and m = min(K, |T|) (the most hits any list of K can have):
///
///     recall@K    = hits / m          (1 for a perfect list even when |T| > K)
///     precision@K = hits / K          (a list shorter than K still divides by K)
///     NDCG@K      = Σ_r rel_r / log2(r + 1)  ÷  Σ_{r=1..m} 1 / log2(r + 1)
///     AP@K        = (1/m) Σ_r rel_r · hits@r / r,  MAP@K = mean of AP@K
///
/// Users without a list score 0 on every metric. Duplicate items in a list count once.
/// (Järvelin & Kekäläinen 2002 for NDCG; recall normalised by min(K, |T|) as in the
/// `implicit` library's precision_at_k, so users with many held-out items are not capped.)
struct RankingScores
{
    std::size_t users = 0; ///< users with >= 1 relevant item (the denominator)
    double recall = 0.0;
    double precision = 0.0;
    double ndcg = 0.0;
    double map = 0.0;
};

/// One user's scores (users = 1), or all zero with users = 0 if `relevant` is empty.
/// `relevant` must be sorted ascending without duplicates.
RankingScores scoreUser(
    const std::vector<ScoredItem> &list, const std::vector<std::uint32_t> &relevant, std::size_t k);

/// Macro average over users; relevant[u] sorted ascending, no duplicates; `lists` may be
/// shorter than `relevant` (missing users have empty lists).
RankingScores evaluateRanking(const RecommendationLists &lists,
    const std::vector<std::vector<std::uint32_t>> &relevant, std::size_t k);

} // namespace td::recsys::offline
