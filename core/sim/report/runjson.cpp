// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/report/runjson.h"

#include "base/numberformat.h"

#include <cmath>
#include <limits>

namespace td::report {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string quoted(std::string_view name)
{
    // Metric names are snake_case ASCII (a catalogue contract): nothing to escape.
    return '"' + std::string(name) + '"';
}

/// `json` with every line after the first indented by `indent`, without a trailing newline.
std::string reindented(const std::string &json, const std::string &indent)
{
    std::string out;
    std::size_t end = json.size();
    while (end > 0 && (json[end - 1] == '\n' || json[end - 1] == ' '))
        --end;
    for (std::size_t i = 0; i < end; ++i) {
        out += json[i];
        // Strings in JSON hold no raw newline, so every '\n' is a line break of the layout.
        if (json[i] == '\n')
            out += indent;
    }
    return out;
}

} // namespace

RunSummary summarize(const std::vector<metrics::DayMetrics> &days)
{
    const std::size_t columns = metrics::metricCatalog().size();
    RunSummary summary;
    summary.days = int(days.size());
    summary.finalPopulation = days.empty() ? kNaN : days.back().value("population");
    summary.means.assign(columns, kNaN);
    for (std::size_t i = 0; i < columns; ++i) {
        double sum = 0.0;
        int count = 0;
        for (const metrics::DayMetrics &day : days) {
            if (i < day.values.size() && std::isfinite(day.values[i])) {
                sum += day.values[i];
                ++count;
            }
        }
        if (count > 0)
            summary.means[i] = sum / count;
    }
    return summary;
}

std::string runJson(const std::string &scenarioJson, std::uint64_t seed,
    const std::vector<metrics::DayMetrics> &days)
{
    const auto &catalog = metrics::metricCatalog();
    std::string out = "{\n  \"scenario\": " + reindented(scenarioJson, "  ") + ",\n";
    const bool exactNumber = seed <= (std::uint64_t(1) << 53);
    out += "  \"seed\": " + (exactNumber ? std::to_string(seed) : quoted(std::to_string(seed)))
        + ",\n";
    out += "  \"days\": [";
    for (std::size_t d = 0; d < days.size(); ++d) {
        out += d ? ",\n    {" : "\n    {";
        out += "\"day\": " + std::to_string(days[d].day);
        for (std::size_t i = 0; i < catalog.size(); ++i) {
            const double v = i < days[d].values.size() ? days[d].values[i] : kNaN;
            out += ", " + quoted(catalog[i].name) + ": " + base::formatJsonNumber(v);
        }
        out += "}";
    }
    out += days.empty() ? "],\n" : "\n  ],\n";
    const RunSummary summary = summarize(days);
    out += "  \"summary\": {\n    \"days\": " + std::to_string(summary.days);
    out += ",\n    \"final_population\": " + base::formatJsonNumber(summary.finalPopulation);
    for (std::size_t i = 0; i < catalog.size(); ++i)
        out += ",\n    " + quoted(catalog[i].name) + ": "
            + base::formatJsonNumber(summary.means[i]);
    out += "\n  }\n}\n";
    return out;
}

} // namespace td::report
