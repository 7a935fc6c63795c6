// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"
#include "store/sweep/summary.h"

#include <QSqlQuery>

#include <map>
#include <set>
#include <string>
#include <vector>

/// The pieces every summary layout shares (docs/sweeps.md, summarize): runs grouped by grid
/// point and sweep, the metrics to summarise, each run's values, and the CSV cells. Not a
/// public API: store/sweep/summary.h is.
namespace td::store::summary {

/// The runs of one grid point of one sweep (runs outside sweeps: one group, empty sweep id,
/// grid point "{}").
struct RunGroup
{
    std::string gridPoint; ///< canonical JSON, "{}" outside sweeps
    std::string sweepId;
    std::vector<const RunInfo *> runs;
    /// The last day stored by any of its runs (-1 if none stored a day).
    int lastDay() const;
};

/// Every run of a store, grouped; groups sorted by the grid point's canonical JSON text (byte
/// order), then the sweep id, so two databases holding the same runs give the same order.
class GroupedRuns
{
public:
    /// Throws StoreError (BadRequest) for a database without runs.
    explicit GroupedRuns(const RunStore &store);
    GroupedRuns(const GroupedRuns &) = delete;
    GroupedRuns &operator=(const GroupedRuns &) = delete;

    const std::vector<RunGroup> &groups() const { return m_groups; }
    /// Every grid field of any group, sorted: one CSV column each.
    const std::set<std::string> &gridPaths() const { return m_gridPaths; }
    /// The last day stored by any run (-1 if none stored a day).
    int lastDay() const;

private:
    std::vector<RunInfo> m_runs; ///< the groups point into it
    std::vector<RunGroup> m_groups;
    std::set<std::string> m_gridPaths;
};

/// A grid value as a CSV cell: as it is, quoted (RFC 4180) only if it holds a comma, quote or
/// line break.
std::string csvCell(const std::string &text);

/// Values of a canonical grid-point object by path, as cell text: strings unescaped, numbers
/// and booleans exactly as the sweep wrote them (re-formatting a double could change digits).
std::map<std::string, std::string> gridValues(const std::string &gridPoint);

/// The metrics to summarise: `requested`, each checked to be stored by some run (StoreError
/// BadRequest naming --metrics otherwise), or, if empty, every stored metric in metric-catalogue
/// order followed by stored metrics this build does not know, by name.
std::vector<std::string> summaryMetrics(
    const RunStore &store, const std::vector<std::string> &requested);

/// `sweep` and one column per grid path: the header cells and a group's cells.
std::string keyHeader(const std::set<std::string> &gridPaths);
std::string keyCells(const RunGroup &group, const std::set<std::string> &gridPaths);

/// Appends `,n,mean,sd,low,high` of meanInterval(values) (empty cells where undefined).
void appendInterval(std::string &row, std::vector<double> values);

/// The days a group is summarised over: one day (from == to) or a window. `to` is -1 when
/// no run of the group stored a day.
struct Span
{
    int from = 0;
    int to = -1;
};

/// The span of a group whose last stored day is `lastDay`: options.day, or the window
/// options.fromDay (default 0) .. options.toDay (default lastDay), or the day lastDay.
Span spanOf(const SummaryOptions &options, int lastDay);
/// `day`, or `from_day,to_day` for a window.
std::string spanHeader(const SummaryOptions &options);
std::string spanCells(const SummaryOptions &options, const Span &span);
/// The statistic keys of the metrics, in column order: `<m>` for a day; `<m>_sum`,
/// `<m>_daymean` for a window (RunValues' keys).
std::vector<std::string> statisticKeys(
    const SummaryOptions &options, const std::vector<std::string> &metrics);

/// One run's values for a summary, by statistic key: `<metric>` for a day; `<metric>_sum` and
/// `<metric>_daymean` for a window. A key is absent where the value is undefined.
using RunValues = std::map<std::string, double>;

/// Reads the runs' values; one prepared statement, reused.
class ValueReader
{
public:
    explicit ValueReader(const RunStore &store);

    /// Each metric defined on `day`, if the run reached it (empty otherwise).
    RunValues day(const RunInfo &run, int day);
    /// Over days from..to inclusive, if the run reached `to` (empty otherwise): `<m>_sum` =
    /// Σ of the values, present only when the metric is defined on every day of the window;
    /// `<m>_daymean` = the mean over the days on which it is defined (at least one). Summed in
    /// day order, so the result does not depend on how the rows are stored.
    RunValues window(const RunInfo &run, int from, int to);
    /// day() or window() as `options` asks, over `span`.
    RunValues values(const SummaryOptions &options, const RunInfo &run, const Span &span);

private:
    const RunStore &m_store;
    QSqlQuery m_query;
};

} // namespace td::store::summary
