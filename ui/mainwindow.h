// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "sim/scenario/scenario.h"

#include <QMainWindow>
#include <QString>

class QLabel;

namespace td::run {
class SimulationController;
}

namespace td::ui {

class LiveMetricsChart;
class RunToolBar;

/// TasteDrift's main window: menus, the run-control bar, a live chart in the centre and the
/// run's throughput in the status bar. It owns the SimulationController; everything it shows
/// comes from the controller's signals (published snapshots), never from engine memory.
///
/// Thread affinity: GUI thread only. Closing the window shuts the run down (waits for the day
/// in progress, at most one simulated day) before the window goes away.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `scenario` into a fresh engine at day 0, paused. `sourcePath` is shown to the
    /// user (empty for built-in defaults). The engine is built asynchronously; errors are
    /// shown in a message box and reported by the controller's errorOccurred().
    void setScenario(const td::sim::Scenario &scenario, const QString &sourcePath = {});
    /// Reads a scenario file and loads it. On failure shows the reason (non-blocking message
    /// box), keeps the current run and returns false.
    bool openScenarioFile(const QString &path);
    bool hasScenario() const { return m_hasScenario; }

    run::SimulationController *controller() const { return m_controller; }
    LiveMetricsChart *chart() const { return m_chart; }
    RunToolBar *runToolBar() const { return m_runBar; }

    /// Default size of a fresh window.
    static constexpr int kDefaultWidth = 1280;
    static constexpr int kDefaultHeight = 800;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void connectController();
    void chooseScenarioFile();
    void resetRun();
    void showAbout();
    void showError(const QString &title, const QString &text);
    void updateActions();

    void onResetDone(int totalDays);
    void onStateChanged(td::run::RunState state, int currentDay, int totalDays);
    void onSnapshots(const td::run::SnapshotBatch &batch);
    void onError(const QString &message);

    run::SimulationController *m_controller = nullptr;
    LiveMetricsChart *m_chart = nullptr;
    RunToolBar *m_runBar = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_throughputLabel = nullptr;

    sim::Scenario m_scenario;
    QString m_scenarioPath;
    bool m_hasScenario = false;
    run::RunState m_state = run::RunState::Empty;
};

} // namespace td::ui
