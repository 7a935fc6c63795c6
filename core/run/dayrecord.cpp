// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/dayrecord.h"

#include "plugin/filedigest.h"
#include "sim/engine.h"
#include "sim/modelversion.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"

#include <QFileInfo>

namespace td::run {

store::NewRun newRunFor(const sim::Scenario &scenario, const std::string &name)
{
    store::NewRun run;
    run.name = name;
    run.scenarioJson = sim::scenarioToJson(scenario);
    run.baseDirectory = scenario.baseDirectory;
    run.seed = scenario.run.seed;
    run.daysTotal = scenario.run.days;
    run.modelVersion = sim::kModelVersion;
    if (scenario.recommender.kind == recsys::RecommenderKind::Plugin) {
        // Provenance: which library ran, byte for byte (replay refuses another one).
        const std::string path = sim::pluginLibraryPath(scenario);
        run.pluginPath = QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
        run.pluginSha256 = plugin::fileSha256(path).value_or(std::string());
    }
    return run;
}

store::DayRecord dayRecordOf(const sim::DaySnapshot &snapshot,
    const std::vector<events::Event> &dayEvents, const std::vector<events::Context> &dayContexts,
    double sampleRate)
{
    store::DayRecord record;
    record.metrics = snapshot.metrics;
    for (const sim::Annotation &a : snapshot.annotationsToday)
        record.annotations.push_back(store::Annotation { a.day, a.path, a.value });
    record.cohorts = snapshot.cohorts;
    for (std::size_t i = 0; i < dayEvents.size(); ++i) {
        if (!store::keepListener(dayEvents[i].listener, sampleRate))
            continue;
        record.events.push_back(dayEvents[i]);
        record.contexts.push_back(i < dayContexts.size() ? dayContexts[i] : events::Context::None);
    }
    return record;
}

store::DayRecord lastDayRecord(const sim::Engine &engine, const sim::DaySnapshot &snapshot)
{
    return dayRecordOf(snapshot, engine.lastDayEvents(), engine.lastDayContexts(),
        engine.scenario().events.sampleRate);
}

sim::Annotation toSimAnnotation(const store::Annotation &stored)
{
    return sim::Annotation { stored.day, stored.path, stored.value };
}

} // namespace td::run
