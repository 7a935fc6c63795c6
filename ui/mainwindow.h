// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runrecording.h"
#include "run/runstate.h"
#include "run/storedrun.h"
#include "session/runhistory.h"
#include "session/runsession.h"
#include "sim/scenario/scenario.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QToolButton;

namespace td::run {
class SimulationController;
}

namespace td::ui {

class CompareWindow;
class Dashboard;
class ExportableChart;
class GlossaryDialog;
class ListenerInspector;
class RunBrowser;
class RunToolBar;
class ScenarioPanel;
class TradeoffWindow;

/// TasteDrift's main window: the scenario panel (left dock), the run controls (top), the
/// dashboard of live charts and the listener inspector (centre), menus for files, presets,
/// export, view options, language and help. Layout and actions only: the run itself (its
/// controller, the live, stored and overlaid histories, what is exported, when an edit is
/// applied) is a RunSession the window owns and shows; everything shown comes from its
/// published snapshots, never from engine memory.
///
/// Thread affinity: GUI thread only. Closing the window shuts the run down (waits for the day
/// in progress, at most one simulated day) before the window goes away.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `scenario` into the panel and a fresh engine at day 0, paused. `sourcePath` is
    /// shown to the user (empty for built-in defaults). The engine is built asynchronously;
    /// errors are shown in a message box and reported by the controller's errorOccurred().
    void setScenario(const td::sim::Scenario &scenario, const QString &sourcePath = {});
    /// Reads a scenario file and loads it. On failure shows the reason (non-blocking message
    /// box), keeps the current run and returns false.
    bool openScenarioFile(const QString &path);
    /// Writes the panel's scenario as JSON. Returns false and shows why on failure.
    bool saveScenarioFile(const QString &path);
    bool hasScenario() const { return m_session->hasScenario(); }
    /// The scenario the current engine was built from (the panel may hold later edits).
    const sim::Scenario &runScenario() const { return m_session->runScenario(); }

    /// Restores geometry, dock layout, smoothing and language from QSettings and saves them
    /// when the window closes. Not called by tests, so they never see a user's settings.
    void enableSettings();
    /// Opens `path`, else the workspace database saved in QSettings, else
    /// RunStore::defaultDatabasePath(), and the saved "Record runs" choice. Not called by
    /// tests or screenshots.
    void restoreWorkspace(const QString &path = {});
    /// Opens `path` as the workspace (created if new) on the worker thread. On success the
    /// run browser lists it and the next runs are stored there; a bad file shows the store's
    /// message and the previous workspace stays (workspaceFailed()).
    void setWorkspace(const QString &path);
    /// The workspace in use (empty before one was opened).
    QString workspace() const;
    /// Whether runs are stored (from the next run on; remembered in QSettings).
    void setRecordRuns(bool record);
    bool recordRuns() const;
    RunBrowser *runBrowser() const { return m_runBrowser; }
    /// Shows the run browser dock.
    void showRunBrowser();
    /// A stored run shown read-only in the dashboard instead of the live run (nullptr: the
    /// live run is shown).
    const run::StoredRunPtr &shownStoredRun() const { return m_session->storedRun(); }
    /// Shows `run` in the dashboard, read-only; a running live run is paused first.
    void showStoredRun(const td::run::StoredRunPtr &run);
    /// Back to the live run's charts (Run, Step and Reset do this too).
    void showLiveRun();
    /// Draws `run` dashed on the charts of the run shown; nullptr removes the overlay.
    void setOverlayRun(const td::run::StoredRunPtr &run);
    const run::StoredRunPtr &overlayRun() const { return m_session->overlayRun(); }

    /// Switches the user interface language ("" = system, "en", "de", "es").
    void setLanguage(const QString &code);
    /// Trailing moving average of the time charts in days (1 = off).
    void setSmoothing(int days);

    /// Exports (no dialogs): the day metrics as CSV, the dashboard as one PNG report. Both
    /// export what the dashboard shows: an opened stored run, else the live run.
    bool exportMetricsCsv(const QString &path, QString *error = nullptr) const;
    bool exportReport(const QString &path, QString *error = nullptr);
    /// Shows the tab `key` (Dashboard::chartTabKeys() or "inspector") with its charts drawn
    /// and laid out; returns the page (nullptr for an unknown key).
    QWidget *showTab(const QString &key);

    RunSession *session() const { return m_session; }
    run::SimulationController *controller() const { return m_session->controller(); }
    Dashboard *dashboard() const { return m_dashboard; }
    ScenarioPanel *scenarioPanel() const { return m_panel; }
    ListenerInspector *inspector() const { return m_inspector; }
    RunToolBar *runToolBar() const { return m_runBar; }
    /// The live run's history (session()->shownHistory() is what the dashboard shows).
    const RunHistory &history() const { return m_session->liveHistory(); }
    /// The A/B window, if it was opened.
    CompareWindow *compareWindow() const;
    CompareWindow *openCompareWindow();
    /// The Trade-offs window, if it was opened; opening it hands it the scenario and the
    /// workspace, and a setting chosen there opens here.
    TradeoffWindow *tradeoffWindow() const;
    TradeoffWindow *openTradeoffWindow();

    /// Default size of a fresh window.
    static constexpr int kDefaultWidth = 1280;
    static constexpr int kDefaultHeight = 800;
    /// Smoothing choices of the View menu and the status bar, in days (1 = off).
    static constexpr int kSmoothingDays[] = { 1, 3, 7, 14 };

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDock();
    void createChartOptions();
    void createStatusBar();
    void createRunBrowser();
    void connectWorkspace();
    void updateWorkspaceLabel();
    void chooseWorkspace(bool create);
    void connectSession();
    void retranslateUi();
    void rebuildPresetMenu();
    void updateWindowTitle();
    void showLesson(bool openTab);

    void chooseScenarioFile();
    void chooseSaveFile();
    void chooseCsvFile();
    void chooseReportFile();
    void exportChart(ExportableChart *chart);
    void exportCurrentTab();
    void resetRun();
    void showAbout();
    void showGlossary();
    void showError(const QString &title, const QString &text);
    void updateActions();
    void setStateText(const QString &text); ///< the run-state label of the status bar

    void onResetDone(int totalDays);
    void onStateChanged(td::run::RunState state, int currentDay, int totalDays);
    void onSnapshots(const td::run::SnapshotBatch &batch);
    void onShownHistoryChanged(const RunHistory *history);
    void onLiveValue(const QString &path, const QString &value);
    void onSetupValue(const QString &path, const QString &value);

    RunSession *m_session = nullptr;
    Dashboard *m_dashboard = nullptr;
    ListenerInspector *m_inspector = nullptr;
    ScenarioPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    RunToolBar *m_runBar = nullptr;
    QLabel *m_stateLabel = nullptr;
    QString m_stateText; ///< what m_stateLabel says when no status message covers it
    QLabel *m_changeLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    RunBrowser *m_runBrowser = nullptr;
    QDockWidget *m_runDock = nullptr;
    QWidget *m_storedBanner = nullptr;
    QLabel *m_storedLabel = nullptr;
    QToolButton *m_backToLive = nullptr;
    QWidget *m_chartOptions = nullptr;
    QComboBox *m_smoothing = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QPointer<GlossaryDialog> m_glossary;
    QPointer<CompareWindow> m_compare;
    QPointer<TradeoffWindow> m_tradeoffs;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_presetMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_simulationMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_smoothingMenu = nullptr;
    QMenu *m_tabMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_newWorkspace = nullptr;
    QAction *m_recordRunsAction = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_tradeoffAction = nullptr;
    QAction *m_liveKnobs = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_findParameter = nullptr;
    QAction *m_lessonAction = nullptr;
    QList<QAction *> m_tabActions; ///< one per dashboard tab (Alt+1 …)
    QAction *m_glossaryAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_smoothingGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QString m_scenarioPath;
    QString m_exportDirectory;
    bool m_settingsEnabled = false;
};

} // namespace td::ui
