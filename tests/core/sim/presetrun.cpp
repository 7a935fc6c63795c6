// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "presetrun.h"

#include "metrics/metriccatalog.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <cmath>
#include <stdexcept>

namespace td::test {

double PresetRun::sum(const std::string &metric, int from, int to) const
{
    const std::vector<double> &days = metrics.at(metric);
    if (from < 0 || to >= int(days.size()) || from > to)
        throw std::out_of_range("days " + std::to_string(from) + "-" + std::to_string(to) + " of a "
            + std::to_string(days.size()) + "-day run");
    double total = 0.0;
    for (int d = from; d <= to; ++d)
        total += days[std::size_t(d)];
    return total;
}

double PresetRun::mean(const std::string &metric, int from, int to) const
{
    const std::vector<double> &days = metrics.at(metric);
    if (from < 0 || to >= int(days.size()) || from > to)
        throw std::out_of_range("days out of range");
    double total = 0.0;
    int n = 0;
    for (int d = from; d <= to; ++d) {
        if (std::isfinite(days[std::size_t(d)])) {
            total += days[std::size_t(d)];
            ++n;
        }
    }
    return n > 0 ? total / n : std::nan("");
}

double PresetRun::at(const std::string &metric, int day) const
{
    return metrics.at(metric).at(std::size_t(day));
}

sim::Scenario ciSizedPreset(const std::string &name, std::uint64_t seed, const Overrides &overrides)
{
    sim::Scenario s = sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/" + name + ".json");
    s.run.seed = seed;
    s.world.listeners.count /= 4;
    s.world.listeners.arrivalsPerDay /= 4.0;
    s.world.catalog.tracks /= 4;
    for (const auto &[path, value] : overrides)
        sim::setScenarioValue(s, path, value);
    return s;
}

PresetRun runPreset(const sim::Scenario &scenario)
{
    sim::Engine engine(scenario, 2);
    PresetRun run;
    const auto &catalog = metrics::metricCatalog();
    while (!engine.finished()) {
        const auto snap = engine.stepDay();
        for (std::size_t i = 0; i < catalog.size(); ++i)
            run.metrics[std::string(catalog[i].name)].push_back(snap->metrics.values[i]);
        std::array<metrics::AppetiteCohortDay, 3> day {};
        for (const metrics::AppetiteCohortDay &c : snap->appetiteCohorts)
            day[std::size_t(c.tercile)] = c;
        run.terciles.push_back(day);
    }
    return run;
}

} // namespace td::test
