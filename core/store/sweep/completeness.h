// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"

#include <cstdint>
#include <string>
#include <vector>

namespace td::store {

class RunStore;

/// How much of each sweep a database holds, against the plan in the sweep's definition
/// (docs/sweeps.md): which planned runs are missing and which are there but incomplete. A
/// shard alone, a killed shard merged, or an interrupted run all show here, so `merge` and
/// `summarize` can say so instead of silently summarising fewer runs (issue 16, item 10).
struct SweepCompleteness
{
    /// A planned run the database does not hold at all.
    struct Missing
    {
        long long item = 0; ///< plan index
        std::string gridPoint; ///< canonical JSON object, as a sweep run would store it
        std::uint64_t seed = 0;
    };

    std::string sweepId;
    /// Runs the definition plans (grid points x seeds); 0 if the definition cannot be read
    /// (then only `incomplete` is known).
    long long planned = 0;
    long long complete = 0; ///< planned runs held complete (all their days)
    long long missingCount = 0; ///< planned runs not held at all
    /// The first of them by plan index (at most kMaxListed: a shard of a huge sweep misses
    /// millions).
    std::vector<Missing> missing;
    static constexpr std::size_t kMaxListed = 100;
    std::vector<RunInfo> incomplete; ///< held but interrupted, still running, or short

    bool isComplete() const { return missingCount == 0 && incomplete.empty() && planned > 0; }
    /// One line, e.g. "sweep 0f3a...: 10 of 12 planned runs complete; missing: item 5
    /// ({"recommender.kind":"popular"} seed 2), ...; interrupted: run 7 (item 3, ..., 2 of 3
    /// days)". At most `listed` runs of each kind are named.
    std::string describe(std::size_t listed = 5) const;
};

/// The completeness of every sweep in `store` (the `sweeps` table), by sweep id.
/// Thread affinity: the store's thread. Throws StoreError.
std::vector<SweepCompleteness> sweepCompleteness(const RunStore &store);

} // namespace td::store
