// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "run/tradeoff/replicatereport.h"
#include "session/runhistory.h"
#include "sim/scenario/scenario.h"

#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QToolButton;

namespace td::run {
class SimulationController;
struct ReplicateComparison;
} // namespace td::run

namespace td::ui {

class BatchSession;
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
///
/// Replicates (docs/gui.md, "A/B with replicates"): one run of each is one sample, so the
/// window also runs both configurations on N seeds (the same seeds for both: a paired
/// comparison) on the thread pool through a BatchSession, recorded in the workspace as one
/// sweep, and shows the mean of each arm with its 95 % band, the paired difference B − A with
/// its interval, a table of every metric marking the differences that survive a
/// Benjamini–Hochberg correction (run::ReplicateReport), and how many seeds would detect the
/// difference at 80 % power. Earlier comparisons of the workspace can be reopened; the
/// numbers and charts export as ab-values.csv, ab-summary.csv, PNG and SVG.
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

    // ---- replicates

    /// Where comparisons with replicates are recorded and reopened from: the main window's
    /// workspace ("" = a temporary database while none is open).
    void setWorkspace(const QString &path);
    /// Runs A and B on `seeds` seeds each (A's run.seed and the next ones) on the thread pool.
    /// Returns false (and says why in the status bar) while replicates are running.
    bool runReplicates(int seeds);
    void cancelReplicates();
    bool replicatesRunning() const;
    /// Reads comparison `sweepId` of the workspace back and shows it.
    void openComparison(const std::string &sweepId);
    /// The replicate statistics shown (nullptr before replicates ran or were reopened).
    const std::shared_ptr<const run::ReplicateReport> &replicateReport() const { return m_report; }
    /// Shows the replicate statistics (true; only once there are some) or the two live runs.
    void setShowReplicates(bool show);
    bool showsReplicates() const;
    /// Writes ab-values.csv, ab-summary.csv and both charts as PNG and SVG into `directory`.
    bool exportReplicates(const QString &directory, QString *error = nullptr);
    /// The sentence on the seeds needed for 80 % power, for the metric shown ("" if none).
    QString powerHint() const;
    QProgressBar *replicateProgress() const { return m_progress; }
    BatchSession *batchSession() const { return m_batch; }

    void retranslateUi();

signals:
    /// A replicate report is shown (after a batch or a reopened comparison).
    void replicatesShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QString metricName(int index);
    /// A value for the table: 4 significant digits, whole numbers from 1000 on; "—" if none.
    static QString formatValue(double v);
    /// The value axis title of metric `index`: the dashboard's, or "value (0–2)" for a bare
    /// range.
    static QString metricAxisTitle(int index);
    QWidget *createReplicateBox(QWidget *parent);
    void connectReplicates();
    void retranslateReplicates();
    void showReport(const std::shared_ptr<const run::ReplicateReport> &report);
    void redrawReplicates();
    void redrawLive();
    void updateReplicateState();
    void chooseEarlierComparison();
    void chooseExportFolder();
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

    BatchSession *m_batch = nullptr;
    std::shared_ptr<const run::ReplicateReport> m_report;
    std::unique_ptr<run::ReplicateComparison> m_reportComparison; ///< what it compared
    /// The report's table on its last day (computed once: p-values, BH, power per metric).
    std::vector<run::ReplicateReport::Row> m_rows;
    int m_rowsTested = 0;
    QAction *m_showReplicates = nullptr;
    QGroupBox *m_replicateBox = nullptr;
    QLabel *m_seedsLabel = nullptr;
    QSpinBox *m_seeds = nullptr;
    QPushButton *m_runReplicates = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelReplicates = nullptr;
    QLabel *m_replicateStatus = nullptr;
    QPushButton *m_openEarlier = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_powerHint = nullptr;
    QString m_exportDirectory;
    bool m_listingForMenu = false;
};

} // namespace td::ui
