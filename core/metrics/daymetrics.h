// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "metrics/metriccatalog.h"

#include <cmath>
#include <limits>
#include <vector>

namespace td::metrics {

/// The metrics of one simulated day: values in metricCatalog() order. NaN = not defined that
/// day (e.g. skip rate on a day without plays); written as an empty CSV cell / JSON null.
struct DayMetrics
{
    Day day = 0;
    std::vector<double> values
        = std::vector<double>(metricCatalog().size(), std::numeric_limits<double>::quiet_NaN());

    double value(std::string_view name) const
    {
        const int i = metricIndex(name);
        return i < 0 ? std::numeric_limits<double>::quiet_NaN() : values[std::size_t(i)];
    }
    void set(std::string_view name, double v)
    {
        const int i = metricIndex(name);
        if (i >= 0)
            values[std::size_t(i)] = v;
    }
};

} // namespace td::metrics
