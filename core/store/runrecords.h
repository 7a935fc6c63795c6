// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/event.h"
#include "metrics/cohorts.h"
#include "metrics/daymetrics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// Plain records of the run store (docs/store.md): what is written and read back. The store
/// is pure persistence: it knows no engine; core/run turns snapshots into these records.
namespace td::store {

/// A live parameter change as stored (`annotations`): from day `day` on, `path` = `value`.
struct Annotation
{
    int day = 0;
    std::string path;
    std::string value;
};

/// `runs.status`. A run is `running` while its writer holds its lock (RunLock); a run whose
/// writer died is marked `interrupted` by the next process that opens the database.
enum class RunStatus { Running, Complete, Interrupted };
std::string statusText(RunStatus status); ///< "running", "complete", "interrupted"
std::optional<RunStatus> parseStatus(const std::string &text);

/// What a new run row holds before its first day.
struct NewRun
{
    std::string name;
    std::string scenarioJson; ///< the scenario as run (sim::scenarioToJson), before live changes
    std::string baseDirectory; ///< where its relative paths resolve (catalogue CSV)
    std::uint64_t seed = 0;
    int daysTotal = 0;
    /// The simulation model that computes the run (td::sim::kModelVersion); nullopt stores
    /// NULL (unknown), which only tests of old layouts should do.
    std::optional<int> modelVersion;
    /// Plugin runs only (recommender.kind = plugin): the library's absolute path and the
    /// SHA-256 of the file that ran (64 hex digits); empty otherwise.
    std::string pluginPath;
    std::string pluginSha256;
    /// Sweep runs only: the sweep's id (SweepPlan::sweepId), its definition JSON, the index
    /// of the run in the whole (unsharded) plan and the grid point as canonical JSON.
    std::string sweepId;
    std::string sweepDefinition;
    long long sweepItem = -1;
    std::string gridPoint;
};

/// One row of `runs`.
struct RunInfo
{
    long long id = 0;
    std::string name;
    std::string created; ///< ISO 8601 UTC
    std::string finished; ///< ISO 8601 UTC, empty unless complete
    RunStatus status = RunStatus::Running;
    std::string appVersion;
    std::string scenarioJson;
    std::string baseDirectory;
    std::uint64_t seed = 0;
    int daysTotal = 0;
    int daysDone = 0; ///< committed days: days 0 .. daysDone-1 are complete
    /// The simulation model that computed it; nullopt for runs stored before schema
    /// version 2 (or merged from such a database).
    std::optional<int> modelVersion;
    /// Provenance (schema version 4): the git commit of the build that recorded the run
    /// (TD_GIT_COMMIT), and for plugin runs the plugin's path and SHA-256. Empty when unknown
    /// (runs stored before version 4) or, for the plugin fields, not a plugin run.
    std::string gitCommit;
    std::string pluginPath;
    std::string pluginSha256;
    std::string sweepId; ///< empty outside sweeps
    long long sweepItem = -1;
    std::string gridPoint; ///< canonical JSON object, empty outside sweeps
};

/// Everything stored for one simulated day, written in one transaction.
struct DayRecord
{
    metrics::DayMetrics metrics;
    std::vector<Annotation> annotations; ///< live changes that applied from this day
    std::vector<metrics::CohortRetention> cohorts;
    std::vector<events::Event> events; ///< the sampled events (EventSampler), in log order
    /// The true listening context of each sampled event (parallel to `events`): the store is
    /// on the engine's side of the truth firewall. Empty = "none" for every event.
    std::vector<events::Context> contexts;
};

/// The deterministic event sample: all events of a listener are kept or none, so sampled
/// listener histories are whole. u(listener) = top 53 bits of mix64(listener ^ salt) / 2^53,
/// kept iff u < sampleRate. Independent of the seed and the day: the same listeners are
/// sampled in every run, which makes runs comparable listener by listener.
bool keepListener(ListenerId listener, double sampleRate);

/// One metric value of a stored day; nullopt = undefined that day (NaN in DayMetrics).
struct StoredValue
{
    std::string metric;
    std::optional<double> value;
};

/// One stored day: its metrics in name order.
struct StoredDay
{
    int day = 0;
    std::vector<StoredValue> values;
};

/// A stored cohort row.
struct StoredCohort
{
    int day = 0;
    metrics::CohortRetention retention;
};

} // namespace td::store
