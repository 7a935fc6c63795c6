// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace td::run {

struct SweepRunValues;

/// One number per run for an axis of the trade-off plane (docs/gui.md, "Trade-offs"): a
/// metric summed or averaged over a window of days, the same statistics as `summarize
/// --from-day/--to-day` (`<m>_sum`, `<m>_daymean`). One day is the window [d, d].
struct RunStatistic
{
    enum class Aggregate {
        Sum, ///< Σ over the window; defined only if the metric is defined on every day of it
        Mean, ///< mean per day over the days of the window on which the metric is defined
    };
    /// A window end meaning "the run's last day".
    static constexpr int kLastDay = -1;

    std::string metric = "streams";
    Aggregate aggregate = Aggregate::Sum;
    int fromDay = 0; ///< 0-based, or kLastDay
    int toDay = 13; ///< 0-based, or kLastDay; the window is fromDay..toDay, both included

    /// Streams in the first 14 days (days 0–13), summed: plays today.
    static RunStatistic shortTermDefault();
    /// Listeners signed up and not churned (`population`) on the last day: subscribers later.
    static RunStatistic longTermDefault();

    /// The run's value; NaN if the run did not reach the window's end, the window is empty
    /// (it ends before it starts), or the metric is undefined there (see Aggregate).
    double of(const SweepRunValues &run) const;
    /// The window on a run of `days` days: first and last day, clipped to nothing (first >
    /// last) if it does not fit.
    std::pair<int, int> window(int days) const;
};

} // namespace td::run
