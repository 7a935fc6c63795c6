// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/offline/tsvio.h"

#include <cstdint>
#include <vector>

namespace td::recsys::offline {

/// A deterministic per-user hold-out split of an InteractionTable (indices of its maps).
struct HoldoutSplit
{
    std::vector<WeightedPair> train; ///< sorted by (user, item) index
    std::vector<WeightedPair> test; ///< sorted by (user, item) index
};

/// For every user with at least `minItems` pairs, sorts the user's items by
///     h = mix64(mix64(seed ^ fnv1a64(user id)) ^ fnv1a64(item id))
/// (td::base::mix64 = SplitMix64's finaliser; FNV-1a over the id's bytes; ties by item id)
/// and moves the first round(fraction · n) of them to test; other users keep everything in
/// train. The split depends only on the ids, the seed and the fraction, never on the order of
/// the file or on the machine.
HoldoutSplit holdoutSplit(
    const InteractionTable &table, double fraction, std::size_t minItems, std::uint64_t seed);

/// Relevant (held-out) items per user index, sorted ascending, for evaluateRanking().
std::vector<std::vector<std::uint32_t>> itemsByUser(
    const std::vector<WeightedPair> &pairs, std::size_t users);

} // namespace td::recsys::offline
