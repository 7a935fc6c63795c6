// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"

#include <vector>

namespace td::run::replicate {

/// Mean of metric `name` over the days [from, to) of a run's history, skipping days where it
/// is undefined (NaN); NaN if no day in the window defines it.
double windowMean(
    const std::vector<metrics::DayMetrics> &history, const char *name, int from, int to);

} // namespace td::run::replicate
