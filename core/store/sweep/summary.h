// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "stats/interval.h"
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
    /// A window of days, fromDay..toDay inclusive (`--from-day`, `--to-day`): per run the sum
    /// and the mean per day of each metric over the window, then per grid point the mean over
    /// runs with its interval. Either may be given alone: fromDay defaults to 0, toDay to the
    /// last day stored by any run of the group. Excludes `day`.
    std::optional<int> fromDay;
    std::optional<int> toDay;
    /// `--paired POINT`: the reference grid point, `PATH=VALUE[,PATH=VALUE...]`; empty = none.
    /// Each other grid point of the reference's sweep is compared with it seed by seed.
    std::string paired;

    bool window() const { return fromDay.has_value() || toDay.has_value(); }
};

/// The t quantile and the mean with its 95 % interval live in td::stats (core/stats/interval.h),
/// shared with the GUI's replicate comparisons; the summaries use them under these names.
using stats::MeanInterval;
using stats::meanInterval;
using stats::tQuantile975;

/// The summary CSV: one row per (grid point, sweep), sorted by the grid point's canonical
/// JSON text then the sweep id, so two databases holding the same runs give identical bytes.
/// Columns: `sweep`, one column per grid path (sorted), `day`, `runs`, then for each metric
/// `<m>_n`, `<m>_mean`, `<m>_sd`, `<m>_ci95_low`, `<m>_ci95_high` (td::base::formatNumber;
/// empty where undefined). Runs outside a sweep form one group with an empty sweep and grid.
///
/// With a window (options.window()), `day` becomes `from_day,to_day` and each metric has
/// `<m>_sum_*` (the run's Σ over the window) and `<m>_daymean_*` (the run's mean per day)
/// with the same five suffixes. With options.paired, one row per grid point other than the
/// reference, a `reference` column after the grid columns, and the paired differences
/// (point − reference, seed by seed) as `<stat>_diff_n`, `_diff_mean`, `_diff_sd`,
/// `_diff_ci95_low`, `_diff_ci95_high`, where `<stat>` is `<m>` (a day) or `<m>_sum`,
/// `<m>_daymean` (a window). docs/sweeps.md has the exact layouts.
///
/// Throws StoreError (BadRequest, the message naming the option) for a metric that no run
/// stored, an empty database, a day beyond every stored run, a window that ends before it
/// starts, `day` with a window, and a reference that matches no grid point, several in one
/// sweep, or whose seeds differ from a compared point's (the missing seeds named). Sweeps
/// without the reference point are left out of a paired summary, each with a line in
/// `notes` (if given).
std::string summaryCsv(const RunStore &store, const SummaryOptions &options,
    std::vector<std::string> *notes = nullptr);

} // namespace td::store
