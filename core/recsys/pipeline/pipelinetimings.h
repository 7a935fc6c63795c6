// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>

namespace td::recsys {

/// Where the pipeline spent one simulated day's time, in seconds (benchmarks and reports).
/// Observation only: reading the clock draws no random numbers and changes no result.
/// `serve` and `foldIn` are summed over the worker threads that ran them (thread-seconds);
/// the others are wall time on the engine thread (fanning out over the pool where noted).
struct PipelineTimings
{
    double serve = 0.0; ///< buildSlate(): retrieval → filters → features → rank → policy
    std::int64_t requests = 0; ///< slates built (the serving path's work items)
    double foldIn = 0.0; ///< exact fold-in of the listener's vector after each session
    double contentIndex = 0.0; ///< audio-feature index build (once, on the first day)
    double cfIndex = 0.0; ///< start of day: ALS item-factor index rebuild (after a retrain)
    double endDayGather = 0.0; ///< end of day: trending, ranker rows, funnel, policy.learn()
    double evidenceMatrix = 0.0; ///< retrain: decayed evidence → confidence matrix
    double alsFit = 0.0; ///< retrain: warm-started implicit ALS (pool)
    int alsIterations = 0; ///< iterations run by that fit (0: no retrain today)
    double rankerTrain = 0.0; ///< retrain: logistic ranker (Newton)
};

/// Seconds since `start` (steady clock).
inline double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace td::recsys
