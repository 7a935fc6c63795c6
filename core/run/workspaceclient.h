// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/replay.h"
#include "run/storedrun.h"
#include "run/sweep/sweeprunner.h"
#include "run/tradeoff/sweepresults.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

class QThreadPool;

namespace td::run {

/// The GUI's way to its workspace database for everything except recording the live run
/// (which the simulation worker does, RunRecording): listing, loading, renaming, deleting and
/// replaying stored runs, and running batches of runs (sweeps) into the workspace.
///
/// Threads (the connection rule, docs/store.md): every request is a task on this client's own
/// thread pool; the task opens its own connection on its pool thread, uses it, and closes it
/// before it ends. No connection is ever shared, and the GUI thread never opens one, so a big
/// database never freezes the window. Simulations (a replay's engine, a sweep's workers) run
/// on threads that hold no connection. Results come back as signals on the client's thread,
/// each with the request id the call returned.
///
/// Thread affinity: the thread that created it (the GUI thread); every method returns at once.
/// The destructor cancels replays and sweeps and waits for the tasks to finish.
class WorkspaceClient : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceClient(QObject *parent = nullptr);
    ~WorkspaceClient() override;

    /// The database the next requests go to (requests already made keep theirs).
    void setWorkspace(const QString &path);
    QString workspace() const { return m_workspace; }

    /// Each returns a request id (> 0) that its signals carry, or 0 without a workspace.
    quint64 listRuns();
    quint64 loadRun(qint64 id);
    quint64 renameRun(qint64 id, const QString &name);
    /// Refused by the store if the run is being written (by this process or another).
    quint64 deleteRun(qint64 id);
    /// Replays on one engine thread (run::replay); replayProgress() after each day.
    quint64 replayRun(qint64 id);
    /// Runs `runs` into the workspace with `jobs` simulations at once (SweepRunner);
    /// sweepProgress() after each committed day, sweepFinished() at the end (also when
    /// cancelled).
    quint64 startSweep(std::vector<td::run::PlannedRun> runs, unsigned jobs);
    /// The workspace's sweeps (sweepsListed()), and one sweep's complete runs with their day
    /// metrics (sweepLoaded()), read-only: what the A/B and trade-off windows reopen.
    quint64 listSweeps();
    quint64 loadSweep(const std::string &sweepId);
    /// Cancels a replay or a sweep (it stops at its next day); other requests run to the end.
    void cancel(quint64 request);
    /// Replays and sweeps in progress.
    bool busy() const;
    /// Blocks until every task has finished (tests; the destructor).
    void waitForDone();

signals:
    void runsListed(quint64 request, const std::vector<td::run::StoredRunRow> &rows);
    void runLoaded(quint64 request, const td::run::StoredRunPtr &run);
    void runRenamed(quint64 request, qint64 id, const QString &name);
    void runDeleted(quint64 request, qint64 id);
    void replayProgress(quint64 request, int day, int lastDay);
    void replayFinished(quint64 request, qint64 id, const td::run::ReplayResult &result);
    void sweepProgress(quint64 request, const td::run::SweepProgress &progress);
    void sweepFinished(quint64 request, const td::run::SweepOutcome &outcome);
    void sweepsListed(quint64 request, const std::vector<td::run::SweepListing> &sweeps);
    void sweepLoaded(quint64 request, const td::run::SweepResultsPtr &results);
    /// A request failed; `message` is the store's or the simulation's one-line message.
    void failed(quint64 request, const QString &message);

private:
    /// Runs `work` on the pool; `deliver` gets its result on this object's thread, unless
    /// `work` threw (failed() instead).
    template<typename Work, typename Deliver> quint64 submit(Work work, Deliver deliver);
    void finished(quint64 request);

    QString m_workspace;
    QThreadPool *m_pool = nullptr;
    quint64 m_lastRequest = 0;
    /// Cancel handles of replays and sweeps in progress, by request.
    std::map<quint64, std::shared_ptr<std::atomic<bool>>> m_replays;
    std::map<quint64, std::shared_ptr<SweepRunner>> m_sweeps;
};

} // namespace td::run

Q_DECLARE_METATYPE(td::run::ReplayResult)
Q_DECLARE_METATYPE(td::run::SweepProgress)
Q_DECLARE_METATYPE(td::run::SweepOutcome)
Q_DECLARE_METATYPE(td::run::StoredRunPtr)
Q_DECLARE_METATYPE(td::run::SweepResultsPtr)
