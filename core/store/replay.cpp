// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/replay.h"

#include "metrics/metriccatalog.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace td::store {

namespace {

std::string exactText(const std::optional<double> &v)
{
    if (!v)
        return "undefined";
    if (std::isnan(*v))
        return "undefined";
    if (std::isinf(*v))
        return *v > 0 ? "inf" : "-inf";
    if (*v == 0.0 && std::signbit(*v))
        return "-0";
    return sim::text::shortestNumber(*v);
}

bool sameBits(const std::optional<double> &stored, double replayed)
{
    if (!stored)
        return std::isnan(replayed); // NULL stores NaN (undefined)
    return std::memcmp(&*stored, &replayed, sizeof replayed) == 0;
}

} // namespace

ReplayResult replayRun(const RunStore &store, long long runId, unsigned threads,
    const std::function<void(int, int)> &progress)
{
    const RunInfo run = store.run(runId);
    const std::vector<StoredDay> days = store.dayMetrics(runId);
    const std::vector<sim::Annotation> annotations = store.annotations(runId);
    sim::Scenario scenario = sim::parseScenario(run.scenarioJson, run.baseDirectory);
    scenario.run.seed = run.seed;

    ReplayResult result;
    if (days.empty())
        return result;
    const int lastDay = days.back().day;
    sim::Engine engine(scenario, threads);
    std::size_t nextAnnotation = 0;
    std::size_t nextStored = 0;
    std::vector<bool> seen(metrics::metricCatalog().size(), false);
    while (engine.currentDay() <= lastDay && !engine.finished()) {
        const int day = engine.currentDay();
        for (; nextAnnotation < annotations.size() && annotations[nextAnnotation].day <= day;
             ++nextAnnotation) {
            const sim::Annotation &a = annotations[nextAnnotation];
            if (a.day < day)
                continue; // cannot happen in a store written by RunRecorder
            engine.setParameter(a.path, a.value);
        }
        const sim::DaySnapshotPtr snapshot = engine.stepDay();
        if (nextStored < days.size() && days[nextStored].day == day) {
            for (const StoredValue &v : days[nextStored].values) {
                const int index = metrics::metricIndex(v.metric);
                if (index < 0) {
                    result.mismatch = ReplayMismatch { day, v.metric, exactText(v.value),
                        "not computed by this version" };
                    return result;
                }
                seen[std::size_t(index)] = true;
                const double replayed = snapshot->metrics.values[std::size_t(index)];
                if (!sameBits(v.value, replayed)) {
                    result.mismatch = ReplayMismatch { day, v.metric, exactText(v.value),
                        exactText(std::optional<double>(replayed)) };
                    return result;
                }
                ++result.valuesCompared;
            }
            ++result.daysCompared;
            ++nextStored;
        }
        if (progress)
            progress(day, lastDay);
    }
    if (nextStored < days.size())
        throw std::runtime_error("run " + std::to_string(runId) + " stores day "
            + std::to_string(days[nextStored].day) + " beyond its scenario's "
            + std::to_string(engine.totalDays()) + " days");
    for (bool s : seen)
        result.metricsNotStored += s ? 0 : 1;
    return result;
}

} // namespace td::store
