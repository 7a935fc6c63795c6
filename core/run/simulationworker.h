// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runrecording.h"
#include "run/runstate.h"
#include "sim/scenario/scenario.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread> // complete type: QThread * travels in a queued signal

#include <memory>
#include <vector>

class QTimer;

namespace td::sim {
class Engine;
}

namespace td::run {

/// Owns a sim::Engine and advances it day by day on its own thread, publishing snapshots.
///
/// Thread contract: construct it on any thread, then move it to its worker thread
/// (SimulationController does both). From then on every public method is called on the worker
/// thread only, as a queued call, and never blocks for longer than one simulated day. The
/// engine is created, stepped and destroyed on that thread; nothing else ever sees it.
///
/// Day loop: while running, one day is simulated per event-loop turn (a single-shot timer),
/// so queued commands (pause, step, a knob change, quit) are handled between days and take
/// effect at the next day boundary. Snapshots are collected and published in batches at most
/// every kPublishIntervalMs, and always when the run pauses, steps, finishes or fails.
class SimulationWorker : public QObject
{
    Q_OBJECT
public:
    /// Minimum time between two snapshot batches while running (~30 per second).
    static constexpr int kPublishIntervalMs = 33;

    explicit SimulationWorker(QObject *parent = nullptr);
    ~SimulationWorker() override;

    /// Replaces the engine with a new one for `scenario` at day 0, paused. `threads` is the
    /// engine's thread count (>= 1). Snapshots still pending from the old run are published
    /// first. Emits resetDone() and stateChanged(Paused), or errorOccurred() and
    /// stateChanged(Empty) if the engine cannot be built.
    void reset(const td::sim::Scenario &scenario, unsigned threads);
    /// Starts or resumes the day loop. No effect without an engine or after the last day.
    void run();
    /// Stops after the day in progress and publishes what is pending.
    void pause();
    /// Simulates exactly one day, then stays (or becomes) paused.
    void stepOne();
    /// Pacing of the day loop in simulated days per wall-clock second; 0 = as fast as possible.
    void setSpeed(double daysPerSecond);
    /// A live change of a scenario leaf, effective from the next simulated day. Emits
    /// parameterApplied() or parameterRejected() with the engine's validation message.
    void setParameter(const QString &path, const QString &value);
    /// Follows `listener` from the next day on: each day its first Home request is traced and
    /// its day summarised (ListenerDay, with the truth-vs-belief ListenerView, published with the
    /// snapshots). -1 stops following.
    void setInspectedListener(qint64 listener);
    /// Traces `listener`'s first Home request of the next day once (Engine::requestTrace); the
    /// trace arrives in that day's snapshot and as a ListenerDay with track labels.
    void requestTrace(qint64 listener);
    /// Computes the inspector's listener lists from the last simulated day and emits
    /// listenerListsPublished() at once (between days: never waits for a day).
    void requestListenerLists();
    /// Opens `path` as the workspace database that the next runs are stored in (RunRecording:
    /// a run goes to the workspace current at its first day). Emits workspaceOpened(), or
    /// workspaceFailed() with the store's message while the previous workspace stays.
    void setWorkspace(const QString &path);
    /// Whether the next runs are stored (the current one keeps what it started with).
    void setRecordingEnabled(bool enabled);

signals:
    /// A new engine is ready at day 0. `engineThread` is the thread that created it and the
    /// only one that steps it (exposed so tests and diagnostics can check the contract).
    void resetDone(int totalDays, QThread *engineThread);
    /// Emitted at every state transition, and after a step. `currentDay` = days simulated.
    void stateChanged(td::run::RunState state, int currentDay, int totalDays);
    /// Snapshots of consecutive days, oldest first; never empty.
    void snapshotsPublished(const td::run::SnapshotBatch &batch);
    /// Days of inspected or traced listeners; emitted just before the snapshot batch that
    /// holds the same days.
    void listenerDaysPublished(const td::run::ListenerDayBatch &batch);
    void listenerListsPublished(const td::run::ListenerLists &lists);
    /// A live change was accepted; it applies from simulated day `effectiveDay` (0-based).
    void parameterApplied(const QString &path, const QString &value, int effectiveDay);
    void parameterRejected(const QString &path, const QString &message);
    /// Building or stepping the engine failed; the engine is gone (state Empty).
    void errorOccurred(const QString &message);
    void workspaceOpened(const QString &path);
    /// `badInput`: the file is not a usable run database (exit status 2 in scripted use);
    /// false for runtime failures such as a lock or a read-only folder (exit status 1).
    void workspaceFailed(const QString &path, const QString &message, bool badInput);
    /// The recording of the current run changed: started (first day), more days stored
    /// (with the snapshot batches), complete, interrupted, or failed (the run goes on,
    /// unrecorded, and `message` says why).
    void recordingChanged(const td::run::RecordingState &state);

private:
    void runNextDay();
    bool simulateOneDay();
    void scheduleNextDay(qint64 dayMilliseconds);
    void publishPending();
    void setState(RunState state);
    void fail(const QString &message);
    void recordDay(const sim::DaySnapshot &snapshot);
    void finishRecording();
    void abandonRecording();

    std::unique_ptr<sim::Engine> m_engine;
    QTimer *m_dayTimer = nullptr; // child: moves to the worker thread with us
    void summarizeTracedListeners(const sim::DaySnapshot &snapshot);

    SnapshotBatch m_pending;
    ListenerDayBatch m_pendingListenerDays;
    qint64 m_inspected = -1; ///< listener followed every day, -1 = none
    std::vector<ListenerId> m_oneShotTraces; ///< traced on the next day only
    std::size_t m_knownListeners = 0; ///< carried between listenerLists() calls
    QElapsedTimer m_sincePublish;
    RunState m_state = RunState::Empty;
    double m_daysPerSecond = 0.0;
    QThread *m_engineThread = nullptr;
    RunRecording m_recording; ///< its store connections live on the worker thread
    bool m_recordingChanged = false; ///< days stored since the last recordingChanged()
};

} // namespace td::run
