// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/enginerun.h"

#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

namespace td::store {

NewRun newRunFor(const sim::Scenario &scenario, const std::string &name)
{
    NewRun run;
    run.name = name;
    run.scenarioJson = sim::scenarioToJson(scenario);
    run.baseDirectory = scenario.baseDirectory;
    run.seed = scenario.run.seed;
    run.daysTotal = scenario.run.days;
    return run;
}

DayRecord lastDayRecord(const sim::Engine &engine, const sim::DaySnapshot &snapshot)
{
    return makeDayRecord(snapshot, engine.lastDayEvents(), engine.scenario().events.sampleRate);
}

} // namespace td::store
