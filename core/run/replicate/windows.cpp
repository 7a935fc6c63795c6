// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/replicate/windows.h"

#include <cmath>

namespace td::run::replicate {

double windowMean(
    const std::vector<metrics::DayMetrics> &history, const char *name, int from, int to)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &d : history) {
        const double v = d.value(name);
        if (d.day >= from && d.day < to && !std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n > 0 ? sum / n : std::nan("");
}

} // namespace td::run::replicate
