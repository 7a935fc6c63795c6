// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "sim/scenario/scenario.h"
#include "store/runrecords.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

/// Stored runs read back for the GUI's run browser (docs/gui.md "Workspaces"): the list of a
/// workspace's runs, and a run's days as snapshots, so the dashboard draws a stored run with
/// the same code as a live one.
///
/// Thread affinity: none. Each call opens its own read-only connection on the calling thread
/// and closes it before returning (the connection rule, docs/store.md), so WorkspaceClient
/// calls these on its thread pool and the GUI thread never waits for a big database. Errors
/// are store::StoreError with the store's one-line message.
namespace td::run {

/// One row of the run browser.
struct StoredRunRow
{
    store::RunInfo info; ///< without the scenario JSON (a list does not need it)
    QString scenarioTitle; ///< the scenario's `title` ("" if none)
};

/// Every run of the workspace `databasePath`, by id. A run whose writer died shows as
/// interrupted (read-only: nothing is changed on disk).
std::vector<StoredRunRow> listStoredRuns(const std::string &databasePath);

/// A stored run as the dashboard needs it.
struct StoredRun
{
    store::RunInfo info;
    QString scenarioTitle;
    /// The scenario's schedule (dated changes and taste shocks), for the chart markers; empty
    /// if the stored scenario cannot be read by this build.
    std::vector<sim::ScheduleEvent> schedule;
    /// One snapshot per stored day, in day order: metrics in metricCatalog() order (NaN for
    /// undefined and for metrics the run did not store), the day's live changes and cohorts.
    /// No funnel and no traces: the store does not keep them.
    SnapshotBatch days;
};
using StoredRunPtr = std::shared_ptr<const StoredRun>;

StoredRunPtr loadStoredRun(const std::string &databasePath, long long runId);

} // namespace td::run
