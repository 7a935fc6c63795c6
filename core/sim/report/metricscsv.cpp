// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/report/metricscsv.h"

#include "base/numberformat.h"

namespace td::report {

std::string metricsCsvHeader()
{
    std::string line = "day";
    for (const metrics::MetricInfo &m : metrics::metricCatalog()) {
        line += ',';
        line += m.name;
    }
    return line + '\n';
}

std::string metricsCsvRow(const metrics::DayMetrics &day)
{
    std::string line = std::to_string(day.day);
    const std::size_t columns = metrics::metricCatalog().size();
    for (std::size_t i = 0; i < columns; ++i) {
        line += ',';
        // A short vector (not possible via DayMetrics' initialiser) reads as undefined.
        if (i < day.values.size())
            line += base::formatNumber(day.values[i]);
    }
    return line + '\n';
}

std::string metricsCsv(const std::vector<metrics::DayMetrics> &days)
{
    std::string out = metricsCsvHeader();
    for (const metrics::DayMetrics &day : days)
        out += metricsCsvRow(day);
    return out;
}

} // namespace td::report
