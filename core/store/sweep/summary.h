// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"

#include <optional>
#include <string>
#include <vector>

namespace td::store {

/// What `summarize` computes (docs/sweeps.md).
struct SummaryOptions
{
    /// Metrics to summarise; empty = every metric stored, in metric-catalogue order.
    std::vector<std::string> metrics;
    /// Day to summarise; nullopt = the last day stored by any run of the group.
    std::optional<int> day;
};

/// Two-sided 95 % quantile of Student's t with `df` >= 1 degrees of freedom, t_{0.975, df}
/// (Boost.Math): 12.7062 for df = 1, 2.2622 for df = 9, -> 1.95996 as df grows.
double tQuantile975(int df);

/// Mean, sample standard deviation and the 95 % confidence interval of the mean,
/// mean ± t_{0.975, n-1} · sd / sqrt(n). Values are summed in ascending order, so the result
/// does not depend on the order of the runs (a merged database gives the same bytes).
struct MeanInterval
{
    int n = 0;
    double mean = 0.0; ///< NaN if n = 0
    double sd = 0.0; ///< NaN if n < 2
    double low = 0.0; ///< NaN if n < 2
    double high = 0.0; ///< NaN if n < 2
};
MeanInterval meanInterval(std::vector<double> values);

/// The summary CSV: one row per (grid point, sweep), sorted by the grid point's canonical
/// JSON text then the sweep id, so two databases holding the same runs give identical bytes.
/// Columns: `sweep`, one column per grid path (sorted), `day`, `runs`, then for each metric
/// `<m>_n`, `<m>_mean`, `<m>_sd`, `<m>_ci95_low`, `<m>_ci95_high` (td::base::formatNumber;
/// empty where undefined). Runs outside a sweep form one group with an empty sweep and grid.
/// Throws StoreError (BadRequest) for a metric that no run stored or an empty database.
std::string summaryCsv(const RunStore &store, const SummaryOptions &options);

} // namespace td::store
