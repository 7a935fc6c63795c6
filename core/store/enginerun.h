// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"
#include "store/runrecords.h"

#include <string>

namespace td::sim {
class Engine;
}

/// What every client that records an engine run stores (`tastedrift-cli run --db`, the GUI's
/// worker): one place, so a GUI run and a CLI run of the same scenario store the same rows.
namespace td::store {

/// The run row of `scenario` about to be simulated: its JSON as run (before live changes),
/// base folder, seed and days; `name` is what the user sees in `runs` and the run browser.
NewRun newRunFor(const sim::Scenario &scenario, const std::string &name);

/// The day the engine has just simulated (`snapshot`, its last one), ready for
/// RunRecorder::writeDay: metrics, live changes, cohorts and the event sample of the
/// scenario's `events.sample_rate`. Call on the engine's thread, before the next stepDay().
DayRecord lastDayRecord(const sim::Engine &engine, const sim::DaySnapshot &snapshot);

} // namespace td::store
