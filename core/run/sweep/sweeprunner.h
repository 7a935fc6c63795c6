// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/sweep/sweepplan.h"
#include "sim/scenario/scenario.h"
#include "store/runrecords.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace td::store {
class RunStore;
struct OpenOptions;
} // namespace td::store

namespace td::run {

/// One run of a batch: what to simulate and the row it is stored as. A sweep makes them from
/// its plan (plannedRuns()); any other batch (A/B with replicate seeds, a frontier) can make
/// its own, with a sweep id and definition of its own so that `merge` and `summarize` treat it
/// like a sweep.
struct PlannedRun
{
    sim::Scenario scenario; ///< complete, seed included
    store::NewRun row; ///< name and sweep fields; scenario, seed, days and model are filled in
};

/// The runs `items` of `plan`, each named "<name> <grid point> seed <S>".
std::vector<PlannedRun> plannedRuns(
    const SweepPlan &plan, const std::vector<std::size_t> &items, const std::string &name);

/// Where a batch stands: runs complete and days committed (over all runs) so far.
struct SweepProgress
{
    std::size_t runsDone = 0;
    std::size_t runsTotal = 0;
    long long daysDone = 0;
    long long daysTotal = 0;
};

/// What became of one planned run.
struct SweepRunOutcome
{
    enum class Status {
        NotStarted, ///< never created (cancelled or failed before its turn)
        Complete,
        Interrupted, ///< created, stopped before its last day (cancel or failure)
    };
    Status status = Status::NotStarted;
    long long runId = 0; ///< 0 if not started
    int daysDone = 0;
};

/// The result of SweepRunner::run(): one outcome per planned run, in plan order.
struct SweepOutcome
{
    std::vector<SweepRunOutcome> runs;
    bool cancelled = false;
    std::size_t completeCount() const;
    /// Ids of the runs that were created (complete or interrupted), in plan order.
    std::vector<long long> runIds() const;
};

/// Runs a batch of planned runs in parallel and stores each as a run (docs/sweeps.md).
///
/// Threads: `jobs` worker threads each own one Engine with one thread (a run is
/// single-threaded; the batch is parallel across runs, which scales better than threads inside
/// a small run). The workers never touch the database: they send finished days to the single
/// writer, the thread that calls run() and owns the RunStore (the connection rule,
/// docs/store.md), through a bounded queue, so a slow disk throttles the workers instead of
/// filling memory. Run rows are created in plan order, so run ids follow the plan whatever the
/// scheduling. Results never depend on `jobs`: each run is deterministic by scenario + seed.
///
/// Progress, results and cancellation are what a GUI needs to run a batch on a thread pool
/// (run::WorkspaceClient does): callbacks on the writer thread, cancel() from any thread.
class SweepRunner
{
public:
    struct Callbacks
    {
        /// On the writer thread: once at the start, after every committed day and after every
        /// finished run. Cheap to call; a GUI throttles what it draws.
        std::function<void(const SweepProgress &)> progress;
        /// On the writer thread, when a run is complete: (index in the planned runs, run id).
        std::function<void(std::size_t, long long)> runDone;
    };

    SweepRunner(std::vector<PlannedRun> runs, unsigned jobs);
    ~SweepRunner();
    SweepRunner(const SweepRunner &) = delete;
    SweepRunner &operator=(const SweepRunner &) = delete;

    const std::vector<PlannedRun> &runs() const { return m_runs; }

    /// Runs the batch; blocks until every run is done, the batch is cancelled, or it fails.
    /// The calling thread is the writer: it must own `store` (opened for writing).
    ///
    /// Throws store::StoreError (BadRequest) before running anything if the store already holds
    /// one of the sweep runs (same sweep id and plan index); store::StoreError when the store
    /// fails, std::runtime_error when a simulation fails. On a failure or a cancel, every
    /// worker stops at its next day, runs in progress are marked interrupted (their finished
    /// days stay) and runs not started are never created. A cancel returns normally with
    /// `cancelled` set. run() may be called once.
    SweepOutcome run(store::RunStore &store, const Callbacks &callbacks = {});

    /// Stops the batch (any thread, any time, also before run()).
    void cancel();
    bool cancelRequested() const { return m_cancel.load(); }

private:
    class Channel;

    std::vector<PlannedRun> m_runs;
    unsigned m_jobs;
    std::atomic<bool> m_cancel { false };
    std::mutex m_channelMutex;
    Channel *m_channel = nullptr; ///< the running batch's channel, for cancel()
};

/// For a client that holds no connection (the GUI's WorkspaceClient): opens `databasePath`
/// for writing on the calling thread, runs the batch there, and closes the connection.
SweepOutcome runSweep(const std::string &databasePath, const store::OpenOptions &options,
    SweepRunner &runner, const SweepRunner::Callbacks &callbacks = {});

} // namespace td::run
