// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// MainWindow's actions and menus, and the texts of everything the window owns
// (retranslateUi): kept apart from the window's behaviour in mainwindow.cpp.
#include "mainwindow.h"

#include "charts/dashboard.h"
#include "coretexts.h"
#include "languagemanager.h"
#include "mnemonics.h"
#include "run/simulationcontroller.h"
#include "runs/runbrowser.h"
#include "runtoolbar.h"
#include "scenario/presetlibrary.h"
#include "scenario/scenariopanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolButton>

namespace td::ui {

void MainWindow::createActions()
{
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_open->setObjectName(QStringLiteral("actionOpenScenario"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseScenarioFile);
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_save->setObjectName(QStringLiteral("actionSaveScenario"));
    m_save->setShortcut(QKeySequence::SaveAs);
    connect(m_save, &QAction::triggered, this, &MainWindow::chooseSaveFile);
    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_openWorkspace = new QAction(this);
    m_openWorkspace->setObjectName(QStringLiteral("actionOpenWorkspace"));
    connect(m_openWorkspace, &QAction::triggered, this, [this] { chooseWorkspace(false); });
    m_newWorkspace = new QAction(this);
    m_newWorkspace->setObjectName(QStringLiteral("actionNewWorkspace"));
    connect(m_newWorkspace, &QAction::triggered, this, [this] { chooseWorkspace(true); });
    m_recordRunsAction = new QAction(this);
    m_recordRunsAction->setObjectName(QStringLiteral("actionRecordRuns"));
    m_recordRunsAction->setCheckable(true);
    m_recordRunsAction->setChecked(controller()->recordingEnabled());
    connect(m_recordRunsAction, &QAction::toggled, this, &MainWindow::setRecordRuns);
    m_runDock->toggleViewAction()->setObjectName(QStringLiteral("actionRunBrowser"));
    m_runDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    m_exportChart = new QAction(this);
    m_exportChart->setObjectName(QStringLiteral("actionExportCharts"));
    connect(m_exportChart, &QAction::triggered, this, &MainWindow::exportCurrentTab);
    m_exportCsv = new QAction(this);
    m_exportCsv->setObjectName(QStringLiteral("actionExportCsv"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::chooseCsvFile);
    m_exportReport = new QAction(this);
    m_exportReport->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::chooseReportFile);

    m_apply = new QAction(this);
    m_apply->setObjectName(QStringLiteral("actionApplyScenario"));
    connect(m_apply, &QAction::triggered, this, &MainWindow::resetRun);
    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(QStringLiteral("actionCompare"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompareWindow(); });
    m_tradeoffAction = new QAction(this);
    m_tradeoffAction->setObjectName(QStringLiteral("actionTradeoffs"));
    m_tradeoffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tradeoffAction, &QAction::triggered, this, [this] { openTradeoffWindow(); });
    m_liveKnobs = new QAction(this);
    m_liveKnobs->setObjectName(QStringLiteral("actionLiveKnobs"));
    m_liveKnobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_liveKnobs, &QAction::triggered, this, [this] {
        m_dock->show();
        m_panel->showLiveKnobs();
    });

    // Keyboard ways to what otherwise needs the mouse: the dashboard tabs (Alt+1 …), the
    // parameter filter and the lesson's tab.
    QStringList tabKeys = Dashboard::chartTabKeys();
    tabKeys << QStringLiteral("inspector");
    for (int i = 0; i < tabKeys.size(); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionTab_") + tabKeys[i]);
        action->setData(tabKeys[i]);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
            [this, key = tabKeys[i]] { m_dashboard->setCurrentIndex(m_dashboard->tabIndex(key)); });
        m_tabActions << action;
    }
    m_findParameter = new QAction(this);
    m_findParameter->setObjectName(QStringLiteral("actionFindParameter"));
    m_findParameter->setShortcut(QKeySequence::Find);
    connect(m_findParameter, &QAction::triggered, this, [this] {
        m_dock->show();
        m_panel->focusFilter();
    });
    m_lessonAction = new QAction(this);
    m_lessonAction->setObjectName(QStringLiteral("actionLesson"));
    m_lessonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lessonAction, &QAction::triggered, this, [this] { showLesson(true); });

    m_resetZoomAction = new QAction(this);
    m_resetZoomAction->setObjectName(QStringLiteral("actionResetZoom"));
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetZoomAction, &QAction::triggered, m_dashboard, &Dashboard::resetZoom);
    m_smoothingGroup = new QActionGroup(this);
    for (const int days : kSmoothingDays) {
        auto *action = new QAction(m_smoothingGroup);
        action->setCheckable(true);
        action->setData(days);
        action->setChecked(days == 1);
        connect(action, &QAction::triggered, this, [this, days] { setSmoothing(days); });
    }
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::choices()) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(
            QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setChecked(code == LanguageManager::chosen());
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_glossaryAction
        = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this);
    m_glossaryAction->setObjectName(QStringLiteral("actionGlossary"));
    m_glossaryAction->setShortcut(QKeySequence::HelpContents);
    connect(m_glossaryAction, &QAction::triggered, this, &MainWindow::showGlossary);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_presetMenu = m_fileMenu->addMenu(QString());
    m_presetMenu->setObjectName(QStringLiteral("presetMenu"));
    m_presetMenu->setToolTipsVisible(true);
    // Filled by retranslateUi() (the titles are translated).
    m_fileMenu->addAction(m_save);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openWorkspace);
    m_fileMenu->addAction(m_newWorkspace);
    m_fileMenu->addAction(m_recordRunsAction);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportChart);
    m_exportMenu->addAction(m_exportCsv);
    m_exportMenu->addAction(m_exportReport);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_simulationMenu = menuBar()->addMenu(QString());
    m_simulationMenu->addAction(m_runBar->runAction());
    m_simulationMenu->addAction(m_runBar->pauseAction());
    m_simulationMenu->addAction(m_runBar->stepAction());
    m_simulationMenu->addSeparator();
    m_simulationMenu->addAction(m_runBar->resetAction());
    m_simulationMenu->addAction(m_apply);
    m_simulationMenu->addSeparator();
    m_simulationMenu->addAction(m_liveKnobs);
    m_simulationMenu->addAction(m_compareAction);
    m_simulationMenu->addAction(m_tradeoffAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_dock->toggleViewAction());
    m_viewMenu->addAction(m_runDock->toggleViewAction());
    m_viewMenu->addAction(m_findParameter);
    m_viewMenu->addSeparator();
    m_tabMenu = m_viewMenu->addMenu(QString());
    m_tabMenu->setObjectName(QStringLiteral("tabMenu"));
    m_tabMenu->addActions(m_tabActions);
    m_viewMenu->addAction(m_lessonAction);
    m_viewMenu->addSeparator();
    m_smoothingMenu = m_viewMenu->addMenu(QString());
    m_smoothingMenu->addActions(m_smoothingGroup->actions());
    m_viewMenu->addAction(m_resetZoomAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_glossaryAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::rebuildPresetMenu()
{
    m_presetMenu->clear(); // (deletes the actions it owns)
    const QList<PresetInfo> presets
        = readPresets(presetDirectory(QCoreApplication::applicationDirPath()));
    for (const PresetInfo &preset : presets) {
        QAction *action
            = m_presetMenu->addAction(CoreTexts::presetText(preset.title.toStdString()));
        action->setToolTip(preset.description);
        action->setStatusTip(preset.description);
        action->setData(preset.path);
        connect(action, &QAction::triggered, this,
            [this, path = preset.path] { openScenarioFile(path); });
    }
    if (presets.isEmpty()) {
        QAction *none = m_presetMenu->addAction(tr("(no scenarios folder found)"));
        none->setEnabled(false);
    }
    Mnemonics::assign(m_presetMenu->actions());
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_dock->setWindowTitle(tr("Scenario"));
    m_dashboard->setTabText(
        m_dashboard->tabIndex(QStringLiteral("inspector")), tr("Listener inspector"));
    m_smoothing->setToolTip(tr("Smoothing: a moving average over the last days (hover a point "
                               "for the day's own value)"));
    const QStringList smoothingNames { tr("No smoothing"), tr("3-day mean"), tr("7-day mean"),
        tr("14-day mean") };
    for (int i = 0; i < m_smoothing->count(); ++i)
        m_smoothing->setItemText(i, smoothingNames.value(i));
    const QList<QAction *> smoothingActions = m_smoothingGroup->actions();
    for (int i = 0; i < smoothingActions.size(); ++i)
        smoothingActions[i]->setText(smoothingNames.value(i));
    Mnemonics::assign(smoothingActions);
    m_resetZoom->setText(tr("Reset Zoom"));
    m_resetZoom->setToolTip(tr("Show every chart's whole range again (drag on a chart to zoom; "
                               "double-click resets one chart)"));

    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Scenario…"));
    m_open->setStatusTip(tr("Load a scenario file (JSON) and start it from day 0"));
    m_presetMenu->setTitle(tr("&Presets"));
    m_save->setText(tr("&Save Scenario As…"));
    m_save->setStatusTip(tr("Write the scenario as edited in the panel to a JSON file"));
    m_openWorkspace->setText(tr("Open &Workspace…"));
    m_openWorkspace->setStatusTip(
        tr("Choose the run database (SQLite) that runs are stored in; a new name creates it"));
    m_newWorkspace->setText(tr("&New Workspace…"));
    m_newWorkspace->setStatusTip(tr("Create a new, empty run database and store runs there"));
    m_recordRunsAction->setText(tr("&Record Runs"));
    m_recordRunsAction->setStatusTip(tr("Store every run in the workspace (from the next run on)"));
    m_runDock->setWindowTitle(tr("Runs"));
    m_runDock->toggleViewAction()->setText(tr("&Run Browser"));
    m_backToLive->setText(tr("Back to Live Run"));
    updateWorkspaceLabel();
    m_exportMenu->setTitle(tr("&Export"));
    m_exportChart->setText(tr("Charts of This &Tab (PNG and SVG)…"));
    m_exportCsv->setText(tr("Day Metrics as &CSV…"));
    m_exportReport->setText(tr("Dashboard &Report (PNG)…"));
    m_quit->setText(tr("&Quit"));
    m_simulationMenu->setTitle(tr("&Simulation"));
    m_apply->setText(tr("&Apply Scenario Changes"));
    m_apply->setStatusTip(tr("Start the run again from day 0 with the scenario as edited"));
    m_liveKnobs->setText(tr("&Live Knobs"));
    m_compareAction->setText(tr("A/B &Compare…"));
    m_compareAction->setStatusTip(
        tr("Run two configurations on the same population and seed, side by side"));
    m_tradeoffAction->setText(tr("Tra&de-offs…"));
    m_tradeoffAction->setStatusTip(tr("Run a grid of settings on several seeds and draw plays "
                                      "today against listeners later, with the frontier"));
    m_viewMenu->setTitle(tr("&View"));
    m_dock->toggleViewAction()->setText(tr("Scenario &Panel"));
    m_smoothingMenu->setTitle(tr("&Smoothing"));
    m_resetZoomAction->setText(tr("Reset &Zoom"));
    m_findParameter->setText(tr("&Find Parameter…"));
    m_findParameter->setStatusTip(tr("Filter the scenario panel's parameters by name"));
    m_tabMenu->setTitle(tr("Go to &Tab"));
    for (QAction *action : m_tabActions)
        action->setText(m_dashboard->tabTitle(action->data().toString()));
    Mnemonics::assign(m_tabActions);
    m_lessonAction->setText(tr("Lesson &Charts"));
    m_lessonAction->setStatusTip(tr("Open the tab the scenario's lesson is about"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageGroup->actions())
        action->setText(LanguageManager::displayName(action->data().toString()));
    Mnemonics::assign(m_languageGroup->actions());
    m_helpMenu->setTitle(tr("&Help"));
    m_glossaryAction->setText(tr("Metric &Glossary"));
    m_about->setText(tr("&About TasteDrift"));
    m_aboutQt->setText(tr("About &Qt"));
    rebuildPresetMenu(); // titles in the new language
    showLesson(false); // the lesson button names its tab in the new language
    onStateChanged(m_session->state(), m_session->currentDay(), m_session->totalDays());
}

} // namespace td::ui
