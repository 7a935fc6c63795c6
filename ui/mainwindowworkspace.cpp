// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// MainWindow and the run store: the workspace (File > Open/New Workspace, Record Runs), the
// run browser dock, a stored run shown read-only or drawn as an overlay. The store itself is
// only touched off the GUI thread: by the worker (recording) and by the browser's tasks.
#include "mainwindow.h"

#include "charts/dashboard.h"
#include "compare/comparewindow.h"
#include "run/simulationcontroller.h"
#include "runs/runbrowser.h"
#include "store/runstore.h"
#include "tradeoffs/tradeoffwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace td::ui {

namespace {

const QString kWorkspaceKey = QStringLiteral("workspace");
const QString kRecordRunsKey = QStringLiteral("recordRuns");

} // namespace

void MainWindow::createRunBrowser()
{
    m_runBrowser = new RunBrowser(this);
    m_runDock = new QDockWidget(this);
    m_runDock->setObjectName(QStringLiteral("runBrowserDock"));
    m_runDock->setWidget(m_runBrowser);
    m_runDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
        | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    resizeDocks({ m_runDock }, { 220 }, Qt::Vertical);
    m_runDock->hide(); // View > Run Browser; the saved window state may show it
    // The browser's requests go to the session; its overlayChanged() updates the browser.
    connect(m_runBrowser, &RunBrowser::runOpened, m_session, &RunSession::showStoredRun);
    connect(m_runBrowser, &RunBrowser::overlayRequested, m_session, &RunSession::setOverlayRun);
    connect(m_runBrowser, &RunBrowser::overlayRemoveRequested, m_session,
        [this] { m_session->setOverlayRun(nullptr); });
    connect(m_runBrowser, &RunBrowser::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_runBrowser, &RunBrowser::replayFinished, this,
        [this](qint64, bool, const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::connectWorkspace()
{
    using run::SimulationController;
    connect(
        controller(), &SimulationController::workspaceOpened, this, [this](const QString &path) {
            m_runBrowser->setWorkspace(path);
            if (m_compare)
                m_compare->setWorkspace(path);
            if (m_tradeoffs)
                m_tradeoffs->setWorkspace(path);
            updateWorkspaceLabel();
            statusBar()->showMessage(
                tr("Workspace %1 opened").arg(QFileInfo(path).fileName()), 5000);
            if (m_settingsEnabled)
                QSettings().setValue(kWorkspaceKey, QFileInfo(path).absoluteFilePath());
        });
    connect(controller(), &SimulationController::workspaceFailed, this,
        [this](const QString &path, const QString &message) {
            const QString current = workspace();
            const QString kept = current.isEmpty()
                ? tr("No workspace is open: runs are not recorded.")
                : tr("The workspace %1 stays open.").arg(QFileInfo(current).absoluteFilePath());
            showError(tr("Cannot open workspace"),
                tr("%1 cannot be used as a workspace:\n\n%2\n\n%3")
                    .arg(QFileInfo(path).absoluteFilePath(), message, kept));
            statusBar()->showMessage(message, 10000);
        });
    connect(controller(), &SimulationController::recordingChanged, this,
        [this](const run::RecordingState &state) {
            m_runBrowser->setRecording(state);
            updateWorkspaceLabel();
            if (state.status == run::RecordingState::Status::Failed) {
                // The simulation goes on; only the recording stopped.
                showError(tr("Run not recorded"),
                    tr("The run goes on but is not stored:\n\n%1").arg(state.message));
                statusBar()->showMessage(tr("Not recorded: %1").arg(state.message), 15000);
            }
        });
}

void MainWindow::restoreWorkspace(const QString &chosen)
{
    QSettings settings;
    setRecordRuns(settings.value(kRecordRunsKey, true).toBool());
    QString path = chosen.isEmpty() ? settings.value(kWorkspaceKey).toString() : chosen;
    if (path.isEmpty())
        path = QString::fromStdString(store::RunStore::defaultDatabasePath());
    setWorkspace(path);
}

void MainWindow::setWorkspace(const QString &path)
{
    if (!path.isEmpty())
        controller()->setWorkspace(QFileInfo(path).absoluteFilePath());
}

QString MainWindow::workspace() const
{
    return controller()->workspace();
}

void MainWindow::setRecordRuns(bool record)
{
    controller()->setRecordingEnabled(record);
    if (m_recordRunsAction->isChecked() != record)
        m_recordRunsAction->setChecked(record);
    if (m_settingsEnabled)
        QSettings().setValue(kRecordRunsKey, record);
    updateWorkspaceLabel();
}

bool MainWindow::recordRuns() const
{
    return controller()->recordingEnabled();
}

void MainWindow::showRunBrowser()
{
    m_runDock->show();
    m_runDock->raise();
}

void MainWindow::chooseWorkspace(bool create)
{
    const QString current = workspace();
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).path();
    QFileDialog dialog(this, create ? tr("New Workspace") : tr("Open Workspace"), folder,
        tr("Run databases (*.sqlite *.db);;All files (*)"));
    // Open accepts a new name too (the store creates it); New asks before replacing nothing:
    // an existing database is opened, never overwritten.
    dialog.setAcceptMode(create ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite, true);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (create)
        dialog.selectFile(QStringLiteral("runs.sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (create && QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        statusBar()->showMessage(
            tr("%1 already exists: it is opened, not replaced").arg(QFileInfo(path).fileName()),
            8000);
    setWorkspace(path);
    showRunBrowser();
}

void MainWindow::updateWorkspaceLabel()
{
    using Status = run::RecordingState::Status;
    const QString path = workspace();
    if (path.isEmpty()) {
        m_workspaceLabel->setText(tr("No workspace"));
        m_workspaceLabel->setToolTip(tr("Runs are not recorded (File > Open Workspace)"));
        return;
    }
    const run::RecordingState &state = controller()->recording();
    QString text = tr("Workspace: %1").arg(QFileInfo(path).fileName());
    if (state.status == Status::Recording && state.workspace == path)
        text += QStringLiteral(" · ") + tr("recording run %1").arg(state.runId);
    else if (state.status == Status::Failed)
        text += QStringLiteral(" · ") + tr("not recorded");
    else if (!recordRuns())
        text += QStringLiteral(" · ") + tr("recording off");
    m_workspaceLabel->setText(text);
    m_workspaceLabel->setToolTip(state.status == Status::Failed
            ? QFileInfo(path).absoluteFilePath() + QLatin1Char('\n') + state.message
            : QFileInfo(path).absoluteFilePath());
}

void MainWindow::showStoredRun(const run::StoredRunPtr &run)
{
    m_session->showStoredRun(run);
}

void MainWindow::showLiveRun()
{
    m_session->showLiveRun();
}

void MainWindow::setOverlayRun(const run::StoredRunPtr &run)
{
    m_session->setOverlayRun(run);
}

} // namespace td::ui
