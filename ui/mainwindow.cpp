// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "charts/livemetricschart.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"
#include "runtoolbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <cmath>

// Q_INIT_RESOURCE must be used outside any namespace; the resources live in this static
// library, so the linker would otherwise drop them.
static void initTasteDriftResources()
{
    Q_INIT_RESOURCE(tastedrift);
}

namespace td::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new run::SimulationController(this))
{
    initTasteDriftResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tastedrift.svg")));
    setWindowTitle(tr("TasteDrift"));
    resize(kDefaultWidth, kDefaultHeight);

    m_runBar = new RunToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_runBar);
    m_chart = new LiveMetricsChart(this);
    m_chart->setObjectName(QStringLiteral("liveChart"));
    setCentralWidget(m_chart);

    createMenus();
    createStatusBar();
    connectController();
    m_controller->setSpeed(m_runBar->speed());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Before the chart and labels go: no signal of the run may reach a half-destroyed window.
    m_controller->shutdown();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
        tr("&Open Scenario…"), this, &MainWindow::chooseScenarioFile);
    open->setObjectName(QStringLiteral("actionOpenScenario"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Load a scenario file (JSON) and start it from day 0"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *simulationMenu = menuBar()->addMenu(tr("&Simulation"));
    simulationMenu->addAction(m_runBar->runAction());
    simulationMenu->addAction(m_runBar->pauseAction());
    simulationMenu->addAction(m_runBar->stepAction());
    simulationMenu->addSeparator();
    simulationMenu->addAction(m_runBar->resetAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About TasteDrift"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setText(tr("No scenario loaded"));
    statusBar()->addWidget(m_stateLabel, 1);
    m_throughputLabel = new QLabel(this);
    m_throughputLabel->setObjectName(QStringLiteral("throughputLabel"));
    m_throughputLabel->setToolTip(
        tr("Simulation speed: listeners simulated for one day, per second of wall-clock time"));
    statusBar()->addPermanentWidget(m_throughputLabel);
}

void MainWindow::connectController()
{
    using run::SimulationController;
    connect(m_runBar->runAction(), &QAction::triggered, m_controller, &SimulationController::run);
    connect(
        m_runBar->pauseAction(), &QAction::triggered, m_controller, &SimulationController::pause);
    connect(
        m_runBar->stepAction(), &QAction::triggered, m_controller, &SimulationController::stepOne);
    connect(m_runBar->resetAction(), &QAction::triggered, this, &MainWindow::resetRun);
    connect(m_runBar, &RunToolBar::speedChanged, m_controller, &SimulationController::setSpeed);

    connect(m_controller, &SimulationController::resetDone, this, &MainWindow::onResetDone);
    connect(m_controller, &SimulationController::stateChanged, this, &MainWindow::onStateChanged);
    connect(
        m_controller, &SimulationController::snapshotsPublished, this, &MainWindow::onSnapshots);
    connect(m_controller, &SimulationController::errorOccurred, this, &MainWindow::onError);
}

void MainWindow::setScenario(const sim::Scenario &scenario, const QString &sourcePath)
{
    m_scenario = scenario;
    m_scenarioPath = sourcePath;
    m_hasScenario = true;
    const QString title = QString::fromStdString(scenario.title);
    setWindowTitle(title.isEmpty() ? tr("TasteDrift") : tr("%1 — TasteDrift").arg(title));
    m_stateLabel->setText(tr("Preparing the world…"));
    m_controller->reset(scenario);
    updateActions();
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
    return true;
}

void MainWindow::chooseScenarioFile()
{
    const QString start = m_scenarioPath.isEmpty() ? QString() : QFileInfo(m_scenarioPath).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), start, tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

void MainWindow::resetRun()
{
    if (m_hasScenario)
        setScenario(m_scenario, m_scenarioPath);
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

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal but not blocking: a run (or a test) keeps going while the box is open.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    m_runBar->setRunState(m_state, m_hasScenario);
}

void MainWindow::onResetDone(int totalDays)
{
    m_chart->clear(totalDays);
    m_runBar->setProgress(0, totalDays);
    m_throughputLabel->clear();
}

void MainWindow::onStateChanged(run::RunState state, int currentDay, int totalDays)
{
    m_state = state;
    m_runBar->setProgress(currentDay, totalDays);
    switch (state) {
    case run::RunState::Empty:
        m_stateLabel->setText(
            m_hasScenario ? tr("The scenario could not be started") : tr("No scenario loaded"));
        break;
    case run::RunState::Paused:
        m_stateLabel->setText(
            currentDay == 0 ? tr("Ready: press Run (Space) to start") : tr("Paused"));
        break;
    case run::RunState::Running:
        m_stateLabel->setText(tr("Running…"));
        break;
    case run::RunState::Finished:
        m_chart->flush(); // the final day shows at once, not on the next redraw tick
        m_stateLabel->setText(tr("Finished: every day of the scenario has been simulated"));
        break;
    }
    updateActions();
}

void MainWindow::onSnapshots(const run::SnapshotBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_chart->appendBatch(batch);
    const sim::DaySnapshot &last = *batch.last();
    m_runBar->setProgress(int(last.metrics.day) + 1, last.totalDays);
    double sum = 0.0;
    int counted = 0;
    for (const sim::DaySnapshotPtr &snapshot : batch) {
        if (std::isfinite(snapshot->listenerDaysPerSecond)) {
            sum += snapshot->listenerDaysPerSecond;
            ++counted;
        }
    }
    if (counted > 0) {
        m_throughputLabel->setText(
            tr("%1 listener-days/s").arg(QLocale().toString(sum / counted, 'f', 0)));
    }
}

void MainWindow::onError(const QString &message)
{
    showError(tr("Simulation error"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the run before the window goes: the day in progress finishes, then the thread ends.
    m_controller->shutdown();
    event->accept();
}

} // namespace td::ui
