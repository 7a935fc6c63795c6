// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/tradeoff/runstatistic.h"
#include "run/tradeoff/sweepresults.h"
#include "stats/dominance.h"
#include "stats/interval.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace td::run {

/// One setting (grid point) of a sweep in the trade-off plane.
struct FrontierPoint
{
    std::size_t gridIndex = 0; ///< in SweepResults::gridPoints
    std::string gridPoint; ///< canonical JSON
    std::vector<std::pair<std::string, std::string>> values; ///< its knobs and their values
    /// Mean over the point's complete runs with the 95 % t interval of the mean
    /// (stats::meanInterval); runs where a statistic is undefined are left out of it.
    stats::MeanInterval x;
    stats::MeanInterval y;
    bool onFrontier = false;
    /// The scenario of its run with the lowest seed (JSON as stored): what "open this setting"
    /// loads.
    std::string scenarioJson;
    std::string scenarioBaseDirectory; ///< where its relative paths resolve
    std::vector<std::uint64_t> seeds; ///< of its complete runs, ascending
};

/// The trade-off frontier of a sweep (docs/gui.md, "Trade-offs"): each grid point's mean
/// short-term (x) and long-term (y) value with its interval, and the points no other point
/// dominates (stats::paretoFront on the means), joined in x order.
///
/// Dominance is decided on the means; the intervals say how far to trust it: a dominated
/// point whose intervals overlap a frontier point's may not be worse in truth.
struct Frontier
{
    std::vector<FrontierPoint> points; ///< by grid index (plan order)
    std::vector<std::size_t> front; ///< indices into points, by x ascending
};

Frontier computeFrontier(const SweepResults &results, const RunStatistic &x, const RunStatistic &y,
    stats::Better xBetter = stats::Better::Higher, stats::Better yBetter = stats::Better::Higher);

} // namespace td::run
