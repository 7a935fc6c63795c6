// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"

#include <QString>

#include <vector>

namespace td::ui {

/// Writes the day metrics as CSV, byte for byte what `tastedrift-cli run --csv` writes for the
/// same days (report::metricsCsv: `day` + metricCatalog() columns, base::formatNumber numbers,
/// empty cells for NaN). Complete or not written (writeFileSafely). Returns false and sets
/// `error` on failure.
bool writeMetricsCsv(
    const std::vector<metrics::DayMetrics> &days, const QString &path, QString *error = nullptr);

} // namespace td::ui
