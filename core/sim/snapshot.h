// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

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
};

using DaySnapshotPtr = std::shared_ptr<const DaySnapshot>;

} // namespace td::sim
