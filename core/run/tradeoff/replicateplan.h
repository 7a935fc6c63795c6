// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/sweep/sweeprunner.h"
#include "sim/scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace td::run {

/// An A/B comparison with replicate seeds (docs/gui.md, "A/B with replicates"): both arms run
/// on the same seeds, so each seed gives a pair of runs on the same population and the
/// comparison is paired.
///
/// It is recorded like a sweep, one sweep per comparison, so `summarize` and `merge` treat it
/// like one and the GUI can reopen it: the definition is
/// `{"ab":{"a":A,"b":B},"grid":[{"path":"arm","values":["A","B"]}],"seeds":[...]}` (A and B
/// the two scenarios as JSON), each run's grid point `{"arm":"A"}` or `{"arm":"B"}`, plan
/// items grid-major (A's seeds, then B's) as for a sweep, and the sweep id the hash of the
/// definition (sweepIdOf()). `tastedrift-cli summarize DB --paired arm=A` gives B − A.
struct ReplicateComparison
{
    sim::Scenario a;
    sim::Scenario b;
    std::vector<std::uint64_t> seeds; ///< distinct; every run's run.seed

    /// The sweep definition (JSON text) and its id.
    std::string definitionJson() const;
    std::string sweepId() const;

    /// The planned runs, pair by pair (A then B of the first seed, then of the second …), so
    /// that a comparison cancelled half-way has whole pairs; each is named
    /// "<name> A seed <S>" / "<name> B seed <S>". Throws SweepError for no seeds or a seed
    /// listed twice.
    std::vector<PlannedRun> plannedRuns(const std::string &name) const;

    /// The comparison a definition describes, or nullopt if it is not an A/B comparison (a
    /// sweep of `tastedrift-cli sweep`) or cannot be read by this build.
    static std::optional<ReplicateComparison> fromDefinition(const std::string &definitionJson);
};

/// `count` consecutive seeds from `first`: first, first + 1, … (wrapping at 2^64).
std::vector<std::uint64_t> consecutiveSeeds(std::uint64_t first, int count);

/// The grid axis of an A/B comparison and its two values.
inline constexpr const char *kArmPath = "arm";
inline constexpr const char *kArmPointA = "{\"arm\":\"A\"}";
inline constexpr const char *kArmPointB = "{\"arm\":\"B\"}";

} // namespace td::run
