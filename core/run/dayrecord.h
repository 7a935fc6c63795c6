// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"
#include "sim/snapshot.h"
#include "store/runrecords.h"

#include <string>
#include <vector>

namespace td::sim {
class Engine;
}

/// What every client that records an engine run stores (`tastedrift-cli run --db`, the GUI's
/// worker, sweeps): one place, so a GUI run, a CLI run and a sweep run of the same scenario
/// and seed store the same rows. The store itself knows no engine; this is where snapshots
/// become store records.
namespace td::run {

/// The run row of `scenario` about to be simulated: its JSON as run (before live changes),
/// base folder, seed, days and this build's simulation model (sim::kModelVersion); `name` is
/// what the user sees in `runs` and the run browser.
/// Plugin runs also record the library's absolute path and SHA-256 (throws sim::ScenarioError
/// when the plugin path names no file).
store::NewRun newRunFor(const sim::Scenario &scenario, const std::string &name);

/// A DayRecord from the engine's snapshot and the day's full event log with each event's true
/// context (parallel), keeping the events of the listeners chosen by store::keepListener() at
/// `sampleRate`.
store::DayRecord dayRecordOf(const sim::DaySnapshot &snapshot,
    const std::vector<events::Event> &dayEvents, const std::vector<events::Context> &dayContexts,
    double sampleRate);

/// The day the engine has just simulated (`snapshot`, its last one), ready for
/// RunRecorder::writeDay: metrics, live changes, cohorts and the event sample of the
/// scenario's `events.sample_rate`. Call on the engine's thread, before the next stepDay().
store::DayRecord lastDayRecord(const sim::Engine &engine, const sim::DaySnapshot &snapshot);

/// Stored annotations as the engine's (StoredRun snapshots, replay).
sim::Annotation toSimAnnotation(const store::Annotation &stored);

} // namespace td::run
