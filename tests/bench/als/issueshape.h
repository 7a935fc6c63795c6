// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

/// The synthetic shape of issue 17, measured side by side with implicit 0.7.3 there:
/// 100k users × 50k items, 5M non-zeros (exactly 50 distinct items per user), 64 factors,
/// 15 iterations, 3 CG steps, 2 threads.
namespace td::bench {

struct IssueShape
{
    std::size_t users = 100000;
    std::size_t items = 50000;
    std::size_t perUser = 50; ///< distinct items per user: users × perUser non-zeros
    std::uint64_t seed = 17;
};

/// Writes the shape as a `user item weight` TSV (header line, users in order, items in draw
/// order): each user draws perUser distinct items from a Zipf law over the items (weight
/// 1 / (rank + 1)^0.9, item ids a fixed permutation of the ranks so that popularity is not the
/// id order) with a play count uniform in 1..100. Deterministic from `seed`
/// (td::base::Rng streams, one per user). Returns the number of lines written, header included.
std::size_t writeIssueShapeTsv(const IssueShape &shape, const std::string &path);

} // namespace td::bench
