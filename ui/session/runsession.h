// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "run/storedrun.h"
#include "session/runhistory.h"
#include "sim/scenario/scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace td::run {
class SimulationController;
}

namespace td::ui {

/// One simulated run as a window shows it, without a widget: the threaded run (its
/// SimulationController), the scenario it was built from, the live history built from its
/// published snapshots, a stored run opened read-only instead of it, a stored run drawn over
/// it, and the rules that tie them together:
///  - what is shown (and exported) is the opened stored run, else the live run; running,
///    stepping or rebuilding shows the live run again, and opening a stored run pauses a
///    running live run;
///  - an overlay stays until it is removed, whatever run is shown or rebuilt;
///  - an edit in the scenario editor is applied at once while nothing has been simulated
///    (after a short quiet time, so typing settles), forwarded to the engine as a live change
///    once days exist, or waits for an explicit reset (editEffect()).
/// The main window, its listener inspector and the A/B window each talk to a RunSession;
/// the run browser's requests reach it through the window.
///
/// Thread affinity: the thread that created it (the GUI thread), which needs an event loop.
/// Nothing here blocks on the engine except the destructor (SimulationController::shutdown:
/// at most the day in progress). Only QtCore: rules are tested without widgets.
class RunSession : public QObject
{
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    /// Shuts the run down (waits for the day in progress) before the histories go.
    ~RunSession() override;

    run::SimulationController *controller() const { return m_controller; }

    // ---- the scenario and the engine

    /// Builds a fresh engine for `scenario` at day 0, paused (asynchronously; liveRunReset()
    /// follows), shows the live run and drops a pending automatic rebuild. Emits
    /// scenarioApplied() at once.
    void apply(const sim::Scenario &scenario);
    bool hasScenario() const { return m_hasScenario; }
    /// The scenario the current engine was built from (the editor may hold later edits).
    const sim::Scenario &runScenario() const { return m_runScenario; }

    /// Run, pause and step the live run (run and step show it first).
    void run();
    void pause();
    void stepOne();

    // ---- edits of the scenario editor

    /// What an edit of scenario field `path` leads to (see the class comment).
    enum class EditEffect {
        Ignore, ///< nothing applied yet (a live knob), or a text-only field
        RebuildSoon, ///< nothing simulated yet: rebuild with the edit after kAutoApplyDelayMs
        SetLive, ///< a live knob during a run: the engine takes it from the next day
        WaitForReset, ///< a setup field after day 0: the editor marks it pending
    };
    static EditEffect editEffect(
        bool hasScenario, run::RunState state, int currentDay, bool live, const QString &path);
    /// The user changed a live knob `path` to `value`; `edited` is the editor's whole scenario.
    /// Returns what happened.
    EditEffect liveValueEdited(
        const sim::Scenario &edited, const QString &path, const QString &value);
    /// The user changed a setup field `path`; `edited` is the editor's whole scenario.
    EditEffect setupValueEdited(const sim::Scenario &edited, const QString &path);
    /// An automatic rebuild waits for the quiet time to end.
    bool rebuildPending() const;
    /// Quiet time before an automatic rebuild (default kAutoApplyDelayMs).
    void setAutoApplyDelay(int milliseconds);
    static constexpr int kAutoApplyDelayMs = 400;

    // ---- histories

    const RunHistory &liveHistory() const { return m_live; }
    /// The history the dashboard shows and the exports write: the stored run while one is
    /// open, else the live run.
    const RunHistory &shownHistory() const { return m_storedRun ? m_stored : m_live; }
    bool showsStoredRun() const { return bool(m_storedRun); }
    /// The stored run shown read-only (nullptr: the live run is shown).
    const run::StoredRunPtr &storedRun() const { return m_storedRun; }
    /// Shows `run` read-only instead of the live run; a running live run is paused first.
    /// nullptr does nothing.
    void showStoredRun(const td::run::StoredRunPtr &run);
    /// Back to the live run (nothing if it is shown).
    void showLiveRun();

    /// Draws `run` over whatever is shown; nullptr removes the overlay.
    void setOverlayRun(const td::run::StoredRunPtr &run);
    const run::StoredRunPtr &overlayRun() const { return m_overlayRun; }
    /// The overlay's history, nullptr without an overlay.
    const RunHistory *overlayHistory() const { return m_overlayRun ? &m_overlay : nullptr; }
    /// Its legend label, "run 3" ("" without an overlay).
    QString overlayLabel() const;

    /// The header lines of a report of what is shown: the stored run's name and days, else
    /// the live scenario, day, seed, listeners and recommender; then every marker's detail.
    QStringList reportFacts() const;

    // ---- the live run as of the last signal

    run::RunState state() const { return m_state; }
    int currentDay() const { return m_currentDay; }
    int totalDays() const { return m_totalDays; }
    /// Mean listener-days per second of the last batch (NaN before any).
    double throughput() const { return m_throughput; }

signals:
    /// apply() asked for a new engine built from `scenario` (the editor marks it applied).
    void scenarioApplied(const td::sim::Scenario &scenario);
    /// The new engine is ready: the live history was cleared for `totalDays`.
    void liveRunReset(int totalDays);
    /// Days were appended to the live history.
    void liveDaysAppended(const td::run::SnapshotBatch &batch);
    /// The live run's state as mirrored here.
    void stateChanged(td::run::RunState state, int currentDay, int totalDays);
    /// The shown history changed from live to stored or back (shownHistory()).
    void shownHistoryChanged(const td::ui::RunHistory *history);
    /// The overlay was set or removed (nullptr).
    void overlayChanged(const td::ui::RunHistory *overlay, const QString &label);

private:
    void onResetDone(int totalDays);
    void onStateChanged(td::run::RunState state, int currentDay, int totalDays);
    void onSnapshots(const td::run::SnapshotBatch &batch);
    void startRebuildTimer(const sim::Scenario &edited);

    run::SimulationController *m_controller = nullptr;
    QTimer *m_autoApply = nullptr;
    sim::Scenario m_runScenario;
    sim::Scenario m_edited; ///< what the pending automatic rebuild applies
    bool m_hasScenario = false;
    RunHistory m_live;
    RunHistory m_stored; ///< the stored run shown read-only (Open)
    RunHistory m_overlay; ///< the stored run drawn dashed (Overlay)
    run::StoredRunPtr m_storedRun;
    run::StoredRunPtr m_overlayRun;
    run::RunState m_state = run::RunState::Empty;
    int m_currentDay = 0;
    int m_totalDays = 0;
    double m_throughput;
};

} // namespace td::ui
