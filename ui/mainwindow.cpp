// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "charts/dashboard.h"
#include "compare/comparewindow.h"
#include "coretexts.h"
#include "export/dashboardreport.h"
#include "export/exportablechart.h"
#include "export/filewrite.h"
#include "export/imageexport.h"
#include "export/metricsexport.h"
#include "help/glossarydialog.h"
#include "inspector/listenerinspector.h"
#include "languagemanager.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"
#include "runs/runbrowser.h"
#include "runtoolbar.h"
#include "scenario/presetlibrary.h"
#include "scenario/scenariopanel.h"
#include "sim/scenario/scenarioio.h"
#include "tradeoffs/tradeoffwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

// Q_INIT_RESOURCE must be used outside any namespace; the resources live in this static
// library, so the linker would otherwise drop them.
static void initTasteDriftResources()
{
    Q_INIT_RESOURCE(tastedrift);
}

namespace td::ui {

namespace {

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new RunSession(this))
{
    initTasteDriftResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tastedrift.svg")));
    resize(kDefaultWidth, kDefaultHeight);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_runBar = new RunToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_runBar);
    m_dashboard = new Dashboard(&m_session->liveHistory(), this);
    m_inspector = new ListenerInspector(m_session, m_dashboard);
    m_dashboard->addPage(m_inspector, QStringLiteral("inspector"), QString());
    // Above the dashboard, a banner says when a stored run is shown instead of the live one.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_storedBanner = new QWidget(centre);
    m_storedBanner->setObjectName(QStringLiteral("storedRunBanner"));
    m_storedBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_storedBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x40, 0x30, 0x00));
    m_storedBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_storedBanner);
    bannerLayout->setContentsMargins(8, 3, 8, 3);
    m_storedLabel = new QLabel(m_storedBanner);
    m_storedLabel->setObjectName(QStringLiteral("storedRunLabel"));
    m_backToLive = new QToolButton(m_storedBanner);
    m_backToLive->setObjectName(QStringLiteral("backToLiveButton"));
    connect(m_backToLive, &QToolButton::clicked, this, &MainWindow::showLiveRun);
    bannerLayout->addWidget(m_storedLabel, 1);
    bannerLayout->addWidget(m_backToLive);
    m_storedBanner->hide();
    centreLayout->addWidget(m_storedBanner);
    centreLayout->addWidget(m_dashboard, 1);
    setCentralWidget(centre);
    connect(m_dashboard, &Dashboard::exportRequested, this, &MainWindow::exportChart);
    connect(m_dashboard, &QTabWidget::currentChanged, this, [this] {
        m_exportChart->setEnabled(!m_dashboard->chartsOnTab(m_dashboard->currentIndex()).isEmpty());
    });

    createDock();
    createRunBrowser();
    createChartOptions();
    createActions();
    createMenus();
    createStatusBar();
    connectSession();
    connectWorkspace();

    controller()->setSpeed(m_runBar->speed());
    retranslateUi();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Before the charts and labels go: no signal of the run may reach a half-destroyed window.
    controller()->shutdown();
    if (m_compare)
        delete m_compare.data();
    if (m_tradeoffs)
        delete m_tradeoffs.data();
}

void MainWindow::createDock()
{
    m_panel = new ScenarioPanel(this);
    m_dock = new QDockWidget(this);
    m_dock->setObjectName(QStringLiteral("scenarioDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
        | QDockWidget::DockWidgetClosable);
    m_dock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    resizeDocks({ m_dock }, { 340 }, Qt::Horizontal);
    connect(m_panel, &ScenarioPanel::liveValueChanged, this, &MainWindow::onLiveValue);
    connect(m_panel, &ScenarioPanel::setupValueChanged, this, &MainWindow::onSetupValue);
    connect(m_panel, &ScenarioPanel::applyRequested, this, &MainWindow::resetRun);
    connect(m_panel, &ScenarioPanel::lessonTabRequested, this, [this] { showLesson(true); });
}

void MainWindow::createChartOptions()
{
    // Chart options live at the right end of the status bar: the tab bar needs its width.
    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("chartOptions"));
    auto *layout = new QHBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    m_smoothing = new QComboBox(options);
    m_smoothing->setObjectName(QStringLiteral("smoothingCombo"));
    m_smoothing->setFocusPolicy(Qt::NoFocus);
    m_smoothing->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int days : kSmoothingDays)
        m_smoothing->addItem(QString(), days);
    m_resetZoom = new QToolButton(options);
    m_resetZoom->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoom->setAutoRaise(true);
    layout->addWidget(m_smoothing);
    layout->addWidget(m_resetZoom);
    m_chartOptions = options;
    connect(m_smoothing, &QComboBox::currentIndexChanged, this,
        [this] { setSmoothing(m_smoothing->currentData().toInt()); });
    connect(m_resetZoom, &QToolButton::clicked, m_dashboard, &Dashboard::resetZoom);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    statusBar()->addWidget(m_stateLabel, 1);
    // A temporary message is drawn where the state label sits. QStatusBar hides the label
    // for it, but a later (deferred) show made both texts overlap and unreadable: so the
    // label also goes blank while a message is shown.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_stateLabel->setText(message.isEmpty() ? m_stateText : QString());
    });
    m_changeLabel = new QLabel(this);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    statusBar()->addPermanentWidget(m_changeLabel);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_chartOptions);
}

void MainWindow::setStateText(const QString &text)
{
    m_stateText = text;
    if (statusBar()->currentMessage().isEmpty())
        m_stateLabel->setText(text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectSession()
{
    using run::SimulationController;
    connect(m_runBar->runAction(), &QAction::triggered, m_session, &RunSession::run);
    connect(m_runBar->pauseAction(), &QAction::triggered, m_session, &RunSession::pause);
    connect(m_runBar->stepAction(), &QAction::triggered, m_session, &RunSession::stepOne);
    connect(m_runBar->resetAction(), &QAction::triggered, this, &MainWindow::resetRun);
    connect(m_runBar, &RunToolBar::speedChanged, controller(), &SimulationController::setSpeed);

    connect(m_session, &RunSession::scenarioApplied, this, [this](const sim::Scenario &scenario) {
        m_panel->markApplied();
        updateWindowTitle();
        setStateText(tr("Preparing the world…"));
        if (m_compare)
            m_compare->setBaseScenario(scenario);
        if (m_tradeoffs)
            m_tradeoffs->setBaseScenario(scenario);
        updateActions();
    });
    connect(m_session, &RunSession::liveRunReset, this, &MainWindow::onResetDone);
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &RunSession::liveDaysAppended, this, &MainWindow::onSnapshots);
    connect(m_session, &RunSession::shownHistoryChanged, this, &MainWindow::onShownHistoryChanged);
    connect(m_session, &RunSession::overlayChanged, this,
        [this](const RunHistory *overlay, const QString &label) {
            m_dashboard->setOverlay(overlay, label);
            m_runBrowser->setOverlayShown(overlay != nullptr);
        });
    connect(controller(), &SimulationController::errorOccurred, this,
        [this](const QString &message) { showError(tr("Simulation error"), message); });
    connect(controller(), &SimulationController::parameterApplied, this,
        [this](const QString &path, const QString &value, int effectiveDay) {
            m_changeLabel->setText(
                tr("%1 = %2 from day %3").arg(path, value).arg(effectiveDay + 1));
        });
    connect(controller(), &SimulationController::parameterRejected, this,
        [this](const QString &path, const QString &message) {
            m_panel->showFieldError(path, message);
            statusBar()->showMessage(message, 8000);
        });
}

void MainWindow::setScenario(const sim::Scenario &scenario, const QString &sourcePath)
{
    m_panel->setScenario(scenario, sourcePath);
    m_scenarioPath = sourcePath;
    showLesson(true);
    m_session->apply(m_panel->scenario());
}

void MainWindow::showLesson(bool openTab)
{
    // The lesson of the scenario in the panel: its charts framed, its tab opened on loading.
    const sim::Lesson &lesson = m_panel->scenario().lesson;
    QStringList metrics;
    for (const std::string &name : lesson.metrics)
        metrics << QString::fromStdString(name);
    m_dashboard->setLessonMetrics(metrics);
    const int tab = m_dashboard->tabIndex(QString::fromStdString(lesson.tab));
    m_panel->setLessonTabTitle(m_dashboard->tabTitle(QString::fromStdString(lesson.tab)));
    if (openTab && tab >= 0)
        m_dashboard->setCurrentIndex(tab);
    m_lessonAction->setEnabled(tab >= 0);
}

void MainWindow::resetRun()
{
    // Reset and Apply: the scenario as edited in the panel, from day 0.
    if (m_session->hasScenario())
        m_session->apply(m_panel->scenario());
}

void MainWindow::updateWindowTitle()
{
    const QString title
        = m_session->hasScenario() ? QString::fromStdString(m_panel->scenario().title) : QString();
    setWindowTitle(title.isEmpty() ? tr("TasteDrift") : tr("%1 — TasteDrift").arg(title));
}

bool MainWindow::openScenarioFile(const QString &path)
{
    sim::Scenario scenario;
    QString error;
    if (!run::loadScenario(path, scenario, error)) {
        showError(tr("Cannot open scenario"),
            tr("The scenario %1 cannot be used:\n\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    setScenario(scenario, path);
    if (m_settingsEnabled)
        QSettings().setValue(settingsKey("lastScenario"), QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::saveScenarioFile(const QString &path)
{
    const std::string json = sim::scenarioToJson(m_panel->scenario());
    QString error;
    if (!writeFileSafely(path, QByteArray::fromStdString(json), &error)) {
        showError(tr("Cannot save scenario"), error);
        return false;
    }
    statusBar()->showMessage(tr("Scenario saved to %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::chooseScenarioFile()
{
    QString start = m_scenarioPath.isEmpty()
        ? presetDirectory(QCoreApplication::applicationDirPath())
        : QFileInfo(m_scenarioPath).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), start, tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

void MainWindow::chooseSaveFile()
{
    const QString start
        = m_scenarioPath.isEmpty() ? QDir::homePath() : QFileInfo(m_scenarioPath).path();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"),
        QDir(start).filePath(fileNameFromTitle(QString::fromStdString(m_panel->scenario().title))
            + QStringLiteral(".json")),
        tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (saveScenarioFile(path))
        m_scenarioPath = path;
}

bool MainWindow::exportMetricsCsv(const QString &path, QString *error) const
{
    // What the dashboard shows: a stored run while one is open, else the live run.
    return writeMetricsCsv(m_session->shownHistory().days(), path, error);
}

bool MainWindow::exportReport(const QString &path, QString *error)
{
    QStringList facts = m_session->reportFacts(); // of what the dashboard shows
    facts << tr("Exported %1 by TasteDrift %2")
                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                     QCoreApplication::applicationVersion());
    const QImage image = renderDashboardReport(m_dashboard, tr("TasteDrift report"), facts);
    return writePng(image, path, error);
}

void MainWindow::chooseCsvFile()
{
    const QString start = m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Day Metrics"),
        QDir(start).filePath(QStringLiteral("metrics.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_exportDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (!exportMetricsCsv(path, &error))
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Day metrics written to %1 (%2 days)")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(m_session->shownHistory().daysDone()),
            5000);
}

void MainWindow::chooseReportFile()
{
    const QString start = m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Dashboard Report"),
        QDir(start).filePath(QStringLiteral("tastedrift-report.png")), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    m_exportDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (!exportReport(path, &error))
        showError(tr("Export failed"), error);
}

void MainWindow::exportChart(ExportableChart *chart)
{
    const QString directory = exportChartInteractively(chart, this, m_exportDirectory);
    if (!directory.isEmpty())
        m_exportDirectory = directory;
}

void MainWindow::exportCurrentTab()
{
    const QList<ExportableChart *> charts = m_dashboard->chartsOnTab(m_dashboard->currentIndex());
    if (charts.isEmpty())
        return;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export Charts to Folder"),
        m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory);
    if (directory.isEmpty())
        return;
    m_exportDirectory = directory;
    m_dashboard->flushAll();
    QStringList problems;
    for (ExportableChart *chart : charts) {
        const QString base = QDir(directory).filePath(fileNameFromTitle(chart->title()));
        QString error;
        if (!chart->savePng(base + QStringLiteral(".png"), &error))
            problems << error;
        if (!chart->saveSvg(base + QStringLiteral(".svg"), &error))
            problems << error;
    }
    if (!problems.isEmpty())
        showError(tr("Export failed"), problems.join(QLatin1Char('\n')));
    else
        statusBar()->showMessage(tr("Charts exported as PNG and SVG: %1").arg(charts.size()), 5000);
}

QWidget *MainWindow::showTab(const QString &key)
{
    return prepareDashboardTab(m_dashboard, key);
}

void MainWindow::setSmoothing(int days)
{
    m_dashboard->setSmoothing(days);
    const int index = m_smoothing->findData(days);
    if (index >= 0 && index != m_smoothing->currentIndex()) {
        const QSignalBlocker block(m_smoothing);
        m_smoothing->setCurrentIndex(index);
    }
    for (QAction *action : m_smoothingGroup->actions())
        action->setChecked(action->data().toInt() == days);
}

void MainWindow::setLanguage(const QString &code)
{
    if (!LanguageManager::apply(code))
        statusBar()->showMessage(tr("This language is not available in this build."), 5000);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
    if (m_settingsEnabled)
        QSettings().setValue(settingsKey("language"), code);
}

void MainWindow::enableSettings()
{
    m_settingsEnabled = true;
    QSettings settings;
    if (const QByteArray geometry = settings.value(settingsKey("geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(settingsKey("windowState")).toByteArray();
        !state.isEmpty())
        restoreState(state);
    setSmoothing(settings.value(settingsKey("smoothing"), 1).toInt());
    m_runBar->setSpeed(settings.value(settingsKey("speed"), 0.0).toDouble());
    m_exportDirectory = settings.value(settingsKey("exportDirectory")).toString();
    const QString language = settings.value(settingsKey("language")).toString();
    setLanguage(language);
}

CompareWindow *MainWindow::compareWindow() const
{
    return m_compare;
}

CompareWindow *MainWindow::openCompareWindow()
{
    if (!m_compare) {
        // A top-level window of its own (not a child): it can sit beside the main window.
        m_compare = new CompareWindow(nullptr);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->setBaseScenario(
            m_session->hasScenario() ? m_session->runScenario() : m_panel->scenario());
        m_compare->setWorkspace(workspace());
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

TradeoffWindow *MainWindow::tradeoffWindow() const
{
    return m_tradeoffs;
}

TradeoffWindow *MainWindow::openTradeoffWindow()
{
    if (!m_tradeoffs) {
        m_tradeoffs = new TradeoffWindow(nullptr);
        m_tradeoffs->setAttribute(Qt::WA_DeleteOnClose);
        m_tradeoffs->setBaseScenario(
            m_session->hasScenario() ? m_session->runScenario() : m_panel->scenario());
        m_tradeoffs->setWorkspace(workspace());
        connect(m_tradeoffs, &TradeoffWindow::settingChosen, this,
            [this](const sim::Scenario &scenario, const QString &label) {
                setScenario(scenario);
                raise();
                activateWindow();
                statusBar()->showMessage(tr("Opened the setting %1 from the trade-offs (seed %2)")
                                             .arg(label)
                                             .arg(scenario.run.seed),
                    10000);
            });
    }
    m_tradeoffs->show();
    m_tradeoffs->raise();
    m_tradeoffs->activateWindow();
    return m_tradeoffs;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TasteDrift"),
        tr("<h3>TasteDrift %1</h3>"
           "<p>A laboratory for music recommendation: synthetic listeners whose taste drifts, "
           "a streaming-service recommender serving them, and live charts of what the "
           "recommender does to them.</p>"
           "<p>Released under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showGlossary()
{
    if (!m_glossary) {
        m_glossary = new GlossaryDialog(this);
        m_glossary->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_glossary->show();
    m_glossary->raise();
    m_glossary->activateWindow();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal but not blocking: a run (or a test) keeps going while the box is open.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    m_runBar->setRunState(m_session->state(), m_session->hasScenario());
    m_apply->setEnabled(m_session->hasScenario());
    m_exportCsv->setEnabled(m_session->liveHistory().daysDone() > 0);
    m_exportReport->setEnabled(m_session->liveHistory().daysDone() > 0);
    m_exportChart->setEnabled(!m_dashboard->chartsOnTab(m_dashboard->currentIndex()).isEmpty());
}

void MainWindow::onResetDone(int totalDays)
{
    m_dashboard->resetCharts();
    m_runBar->setProgress(0, totalDays);
    m_runBar->setThroughput(0.0);
    m_changeLabel->clear();
    updateActions();
}

void MainWindow::onStateChanged(run::RunState state, int currentDay, int totalDays)
{
    m_runBar->setProgress(currentDay, totalDays);
    switch (state) {
    case run::RunState::Empty:
        setStateText(m_session->hasScenario() ? tr("The scenario could not be started")
                                              : tr("No scenario loaded"));
        break;
    case run::RunState::Paused:
        setStateText(currentDay == 0 ? tr("Ready: press Run (Space) to start") : tr("Paused"));
        break;
    case run::RunState::Running:
        setStateText(tr("Running…"));
        break;
    case run::RunState::Finished:
        m_dashboard->flushVisible(); // the final day shows at once, not on the next tick
        setStateText(tr("Finished: every day of the scenario has been simulated"));
        break;
    }
    updateActions();
}

void MainWindow::onSnapshots(const run::SnapshotBatch &batch)
{
    m_dashboard->dataChanged();
    const sim::DaySnapshot &last = *batch.last();
    m_runBar->setProgress(int(last.metrics.day) + 1, last.totalDays);
    if (std::isfinite(m_session->throughput()))
        m_runBar->setThroughput(m_session->throughput());
    if (m_session->liveHistory().daysDone() == int(batch.size()))
        updateActions(); // the first days make the exports possible
}

void MainWindow::onShownHistoryChanged(const RunHistory *history)
{
    m_dashboard->setHistory(history);
    if (const run::StoredRunPtr &run = m_session->storedRun()) {
        m_storedLabel->setText(
            tr("Stored run %1 “%2” (%3, %4 of %5 days), read-only. The live run waits.")
                .arg(run->info.id)
                .arg(QString::fromStdString(run->info.name), run->scenarioTitle)
                .arg(run->info.daysDone)
                .arg(run->info.daysTotal));
        m_storedBanner->show();
    } else {
        m_storedBanner->hide();
    }
    updateActions();
}

void MainWindow::onLiveValue(const QString &path, const QString &value)
{
    m_session->liveValueEdited(m_panel->scenario(), path, value);
}

void MainWindow::onSetupValue(const QString &path, const QString &value)
{
    Q_UNUSED(value);
    if (path == QLatin1String("title") || path == QLatin1String("description"))
        updateWindowTitle();
    m_session->setupValueEdited(m_panel->scenario(), path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the run before the window goes: the day in progress finishes, then the thread ends.
    controller()->shutdown();
    if (m_compare)
        m_compare->close();
    if (m_tradeoffs)
        m_tradeoffs->close();
    if (m_settingsEnabled) {
        QSettings settings;
        settings.setValue(settingsKey("geometry"), saveGeometry());
        settings.setValue(settingsKey("windowState"), saveState());
        settings.setValue(settingsKey("smoothing"), m_dashboard->smoothing());
        settings.setValue(settingsKey("speed"), m_runBar->speed());
        settings.setValue(settingsKey("exportDirectory"), m_exportDirectory);
        if (!m_scenarioPath.isEmpty())
            settings.setValue(
                settingsKey("lastScenario"), QFileInfo(m_scenarioPath).absoluteFilePath());
    }
    event->accept();
}

} // namespace td::ui
