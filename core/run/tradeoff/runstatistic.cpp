// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/tradeoff/runstatistic.h"

#include "metrics/metriccatalog.h"
#include "run/tradeoff/sweepresults.h"

#include <cmath>
#include <limits>

namespace td::run {

RunStatistic RunStatistic::shortTermDefault()
{
    return RunStatistic {};
}

RunStatistic RunStatistic::longTermDefault()
{
    RunStatistic s;
    s.metric = "population";
    s.aggregate = Aggregate::Sum;
    s.fromDay = kLastDay;
    s.toDay = kLastDay;
    return s;
}

std::pair<int, int> RunStatistic::window(int days) const
{
    const int last = days - 1;
    const int from = fromDay == kLastDay ? last : fromDay;
    const int to = toDay == kLastDay ? last : toDay;
    if (to > last || from < 0)
        return { 1, 0 };
    return { from, to };
}

double RunStatistic::of(const SweepRunValues &run) const
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const int m = metrics::metricIndex(metric);
    const auto [from, to] = window(int(run.values.size()));
    if (m < 0 || from > to)
        return kNaN;
    // Summed in day order, like summarize's window statistics.
    double sum = 0.0;
    int defined = 0;
    for (int day = from; day <= to; ++day) {
        const double v = run.values[std::size_t(day)][std::size_t(m)];
        if (std::isnan(v))
            continue;
        sum += v;
        ++defined;
    }
    if (aggregate == Aggregate::Sum)
        return defined == to - from + 1 ? sum : kNaN;
    return defined > 0 ? sum / double(defined) : kNaN;
}

} // namespace td::run
