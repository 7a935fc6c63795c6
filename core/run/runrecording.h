// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <string>

class QThread;

namespace td::sim {
class Engine;
struct DaySnapshot;
} // namespace td::sim

namespace td::store {
class RunRecorder;
class RunStore;
} // namespace td::store

namespace td::run {

/// What the worker tells the GUI about the recording of the current run (one signal for all).
struct RecordingState
{
    enum class Status {
        Off, ///< this run is not recorded (recording off, no workspace, or not started yet)
        Recording, ///< run `runId` is being stored; `daysStored` days are committed
        Complete, ///< every day stored, the run is marked complete
        Interrupted, ///< stopped before its last day (reset, new run, window closed)
        Failed, ///< a store error stopped the recording; `message` says why; the run goes on
    };
    Status status = Status::Off;
    QString workspace; ///< database file of this run
    qint64 runId = 0;
    int daysStored = 0;
    QString message;
    /// The thread that wrote the store (the engine's worker thread; tests check it).
    QThread *storeThread = nullptr;
};

/// Stores the runs of a SimulationWorker in its workspace database (docs/store.md): the same
/// rows as `tastedrift-cli run --db` (run::newRunFor, run::lastDayRecord), one
/// transaction per simulated day, status running / complete / interrupted.
///
/// A run is stored in the workspace that is current when its FIRST day is simulated, if
/// recording is on then; its row is created at that moment, so resets before the first day
/// leave no empty runs. Changing the workspace or the switch later applies from the next run.
///
/// Thread affinity: the worker thread only (the RunStore connections are created, used and
/// closed there). Every method returns at once except the store writes themselves.
class RunRecording
{
public:
    RunRecording();
    ~RunRecording();
    RunRecording(const RunRecording &) = delete;
    RunRecording &operator=(const RunRecording &) = delete;

    /// Opens (checks, migrates) `path` as the workspace for the next runs. Throws
    /// store::StoreError with the store's one-line message; the previous workspace stays.
    void openWorkspace(const std::string &path);
    const std::string &workspace() const { return m_workspacePath; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }

    /// A new run of `scenario` starts (a reset): a recording still open is abandoned
    /// (marked interrupted). The stored run is named "<scenario title> <local time of its
    /// first day>", e.g. "Default scenario 2026-03-14 09:30:12" (renamable later).
    void beginRun(const sim::Scenario &scenario);
    /// Stores the day the engine just simulated; the first day creates the run. Returns true
    /// if something was written. Throws store::StoreError (the recording is then abandoned:
    /// later days of this run are not stored).
    bool recordDay(const sim::Engine &engine, const sim::DaySnapshot &snapshot);
    /// The run reached its last day: marks it complete. Throws store::StoreError.
    void finish();
    /// Marks an open recording interrupted (never throws).
    void abandon() noexcept;

    /// The recording of the current run, as the GUI sees it.
    RecordingState state() const;

private:
    std::shared_ptr<store::RunStore> m_workspace;
    std::string m_workspacePath;
    bool m_enabled = true;

    // The current run. Its store stays open while it is written, even if the workspace
    // changes meanwhile; the recorder is declared after it and destroyed first.
    sim::Scenario m_scenario;
    bool m_runStarted = false; ///< a day of this run was simulated
    std::shared_ptr<store::RunStore> m_runStore;
    std::unique_ptr<store::RunRecorder> m_recorder;
    RecordingState m_state;
};

} // namespace td::run

Q_DECLARE_METATYPE(td::run::RecordingState)
