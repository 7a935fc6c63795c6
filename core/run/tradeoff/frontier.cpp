// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/tradeoff/frontier.h"

#include <algorithm>
#include <cmath>

namespace td::run {

Frontier computeFrontier(const SweepResults &results, const RunStatistic &x, const RunStatistic &y,
    stats::Better xBetter, stats::Better yBetter)
{
    Frontier frontier;
    std::vector<std::vector<double>> xs(results.gridPoints.size());
    std::vector<std::vector<double>> ys(results.gridPoints.size());
    frontier.points.resize(results.gridPoints.size());
    for (std::size_t g = 0; g < results.gridPoints.size(); ++g) {
        frontier.points[g].gridIndex = g;
        frontier.points[g].gridPoint = results.gridPoints[g];
        frontier.points[g].values = gridPointValues(results.gridPoints[g]);
    }
    std::vector<std::uint64_t> lowestSeed(results.gridPoints.size(), 0);
    for (const SweepRunValues &run : results.runs) {
        FrontierPoint &point = frontier.points[run.gridIndex];
        const double vx = x.of(run);
        const double vy = y.of(run);
        if (!std::isnan(vx))
            xs[run.gridIndex].push_back(vx);
        if (!std::isnan(vy))
            ys[run.gridIndex].push_back(vy);
        if (point.seeds.empty() || run.info.seed < lowestSeed[run.gridIndex]) {
            lowestSeed[run.gridIndex] = run.info.seed;
            point.scenarioJson = run.info.scenarioJson;
            point.scenarioBaseDirectory = run.info.baseDirectory;
        }
        point.seeds.push_back(run.info.seed);
    }
    std::vector<stats::Objectives> means;
    for (std::size_t g = 0; g < frontier.points.size(); ++g) {
        FrontierPoint &point = frontier.points[g];
        std::sort(point.seeds.begin(), point.seeds.end());
        point.x = stats::meanInterval(xs[g]);
        point.y = stats::meanInterval(ys[g]);
        means.push_back({ point.x.mean, point.y.mean });
    }
    frontier.front = stats::paretoFront(means, xBetter, yBetter);
    for (std::size_t i : frontier.front)
        frontier.points[i].onFrontier = true;
    return frontier;
}

} // namespace td::run
