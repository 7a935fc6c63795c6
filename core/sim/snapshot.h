// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/diagnostics.h"
#include "events/trace.h"
#include "metrics/appetitecohorts.h"
#include "metrics/cohorts.h"
#include "metrics/daymetrics.h"

#include <memory>
#include <string>
#include <vector>

namespace td::sim {

/// A live parameter change, recorded with the day from which it applies.
struct Annotation
{
    int day = 0;
    std::string path;
    std::string value;
};

/// The recommender pipeline's funnel for one day, summed over requests: candidates offered by
/// each source → merged → removed by each filter → ranked → shown → streamed. Empty
/// (requests == 0) for recommenders without a pipeline.
struct FunnelSnapshot
{
    std::vector<std::pair<std::string, std::int64_t>> bySource; ///< (source name, candidates)
    std::int64_t merged = 0;
    std::vector<std::pair<std::string, std::int64_t>> removedBy; ///< (filter name, removed)
    std::int64_t ranked = 0;
    std::int64_t shown = 0;
    std::int64_t streamed = 0; ///< streams of recommended tracks
    std::int64_t requests = 0;
};

/// Wall-clock seconds of the day's engine stages (benchmarks, the CLI's reports). Observation
/// only: timing draws no random numbers and changes no result.
struct DayTimings
{
    double beginDay = 0.0; ///< world and recommender start of day (pipeline: index rebuilds)
    double sessions = 0.0; ///< every listener's sessions on the pool (serving, response, fold-ins)
    double endDay = 0.0; ///< recommender end of day (pipeline: the nightly retrain)
    double metrics = 0.0; ///< day metrics and cohort retention
    double total = 0.0; ///< the whole stepDay()
    /// The recommender's own breakdown (events::Recommender::diagnostics(); zero for the
    /// baselines)
    events::RecommenderTimings pipeline;
};

/// The trace of one listener's first Home request of a day.
struct TracedRequest
{
    ListenerId listener = 0;
    bool fromSession = true; ///< false: no Home request that day; a request was made at noon
    std::shared_ptr<const events::RequestTrace> trace;
};

/// What the engine publishes after each simulated day. Immutable once published; the UI
/// keeps shared pointers and never reads engine memory.
struct DaySnapshot
{
    metrics::DayMetrics metrics;
    int totalDays = 0;
    double listenerDaysPerSecond = 0.0; ///< throughput of this day (wall clock)
    std::vector<Annotation> annotationsToday;
    /// Retention of every signup cohort at the end of the day.
    std::vector<metrics::CohortRetention> cohorts;
    /// The novelty-appetite terciles (low, middle, high) on this day: members, active,
    /// satisfaction, churned and streams (`run --cohort-by novelty_appetite`).
    std::vector<metrics::AppetiteCohortDay> appetiteCohorts;
    /// Per-stage traces of the listeners asked for with Engine::requestTrace().
    std::vector<TracedRequest> traces;
    FunnelSnapshot funnel;
    DayTimings timings;
};

using DaySnapshotPtr = std::shared_ptr<const DaySnapshot>;

} // namespace td::sim
