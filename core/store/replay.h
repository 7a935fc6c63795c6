// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"

#include <functional>
#include <optional>
#include <string>

namespace td::store {

/// The first difference between a stored run and its replay.
struct ReplayMismatch
{
    int day = 0;
    std::string metric;
    std::string stored; ///< exact text (shortest round-trip form), "undefined" for NULL
    std::string replayed;
};

struct ReplayResult
{
    int daysCompared = 0;
    long long valuesCompared = 0;
    /// Metrics this build computes that the run did not store (added since): not compared.
    int metricsNotStored = 0;
    std::optional<ReplayMismatch> mismatch; ///< empty: every stored value matched

    bool matches() const { return !mismatch.has_value(); }
};

/// Re-simulates a stored run from its scenario, seed and annotations and compares every stored
/// day metric bit for bit (docs/architecture.md §6). Annotation (day d, path, value) is applied
/// with Engine::setParameter when currentDay() == d, before stepDay(), which is exactly how the
/// engine recorded it. An interrupted run replays the days it has. Stops at the first
/// mismatch. `threads` does not change the result (engine determinism); `progress` is called
/// after each day with (day, last day).
///
/// Throws StoreError (unknown run), sim::ScenarioError (a stored scenario this build cannot
/// read) or std::runtime_error (the simulation fails).
ReplayResult replayRun(const RunStore &store, long long runId, unsigned threads,
    const std::function<void(int, int)> &progress = {});

} // namespace td::store
