// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace td::metrics {

/// One per-day metric: its CSV/JSON column name (a public contract: never rename), unit and
/// a one-line description (docs/metrics.md has the full definition).
struct MetricInfo
{
    std::string_view name;
    std::string_view unit;
    std::string_view description;
};

/// Every per-day metric column, in output order. `day` is not included (it is the key).
const std::vector<MetricInfo> &metricCatalog();

/// Index of a metric in metricCatalog(), or -1.
int metricIndex(std::string_view name);

} // namespace td::metrics
