// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"

#include <string>
#include <vector>

namespace td::report {

/// Per-day metrics as CSV (RFC 4180 subset: no quoting is ever needed, names are snake_case).
/// Columns: `day`, then every metric in metrics::metricCatalog() order. Numbers in the one
/// fixed format of base::formatNumber (`%.9g`); NaN (not defined that day) is an empty cell.
/// Lines end with "\n". Identical runs give identical bytes.

/// "day,active_listeners,...\n"
std::string metricsCsvHeader();

/// One row: "0,1834,...\n".
std::string metricsCsvRow(const metrics::DayMetrics &day);

/// Header plus one row per element, in the given order.
std::string metricsCsv(const std::vector<metrics::DayMetrics> &days);

} // namespace td::report
