// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/appetitecohorts.h"
#include "sim/scenario/scenario.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace td::test {

/// One preset run's daily numbers, as `tastedrift-cli run --csv … --cohorts … --cohort-by
/// novelty_appetite` would write them: every metric column, and the three appetite terciles.
struct PresetRun
{
    std::map<std::string, std::vector<double>> metrics; ///< column name → one value per day
    std::vector<std::array<metrics::AppetiteCohortDay, 3>> terciles; ///< per day

    /// Σ of `metric` over days [from, to] (inclusive).
    double sum(const std::string &metric, int from, int to) const;
    /// Mean of `metric` over days [from, to], skipping empty (NaN) days.
    double mean(const std::string &metric, int from, int to) const;
    /// The value on `day`.
    double at(const std::string &metric, int day) const;
};

using Overrides = std::vector<std::pair<std::string, std::string>>;

/// The preset scenarios/<name>.json on `seed`, at the claims' CI size (a quarter of the
/// preset's listeners, arrivals and tracks: presetclaims.cpp says why), with `overrides`
/// applied as `--set PATH=VALUE` would.
sim::Scenario ciSizedPreset(
    const std::string &name, std::uint64_t seed, const Overrides &overrides);

/// Runs `scenario` to its last day on two threads.
PresetRun runPreset(const sim::Scenario &scenario);

} // namespace td::test
