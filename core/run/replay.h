// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace td::store {
class RunStore;
}

namespace td::run {

/// The first difference between a stored run and its replay.
struct ReplayMismatch
{
    int day = 0;
    std::string metric;
    std::string stored; ///< exact text (shortest round-trip form), "undefined" for NULL
    std::string replayed;
};

/// Everything a replay needs from the store, read on the connection's thread (the connection
/// rule, docs/store.md); the simulation then runs without touching the store.
struct ReplayInput
{
    store::RunInfo run;
    std::vector<store::StoredDay> days;
    std::vector<store::Annotation> annotations;
};

/// Reads run `runId` for replay. Throws store::StoreError (unknown run, damaged file...).
ReplayInput loadReplayInput(const store::RunStore &store, long long runId);

enum class ReplayStatus {
    Matched, ///< every stored value reproduced bit for bit
    Mismatch, ///< `mismatch` is the first difference
    OtherModel, ///< recorded by another simulation model version: not replayed (modelNote())
    Cancelled, ///< stopped by the cancel flag before the last day
    /// A plugin run whose plugin library changed since (its SHA-256 differs): not replayed
    /// (pluginNote()).
    OtherPlugin,
};

struct ReplayResult
{
    ReplayStatus status = ReplayStatus::Matched;
    int daysCompared = 0;
    long long valuesCompared = 0;
    /// Metrics this build computes that the run did not store (added since): not compared.
    int metricsNotStored = 0;
    std::optional<ReplayMismatch> mismatch;
    /// The model version the run was recorded with (nullopt: stored before versions existed)
    /// and this build's (sim::kModelVersion).
    std::optional<int> recordedModel;
    int buildModel = 0;

    bool matches() const { return status == ReplayStatus::Matched; }
    /// For OtherModel: "recorded by simulation model N, this build is M: numbers are expected
    /// to differ". For a run without a recorded version: a hint that a mismatch may come from
    /// a model change. Empty otherwise.
    std::string modelNote() const;

    /// OtherPlugin: the library the run recorded and the file its scenario names now.
    std::string pluginPath; ///< the file the stored scenario names now (resolved)
    std::string recordedPluginSha256;
    std::string currentPluginSha256; ///< "unreadable" when the file cannot be read
    /// For OtherPlugin: why the run was not replayed, naming the file and both hashes. Empty
    /// otherwise.
    std::string pluginNote() const;
};

struct ReplayOptions
{
    unsigned threads = 1; ///< engine threads; never changes the result
    /// Called after each simulated day with (day, last day), on the replaying thread.
    std::function<void(int, int)> progress;
    /// Checked before each day; set it from any thread to stop (status Cancelled).
    const std::atomic<bool> *cancel = nullptr;
};

/// Re-simulates a stored run from its scenario, seed and annotations and compares every stored
/// day metric bit for bit (docs/architecture.md §6). Annotation (day d, path, value) is applied
/// with Engine::setParameter when currentDay() == d, before stepDay(), which is exactly how the
/// engine recorded it. An interrupted run replays the days it has. Stops at the first
/// mismatch. A run recorded by another simulation model version is not simulated at all
/// (status OtherModel): its numbers are expected to differ; nor is a plugin run whose plugin
/// file now has another SHA-256 than the one it recorded (status OtherPlugin).
///
/// Touches no store; any thread. Throws sim::ScenarioError (a stored scenario this build
/// cannot read) or std::runtime_error (the simulation fails).
ReplayResult replay(const ReplayInput &input, const ReplayOptions &options = {});

/// Opens `databasePath` read-only on the calling thread, reads the run, closes the connection
/// and replays it on the calling thread. `warnings` (if given) receives the store's warnings
/// (a damaged file). Throws like loadReplayInput() and replay().
ReplayResult replayStoredRun(const std::string &databasePath, long long runId,
    const ReplayOptions &options = {}, std::vector<std::string> *warnings = nullptr);

} // namespace td::run
