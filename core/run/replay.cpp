// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/replay.h"

#include "metrics/metriccatalog.h"
#include "plugin/filedigest.h"
#include "sim/engine.h"
#include "sim/modelversion.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"
#include "store/runstore.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace td::run {

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

std::string ReplayResult::modelNote() const
{
    if (status == ReplayStatus::OtherModel && recordedModel)
        return "recorded by simulation model " + std::to_string(*recordedModel) + ", this build is "
            + std::to_string(buildModel) + ": numbers are expected to differ";
    if (!recordedModel && status == ReplayStatus::Mismatch)
        return "the run does not record its simulation model (it was stored before model "
               "versions existed); if the model changed since, numbers are expected to differ";
    return {};
}

std::string ReplayResult::pluginNote() const
{
    if (status != ReplayStatus::OtherPlugin)
        return {};
    return "it was recorded with a plugin of SHA-256 " + recordedPluginSha256 + ", but '"
        + pluginPath + "' now has SHA-256 " + currentPluginSha256
        + ": the plugin changed since the run, so its numbers are expected to differ (restore "
          "the library that recorded the run to replay it)";
}

ReplayInput loadReplayInput(const store::RunStore &store, long long runId)
{
    ReplayInput input;
    input.run = store.run(runId);
    input.days = store.dayMetrics(runId);
    input.annotations = store.annotations(runId);
    return input;
}

ReplayResult replay(const ReplayInput &input, const ReplayOptions &options)
{
    const store::RunInfo &run = input.run;
    ReplayResult result;
    result.recordedModel = run.modelVersion;
    result.buildModel = sim::kModelVersion;
    if (run.modelVersion && *run.modelVersion != sim::kModelVersion) {
        result.status = ReplayStatus::OtherModel;
        return result;
    }
    const std::vector<store::StoredDay> &days = input.days;
    const std::vector<store::Annotation> &annotations = input.annotations;
    if (days.empty())
        return result;
    sim::Scenario scenario = sim::parseScenario(run.scenarioJson, run.baseDirectory);
    scenario.run.seed = run.seed;
    if (!run.pluginSha256.empty()) {
        // The same library, byte for byte, or no replay (pluginLibraryPath throws
        // ScenarioError when the file is gone).
        result.pluginPath = sim::pluginLibraryPath(scenario);
        result.recordedPluginSha256 = run.pluginSha256;
        result.currentPluginSha256
            = plugin::fileSha256(result.pluginPath).value_or(std::string("unreadable"));
        if (result.currentPluginSha256 != run.pluginSha256) {
            result.status = ReplayStatus::OtherPlugin;
            return result;
        }
    }

    const int lastDay = days.back().day;
    sim::Engine engine(scenario, options.threads == 0 ? 1 : options.threads);
    std::size_t nextAnnotation = 0;
    std::size_t nextStored = 0;
    std::vector<bool> seen(metrics::metricCatalog().size(), false);
    while (engine.currentDay() <= lastDay && !engine.finished()) {
        if (options.cancel && options.cancel->load()) {
            result.status = ReplayStatus::Cancelled;
            return result;
        }
        const int day = engine.currentDay();
        for (; nextAnnotation < annotations.size() && annotations[nextAnnotation].day <= day;
             ++nextAnnotation) {
            const store::Annotation &a = annotations[nextAnnotation];
            if (a.day < day)
                continue; // cannot happen in a store written by RunRecorder
            engine.setParameter(a.path, a.value);
        }
        const sim::DaySnapshotPtr snapshot = engine.stepDay();
        if (nextStored < days.size() && days[nextStored].day == day) {
            for (const store::StoredValue &v : days[nextStored].values) {
                const int index = metrics::metricIndex(v.metric);
                if (index < 0) {
                    result.status = ReplayStatus::Mismatch;
                    result.mismatch = ReplayMismatch { day, v.metric, exactText(v.value),
                        "not computed by this version" };
                    return result;
                }
                seen[std::size_t(index)] = true;
                const double replayed = snapshot->metrics.values[std::size_t(index)];
                if (!sameBits(v.value, replayed)) {
                    result.status = ReplayStatus::Mismatch;
                    result.mismatch = ReplayMismatch { day, v.metric, exactText(v.value),
                        exactText(std::optional<double>(replayed)) };
                    return result;
                }
                ++result.valuesCompared;
            }
            ++result.daysCompared;
            ++nextStored;
        }
        if (options.progress)
            options.progress(day, lastDay);
    }
    if (nextStored < days.size())
        throw std::runtime_error("run " + std::to_string(run.id) + " stores day "
            + std::to_string(days[nextStored].day) + " beyond its scenario's "
            + std::to_string(engine.totalDays()) + " days");
    for (bool s : seen)
        result.metricsNotStored += s ? 0 : 1;
    return result;
}

ReplayResult replayStoredRun(const std::string &databasePath, long long runId,
    const ReplayOptions &options, std::vector<std::string> *warnings)
{
    ReplayInput input;
    {
        store::OpenOptions open;
        open.readOnly = true;
        const store::RunStore db(databasePath, open);
        if (warnings)
            *warnings = db.warnings();
        input = loadReplayInput(db, runId);
    } // the connection is closed before the (long) simulation
    return replay(input, options);
}

} // namespace td::run
