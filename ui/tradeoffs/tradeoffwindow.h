// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/tradeoff/frontier.h"
#include "run/tradeoff/sweepresults.h"
#include "sim/scenario/scenario.h"

#include <QMainWindow>

#include <string>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace td::ui {

class BatchSession;
class FrontierChart;
class StatisticEditor;

/// The Trade-offs view (docs/gui.md, "Trade-offs"): choose one or two knobs of the scenario
/// and their values, a number of seeds, a short-term metric (default: streams over days
/// 1–14) and a long-term one (default: listeners on the last day); the grid runs on the
/// thread pool as a sweep (run::SweepPlan and run::SweepRunner through a BatchSession,
/// recorded in the workspace like any sweep), and each setting is drawn at its mean
/// short-term × long-term value with error bars for the 95 % intervals, the non-dominated
/// settings joined as the frontier (run::computeFrontier). Clicking a point (or a table row)
/// opens that setting in the main window (settingChosen()). A sweep made with
/// `tastedrift-cli sweep`, or an earlier one of the workspace, opens into the same picture.
///
/// GUI thread only; the runs and every database access happen on the batch session's pool.
class TradeoffWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit TradeoffWindow(QWidget *parent = nullptr);
    ~TradeoffWindow() override;

    /// The scenario the grid varies (the main window's).
    void setBaseScenario(const sim::Scenario &scenario);
    const sim::Scenario &baseScenario() const { return m_base; }
    /// Where grids are recorded ("" = a temporary database while no workspace is open).
    void setWorkspace(const QString &path);
    /// Knob 0 or 1: a scenario field and its values ("0, 0.1, 0.2"); an empty path clears
    /// knob 1. Returns false (with the reason) for an unknown field.
    bool setKnob(int knob, const QString &path, const QString &values, QString *error = nullptr);
    void setSeeds(int seeds);
    StatisticEditor *shortTermEditor() const { return m_shortTerm; }
    StatisticEditor *longTermEditor() const { return m_longTerm; }

    /// Runs the grid (knob values × seeds). Returns false with the reason (a bad value, a
    /// grid point the scenario rules refuse, a grid already running).
    bool runGrid(QString *error = nullptr);
    void cancel();
    bool isRunning() const;
    /// Opens a sweep of the run database `databasePath`: `sweepId`, or if empty its only sweep
    /// (with several, a menu asks which).
    void openSweep(const QString &databasePath, const std::string &sweepId = {});

    const run::SweepResultsPtr &results() const { return m_results; }
    const run::Frontier &frontier() const { return m_frontier; }
    FrontierChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }
    /// Short text for setting `index` of the frontier ("epsilon 0.1"): the last part of each
    /// knob's path and its value, for the knobs whose value differs between settings.
    QString pointLabel(int index) const;
    /// Opens setting `index` of the frontier in the main window (settingChosen()).
    void choosePoint(int index);

    void retranslateUi();

signals:
    /// The user chose a setting: its scenario (with the lowest seed it ran) and a label.
    void settingChosen(const td::sim::Scenario &scenario, const QString &label);
    /// A frontier is drawn (after a grid or an opened sweep).
    void frontierShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createForm(QWidget *parent);
    void connectBatch();
    void showResults(const run::SweepResultsPtr &results);
    void recompute();
    void fillTable();
    void chooseSweepFile();
    void updateState();
    /// Says where the next grid is recorded (the workspace or a temporary database).
    void showWhereRecorded();
    QString valueList(int knob) const;

    sim::Scenario m_base;
    BatchSession *m_batch = nullptr;
    run::SweepResultsPtr m_results;
    run::Frontier m_frontier;
    QString m_openPath; ///< a database whose sweeps are being listed to open one
    std::string m_openId;
    QString m_exportDirectory;

    QGroupBox *m_gridBox = nullptr;
    QLabel *m_knobLabels[2] = {};
    QComboBox *m_knobs[2] = {};
    QLabel *m_valueLabels[2] = {};
    QLineEdit *m_values[2] = {};
    QLabel *m_seedsLabel = nullptr;
    QSpinBox *m_seeds = nullptr;
    QGroupBox *m_shortBox = nullptr;
    QGroupBox *m_longBox = nullptr;
    StatisticEditor *m_shortTerm = nullptr;
    StatisticEditor *m_longTerm = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_openSetting = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
    FrontierChart *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace td::ui
