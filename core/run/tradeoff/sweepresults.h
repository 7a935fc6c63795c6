// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

/// Sweeps read back from a run database for the GUI's A/B and trade-off views: what sweeps a
/// database holds, and one sweep's runs with their day metrics. Whether the sweep was run by
/// the GUI (an A/B comparison, a frontier) or by `tastedrift-cli sweep` on a cluster and
/// merged, it is read the same way.
///
/// Thread affinity: none. Each call opens its own read-only connection on the calling thread
/// and closes it before returning (the connection rule, docs/store.md): WorkspaceClient calls
/// them on its pool. Errors are store::StoreError with the store's one-line message.
namespace td::run {

/// One sweep of a database.
struct SweepListing
{
    std::string id;
    std::string definition; ///< JSON text as stored
    std::string created; ///< ISO 8601 UTC
    int runs = 0; ///< runs stored for it (any status)
    int complete = 0; ///< of which complete
    /// The grid's fields, in the definition's order ("arm" for an A/B comparison).
    std::vector<std::string> gridPaths;
    /// Runs per grid point and seeds, from the definition (0 if it cannot be read).
    std::size_t gridPoints = 0;
    std::size_t seeds = 0;
    /// An A/B comparison with replicate seeds (ReplicateComparison), not a grid sweep.
    bool isComparison = false;
};

/// Every sweep of `databasePath` (opened read-only), by creation time then id.
std::vector<SweepListing> listSweeps(const std::string &databasePath);

/// One complete run of a sweep with its values.
struct SweepRunValues
{
    store::RunInfo info; ///< seed, grid point, plan item, scenario JSON
    std::size_t gridIndex = 0; ///< position of its grid point in SweepResults::gridPoints
    /// values[day][m]: metric m of metricCatalog() on `day` (0-based), NaN where undefined or
    /// not stored (a metric this run's build did not have).
    std::vector<std::vector<double>> values;
};

/// A sweep's complete runs, grouped by grid point.
struct SweepResults
{
    std::string databasePath;
    SweepListing sweep;
    /// The distinct grid points (canonical JSON) in plan order: the first axis slowest.
    std::vector<std::string> gridPoints;
    /// Complete runs (status complete, every day stored), by plan item; where merged shards
    /// hold one item twice, the first complete one by run id.
    std::vector<SweepRunValues> runs;
    /// Runs of the sweep left out because they are not complete (interrupted, cancelled,
    /// still running).
    int incomplete = 0;
};
using SweepResultsPtr = std::shared_ptr<const SweepResults>;

/// Reads sweep `sweepId` of `databasePath` (read-only). Throws store::StoreError (BadRequest)
/// if the database has no such sweep.
SweepResultsPtr loadSweepResults(const std::string &databasePath, const std::string &sweepId);

/// The fields and values of a canonical grid point, in key order, as text: strings without
/// quotes, numbers as the sweep wrote them ({"a":0.1,"b":"x"} -> (a, 0.1), (b, x)).
std::vector<std::pair<std::string, std::string>> gridPointValues(const std::string &gridPoint);

} // namespace td::run
