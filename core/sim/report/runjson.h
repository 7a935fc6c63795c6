// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace td::report {

/// Whole-run figures of the JSON report's "summary" object.
struct RunSummary
{
    int days = 0; ///< number of simulated days in the report
    /// `population` on the last day (NaN if there are no days or it was undefined).
    double finalPopulation = 0.0;
    /// Per metric, in metricCatalog() order: the mean over the days on which the metric was
    /// defined (NaN days skipped; NaN if it never was). Summed in day order (deterministic).
    std::vector<double> means;
};

RunSummary summarize(const std::vector<metrics::DayMetrics> &days);

/// The JSON report of a run:
///
///     {"scenario": {...}, "seed": S, "days": [{"day": 0, "active_listeners": ...}, ...],
///      "summary": {"days": N, "final_population": P, "<metric>": mean, ...}}
///
/// `scenarioJson` is sim::scenarioToJson() output (a JSON object; it is re-indented, not
/// re-parsed). Metric numbers use base::formatJsonNumber (`%.9g`, NaN -> null); the seed is a
/// number up to 2^53 and a decimal string above (JSON numbers are exact only up to 2^53).
/// One day per line; identical runs give identical bytes. Ends with "\n".
std::string runJson(const std::string &scenarioJson, std::uint64_t seed,
    const std::vector<metrics::DayMetrics> &days);

} // namespace td::report
