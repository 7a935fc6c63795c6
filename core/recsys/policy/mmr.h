// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/policytypes.h"

#include <cstddef>
#include <vector>

namespace td::recsys::policy {

/// Reusable buffers of mmrRerank().
struct MmrScratch
{
    std::vector<SlateItem> items;
    std::vector<double> relevance, maxSimilarity, norms;
};

/// Similarity of candidates a and b as MMR sees it: the context's callback if set, else the
/// cosine of their diversity vectors (0 when either is missing or zero), else 0.
double mmrSimilarity(
    const PolicyCandidate *candidates, const PolicyContext &context, std::size_t a, std::size_t b);

/// Maximal Marginal Relevance re-ranking (Carbonell & Goldstein, SIGIR 1998) of a chosen slate,
/// in place: position by position, the remaining item with the largest
///
///     (1 − λ) · rel_i − λ · max_{j placed} sim(i, j)
///
/// goes next (for the first position the max over nothing counts as 0, so it is the most
/// relevant item). rel_i is the item's SlateItem::key min-max scaled over the slate to [0, 1]
/// (all 1 if the keys are equal), so λ ∈ [0, 1] means the same whatever the score scale.
/// Ties go to the item earlier in the input. The keys along a policy's slate are non-
/// increasing, so λ = 0 returns the slate unchanged exactly. The re-ranking is deterministic;
/// what it does to propensities is ExplorationPolicy's business. The slate is re-ranked, not
/// refilled from the pool: MMR changes order, the policy alone decides what is shown.
/// Cost O(k² · similarity); no allocation once the scratch has grown.
void mmrRerank(SlateItem *slate, int k, double lambda, const PolicyCandidate *candidates,
    const PolicyContext &context, MmrScratch &scratch);

} // namespace td::recsys::policy
