// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"
#include "world/daycounters.h"
#include "world/population.h"

namespace td::metrics {

/// Engagement and churn metrics of one day from the merged counters and the population at
/// the end of the day (denominators in docs/metrics.md):
/// - skip_rate = skips / plays, over every surface, organic plays included;
/// - churn_rate = churned today / listeners not churned at the start of the day;
/// - satisfaction statistics over listeners signed up and not churned;
/// - ltv_premium_days accumulates premium listeners not churned at the end of each day
///   (`ltvSoFar` carries the running total between days).
void computeEngagement(const world::DayCounters &counters, const world::Population &population,
    std::size_t arrivals, double &ltvSoFar, DayMetrics &out);

/// q-quantile (0..1) of values by linear interpolation between order statistics (type 7).
/// Reorders `values`.
double quantile(std::vector<float> &values, double q);

} // namespace td::metrics
