// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "session/runhistory.h"
#include "sim/scenario/scenario.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace td::run {
class SimulationController;
}

namespace td::ui {

class RunSession;
class ScenarioPanel;
class TimeChart;

/// A/B comparison: configuration A (the main window's scenario) and configuration B (A plus
/// what the user changes in this window's panel) run side by side, each on its own engine
/// and worker thread, on the same population and seed unless the user changes those too.
/// The diff list shows every leaf that differs; the charts overlay one metric of both runs
/// and plot B − A; a table compares every metric on the last day both runs reached.
/// Each configuration is a RunSession (its controller and live history, and the same rules
/// for edits as the main window's); everything shown comes from their published snapshots.
/// GUI thread only.
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Sets configuration A. B keeps the user's differences on top of the new A. Resets both.
    void setBaseScenario(const sim::Scenario &scenario);
    const sim::Scenario &scenarioA() const { return m_a; }
    const sim::Scenario &scenarioB() const;
    /// Edits a leaf of B as the user would.
    bool setValueB(const QString &path, const QString &value, QString *error = nullptr);
    /// Shows metric `name` in the overlay and difference charts.
    void setMetric(const QString &name);

    void runBoth();
    void pauseBoth();
    void stepBoth();
    void resetBoth();

    RunSession *sessionA() const { return m_sessionA; }
    RunSession *sessionB() const { return m_sessionB; }
    run::SimulationController *controllerA() const;
    run::SimulationController *controllerB() const;
    const RunHistory &historyA() const;
    const RunHistory &historyB() const;
    TimeChart *overlayChart() const { return m_overlay; }
    TimeChart *differenceChart() const { return m_difference; }
    /// Rows of the diff list (leaves that differ).
    int differenceCount() const;
    QTableWidget *diffTable() const { return m_diff; }
    /// Redraws charts and the summary now (tests).
    void flush();

    void retranslateUi();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDiff();
    void redraw();
    void updateActions();
    void updateStatus();
    void onEditB(const QString &path, const QString &value, bool live);

    sim::Scenario m_a;
    ScenarioPanel *m_panelB = nullptr;
    RunSession *m_sessionA = nullptr;
    RunSession *m_sessionB = nullptr;

    QAction *m_run = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_step = nullptr;
    QAction *m_reset = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QTableWidget *m_summary = nullptr;
    TimeChart *m_overlay = nullptr;
    TimeChart *m_difference = nullptr;
    QTimer *m_redrawTimer = nullptr;
    int m_metricIndex = 0;
};

} // namespace td::ui
