// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli metrics [--csv]`: every per-day metric column with its unit and one-line
// description, from metrics::metricCatalog() (full definitions: docs/metrics.md).
#include "argparser.h"
#include "commands.h"

#include "metrics/metriccatalog.h"

#include <algorithm>
#include <iostream>
#include <string>

namespace td::cli {

namespace {
/// A CSV field, quoted when it holds a comma or a quote.
std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}
} // namespace

int metricsCommand(const QStringList &args)
{
    ArgParser parser("metrics");
    parser.addFlag("csv", "", "print name,unit,description as CSV instead of aligned text");
    if (!parser.parse(args))
        return usageError("metrics", parser.error() + " (see 'tastedrift-cli metrics --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Lists every per-day metric column of 'run --csv/--json', in column order, with its\n"
            "unit and a one-line description. docs/metrics.md defines each one in full.");
        return kExitOk;
    }
    const auto &catalog = metrics::metricCatalog();
    if (parser.isSet("csv")) {
        std::cout << "name,unit,description\n";
        for (const auto &m : catalog)
            std::cout << csvField(m.name) << "," << csvField(m.unit) << ","
                      << csvField(m.description) << "\n";
    } else {
        std::size_t nameWidth = 0, unitWidth = 0;
        for (const auto &m : catalog) {
            nameWidth = std::max(nameWidth, m.name.size());
            unitWidth = std::max(unitWidth, m.unit.size());
        }
        for (const auto &m : catalog)
            std::cout << m.name << std::string(nameWidth - m.name.size() + 2, ' ') << m.unit
                      << std::string(unitWidth - m.unit.size() + 2, ' ') << m.description << "\n";
    }
    std::cout.flush();
    return std::cout ? kExitOk : kExitFailure;
}

} // namespace td::cli
