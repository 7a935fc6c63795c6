// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;

namespace td::ui {

/// The run-control bar: Run, Pause, Step one day, Reset, a speed choice, the day counter, the
/// run's progress (days done / total) and its throughput in listener-days per second. It only shows
/// state and emits intent; MainWindow wires it to the SimulationController. The actions are shared
/// with the Simulation menu. GUI thread only.
///
/// Shortcuts: Space or Ctrl+R runs and pauses (Run and Pause are never enabled together, so
/// they can share keys), Ctrl+. steps one day, Ctrl+Shift+R resets.
class RunToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit RunToolBar(QWidget *parent = nullptr);

    QAction *runAction() const { return m_run; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stepAction() const { return m_step; }
    QAction *resetAction() const { return m_reset; }

    /// Enables the actions that make sense in `state`; `canReset` = a scenario is loaded.
    void setRunState(td::run::RunState state, bool canReset);
    /// Updates the "Day 12 / 90" counter and the progress bar.
    void setProgress(int currentDay, int totalDays);
    QString dayText() const;
    /// Selected speed in simulated days per second; 0 = as fast as possible.
    double speed() const;
    /// Selects the speed entry closest to `daysPerSecond` (0 = as fast as possible).
    void setSpeed(double daysPerSecond);
    /// Shows the run's throughput, listener-days per second (NaN or <= 0 clears it).
    void setThroughput(double listenerDaysPerSecond);
    QString throughputText() const;
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void speedChanged(double daysPerSecond);

private:
    QAction *createAction(
        const QString &objectName, const QIcon &icon, const QList<QKeySequence> &shortcuts);
    void describe(QAction *action, const QString &text, const QString &help);

    QAction *m_run = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_step = nullptr;
    QAction *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_day = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_throughput = nullptr;
    double m_listenerDaysPerSecond = 0.0;
    int m_currentDay = 0;
    int m_totalDays = 0;
};

} // namespace td::ui
