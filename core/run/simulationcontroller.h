// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runrecording.h"
#include "run/runstate.h"
#include "sim/scenario/scenario.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace td::run {

class SimulationWorker;

/// The GUI's handle on a threaded run: owns a worker thread with a SimulationWorker on it and
/// turns calls into queued commands (docs/architecture.md §1: the GUI thread never waits on the
/// engine).
///
/// Thread contract: create, use and destroy it on one thread with an event loop (the GUI
/// thread). Every command returns at once; it reaches the worker as a queued call and takes
/// effect at the next day boundary, in the order the commands were given. Results come back
/// as signals delivered on this object's thread, carrying only published immutable snapshots.
/// The only blocking call is shutdown() (also run by the destructor): it waits for the day in
/// progress, at most one simulated day.
class SimulationController : public QObject
{
    Q_OBJECT
public:
    explicit SimulationController(QObject *parent = nullptr);
    /// Calls shutdown().
    ~SimulationController() override;

    /// Engine threads for a GUI run: all cores but one, which is left to the GUI thread.
    static unsigned defaultEngineThreads();
    /// Engine thread count used by the next reset() (>= 1; default defaultEngineThreads()).
    void setEngineThreads(unsigned threads);
    unsigned engineThreads() const { return m_engineThreads; }

    /// Builds a new engine for `scenario` on the worker thread (the old one is dropped).
    /// Answered by resetDone() + stateChanged(Paused), or errorOccurred().
    void reset(const td::sim::Scenario &scenario);
    void run();
    /// Pauses after the day in progress.
    void pause();
    /// Simulates exactly one more day, then the run is paused.
    void stepOne();
    /// Simulated days per wall-clock second; 0 = as fast as possible (the default).
    void setSpeed(double daysPerSecond);
    double speed() const { return m_speed; }
    /// A live knob change (e.g. "recommender.policy.epsilon", "0.2"), effective next day.
    /// Answered by parameterApplied() or parameterRejected().
    void setParameter(const QString &path, const QString &value);
    /// Follows one listener from the next simulated day on (-1: none): each day their first
    /// Home request is traced and summarised; answered by listenerDaysPublished(). Tracing
    /// draws no random numbers, so inspecting never changes the run.
    void setInspectedListener(qint64 listener);
    qint64 inspectedListener() const { return m_inspected; }
    /// Traces one listener's first Home request of the next simulated day, once; the trace
    /// arrives in that day's snapshot (DaySnapshot::traces) and as a ListenerDay.
    void requestTrace(qint64 listener);
    /// Asks for the inspector's listener lists of the last simulated day; answered by
    /// listenerListsPublished() as soon as the worker is between days.
    void requestListenerLists();

    /// Opens `path` as the workspace database (on the worker thread, like every store
    /// access of a run). Answered by workspaceOpened() or workspaceFailed(); after a failure
    /// the previous workspace stays. A run is stored in the workspace current at its first
    /// simulated day.
    void setWorkspace(const QString &path);
    /// Whether runs are stored (from the next run on). On by default; needs a workspace.
    void setRecordingEnabled(bool enabled);
    bool recordingEnabled() const { return m_recordingEnabled; }
    /// The workspace as of the last workspaceOpened() (empty before).
    QString workspace() const { return m_workspace; }
    /// The current run's recording as of the last recordingChanged().
    const RecordingState &recording() const { return m_recording; }

    /// Asks the worker to stop, lets the day in progress finish, ends the thread and destroys
    /// the engine there. Blocks for at most one simulated day. Later commands are ignored.
    void shutdown();

    /// Mirror of the worker's state as of the last signal delivered here.
    RunState state() const { return m_state; }
    /// Days simulated so far, as of the last published snapshot or state change.
    int currentDay() const { return m_currentDay; }
    int totalDays() const { return m_totalDays; }

    /// The thread the worker lives on (for tests: isRunning(), finished()).
    QThread *workerThread() const { return m_thread; }
    /// The thread that created and steps the engine, as reported by the worker after the last
    /// successful reset; nullptr before. Tests use it to check the engine is off this thread.
    QThread *engineThread() const { return m_engineThread; }

signals:
    void resetDone(int totalDays);
    void stateChanged(td::run::RunState state, int currentDay, int totalDays);
    void snapshotsPublished(const td::run::SnapshotBatch &batch);
    /// Summaries of inspected/traced listeners; each batch arrives just before the snapshot
    /// batch of the same days.
    void listenerDaysPublished(const td::run::ListenerDayBatch &batch);
    void listenerListsPublished(const td::run::ListenerLists &lists);
    void parameterApplied(const QString &path, const QString &value, int effectiveDay);
    void parameterRejected(const QString &path, const QString &message);
    void errorOccurred(const QString &message);
    void workspaceOpened(const QString &path);
    /// `badInput`: the file is not a usable run database (exit status 2 in scripted use);
    /// false for runtime failures such as a lock or a read-only folder (exit status 1).
    void workspaceFailed(const QString &path, const QString &message, bool badInput);
    void recordingChanged(const td::run::RecordingState &state);

private:
    template<typename Command> void post(Command command);
    void onResetDone(int totalDays, QThread *engineThread);
    void onStateChanged(td::run::RunState state, int currentDay, int totalDays);
    void onSnapshots(const td::run::SnapshotBatch &batch);

    QThread *m_thread = nullptr;
    QPointer<SimulationWorker> m_worker; // lives on m_thread; deleted there when it finishes
    QThread *m_engineThread = nullptr;
    unsigned m_engineThreads = 1;
    double m_speed = 0.0;
    qint64 m_inspected = -1;
    RunState m_state = RunState::Empty;
    int m_currentDay = 0;
    int m_totalDays = 0;
    bool m_shutDown = false;
    bool m_recordingEnabled = true;
    QString m_workspace;
    RecordingState m_recording;
};

} // namespace td::run
