// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/storedrun.h"
#include "run/sweep/sweeprunner.h"
#include "run/tradeoff/sweepresults.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QTemporaryDir;

namespace td::run {
class WorkspaceClient;
}

namespace td::ui {

/// A batch of runs a window starts and reads back, without a widget: an A/B comparison's
/// replicate seeds or a frontier's grid, run on the thread pool into the workspace like any
/// sweep (run::WorkspaceClient::startSweep, i.e. run::SweepRunner), then read back as
/// run::SweepResults (one sweep, loadSweepResults). Also reopens a sweep recorded earlier, in
/// the workspace or in any run database (a `tastedrift-cli sweep` from a cluster).
///
/// Without a workspace (recording is the main window's: none may be open, e.g. in tests and
/// screenshots) the runs go to a temporary database that lives as long as this object;
/// isTemporary() says so, and the window tells the user.
///
/// Thread affinity: the thread that created it (the GUI thread). Every method returns at
/// once: the runs and every database access are tasks on the client's pool (the connection
/// rule, docs/store.md). The destructor cancels a batch in progress and waits for its runs to
/// stop at their next day.
class BatchSession : public QObject
{
    Q_OBJECT
public:
    explicit BatchSession(QObject *parent = nullptr);
    ~BatchSession() override;

    /// Where the next batch is recorded ("" = a temporary database). A batch in progress
    /// keeps its database.
    void setWorkspace(const QString &path);
    /// The database batches are recorded in and reopened from.
    QString databasePath() const;
    bool isTemporary() const;

    /// Runs `runs` (one sweep, id `sweepId`) with `jobs` simulations at once. Runs of the
    /// same sweep already complete in the database are kept, not run again (a sweep is
    /// deterministic: they would give the same numbers); its interrupted runs (a batch
    /// cancelled earlier) are deleted and run anew, because the store keeps one run per
    /// planned item. Returns false while another batch runs.
    bool start(std::vector<run::PlannedRun> runs, const std::string &sweepId, unsigned jobs);
    /// Stops the batch at its runs' next day; complete runs are kept and read back.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    /// Simulations at once for a batch started from the GUI: every core but one, which the
    /// GUI thread keeps.
    static unsigned defaultJobs();

    /// Lists the sweeps of the workspace (sweepsListed()) or of another run database.
    void listSweeps();
    void listSweepsIn(const QString &databasePath);
    /// Reads sweep `sweepId` back (loaded()) from the workspace or from `databasePath`.
    void open(const std::string &sweepId);
    void openIn(const QString &databasePath, const std::string &sweepId);

signals:
    /// Throttled by nobody: after every committed day (the window redraws on its own pace).
    void progress(const td::run::SweepProgress &progress);
    /// The batch ended: `complete` of `planned` runs, cancelled or not; loaded() follows with
    /// its complete runs when there is at least one.
    void batchFinished(std::size_t complete, std::size_t planned, bool cancelled);
    void sweepsListed(
        const QString &databasePath, const std::vector<td::run::SweepListing> &sweeps);
    void loaded(const td::run::SweepResultsPtr &results);
    /// A batch, a listing or a read failed: the store's or the simulation's one-line message.
    void failed(const QString &message);

private:
    enum class Phase { Idle, Listing, Deleting, Running };
    run::WorkspaceClient *clientFor(const QString &databasePath);
    void onRunsListed(const std::vector<run::StoredRunRow> &rows);
    void launch();
    void finish(std::size_t complete, std::size_t planned, bool cancelled);

    QString m_workspace;
    std::unique_ptr<QTemporaryDir> m_temporary;
    run::WorkspaceClient *m_client = nullptr; ///< the workspace (or temporary database)
    run::WorkspaceClient *m_reader = nullptr; ///< another database opened for reading
    Phase m_phase = Phase::Idle;
    quint64 m_listRequest = 0;
    quint64 m_runRequest = 0;
    int m_deleting = 0; ///< deletions of interrupted runs still to come back
    bool m_cancelled = false;
    std::vector<run::PlannedRun> m_pending; ///< runs still to simulate
    std::size_t m_planned = 0;
    std::size_t m_reused = 0; ///< planned runs already complete in the database
    unsigned m_jobs = 1;
    std::string m_runSweep;
};

} // namespace td::ui
