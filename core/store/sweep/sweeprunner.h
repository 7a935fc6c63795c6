// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"
#include "store/sweep/sweepplan.h"

#include <functional>
#include <string>
#include <vector>

namespace td::store {

/// Runs items of a SweepPlan in parallel and stores each as a run (docs/sweeps.md).
///
/// `jobs` worker threads each own one Engine with one thread (a run is single-threaded; the
/// sweep is parallel across runs, which scales better than threads inside a small run). The
/// workers never touch the database: they send finished days to the single writer, the
/// thread that calls run() and owns the RunStore, through a bounded queue. Run rows are
/// created in plan order, so run ids follow the plan whatever the scheduling.
///
/// Results never depend on `jobs`: each run is deterministic by scenario + seed.
class SweepRunner
{
public:
    /// Called on the writer thread when a run is complete: (item, run id, runs done, total).
    using RunDone = std::function<void(const SweepItem &, long long, std::size_t, std::size_t)>;

    SweepRunner(const SweepPlan &plan, std::vector<std::size_t> items, RunStore &store,
        unsigned jobs, std::string name);

    /// Runs every item; returns the run ids in item order. Throws StoreError (BadRequest)
    /// before running anything if the store already holds one of the items (same sweep id
    /// and plan index), StoreError when the store fails, std::runtime_error when a simulation
    /// fails; in both cases every worker stops at its next day and every unfinished run is marked
    /// interrupted.
    std::vector<long long> run(const RunDone &onRunDone = {});

private:
    const SweepPlan &m_plan;
    std::vector<std::size_t> m_items;
    RunStore &m_store;
    unsigned m_jobs;
    std::string m_name;
};

} // namespace td::store
