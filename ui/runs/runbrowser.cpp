// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "runs/runbrowser.h"

#include "run/workspaceclient.h"
#include "runs/runtablemodel.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace td::ui {

RunBrowser::RunBrowser(QWidget *parent)
    : QWidget(parent), m_model(new RunTableModel(this)), m_client(new run::WorkspaceClient(this))
{
    setObjectName(QStringLiteral("runBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("runBrowserWorkspace"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("runBrowserToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));
    const auto addAction = [&](const char *name, auto slot) {
        QAction *action = toolBar->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_open = addAction("actionRunOpen", [this] { openRun(selectedRun()); });
    m_overlay = addAction("actionRunOverlay", [this] { overlayRun(selectedRun()); });
    m_removeOverlay
        = addAction("actionRunRemoveOverlay", [this] { emit overlayRemoveRequested(); });
    m_replay = addAction("actionRunReplay", [this] { replayRun(selectedRun()); });
    toolBar->addSeparator();
    m_rename = addAction("actionRunRename", [this] { renameSelected(); });
    m_delete = addAction("actionRunDelete", [this] { deleteSelected(); });
    toolBar->addSeparator();
    m_refresh = addAction("actionRunRefresh", [this] { refresh(); });
    // Toolbar buttons take no focus: keys reach each action while focus is in the browser.
    // (Plain Return and Delete stay with the name editor while a run is renamed.)
    const std::pair<QAction *, QKeySequence> keys[]
        = { { m_open, QKeySequence(Qt::CTRL | Qt::Key_Return) },
              { m_overlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
              { m_removeOverlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) },
              { m_replay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
              { m_delete, QKeySequence(QKeySequence::Delete) },
              { m_refresh, QKeySequence::Refresh } };
    for (const auto &[action, key] : keys) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action); // the context is this widget and its children
    }
    top->addWidget(toolBar);
    top->addStretch(1);
    top->addWidget(m_workspaceLabel);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunTableModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != RunTableModel::Name)
            openRun(index.data(RunTableModel::kRunIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RunBrowser::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunBrowser::updateActions);
    connect(m_model, &RunTableModel::renameRequested, this, &RunBrowser::renameRun);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runBrowserStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("replayCancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_replayRequest)
            m_client->cancel(m_replayRequest);
    });
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);

    using Client = run::WorkspaceClient;
    connect(m_client, &Client::runsListed, this,
        [this](quint64 request, const std::vector<run::StoredRunRow> &rows) {
            if (request != m_listRequest)
                return; // a newer listing (or another workspace) is on its way
            // Keep the user's selection; with none, select the run this window records.
            const qint64 selected = selectedRun() ? selectedRun() : m_model->liveRunId();
            m_model->setRuns(rows);
            if (selected)
                selectRun(selected);
            emit listRefreshed();
        });
    connect(m_client, &Client::runRenamed, this, [this](quint64, qint64 id, const QString &name) {
        setStatus(tr("Run %1 renamed to “%2”.").arg(id).arg(name));
        emit runRenamed(id, name);
        refresh();
    });
    connect(m_client, &Client::runDeleted, this, [this](quint64, qint64 id) {
        setStatus(tr("Run %1 deleted.").arg(id));
        emit runDeleted(id);
        refresh();
    });
    connect(
        m_client, &Client::runLoaded, this, [this](quint64 request, const run::StoredRunPtr &run) {
            const auto it = m_loads.find(request);
            if (it == m_loads.end() || !run)
                return;
            const bool overlay = it.value();
            m_loads.erase(it);
            const qint64 id = run->info.id;
            setStatus(overlay ? tr("Run %1 drawn dashed on the charts.").arg(id)
                              : tr("Run %1 shown in the dashboard (read-only).").arg(id));
            if (overlay)
                emit overlayRequested(run);
            else
                emit runOpened(run);
        });
    connect(m_client, &Client::replayProgress, this, [this](quint64 request, int day, int last) {
        if (request != m_replayRequest)
            return;
        m_progress->setRange(0, last + 1);
        m_progress->setValue(day + 1);
    });
    connect(m_client, &Client::replayFinished, this, &RunBrowser::onReplayFinished);
    connect(m_client, &Client::failed, this, &RunBrowser::onFailed);

    retranslateUi();
    updateActions();
}

// The client (a child) cancels its replay and waits for its tasks when it is destroyed.
RunBrowser::~RunBrowser() = default;

void RunBrowser::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_client->setWorkspace(path);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QFileInfo(path).fileName()));
    m_workspaceLabel->setToolTip(QFileInfo(path).absoluteFilePath());
    m_model->setRuns({});
    m_model->setLiveRun(0, 0, true);
    setStatus(QString());
    refresh();
}

void RunBrowser::setRecording(const run::RecordingState &state)
{
    using Status = run::RecordingState::Status;
    if (state.runId == 0 || state.workspace != m_workspace)
        return;
    const bool finished = state.status != Status::Recording;
    m_model->setLiveRun(state.runId, state.daysStored, finished);
    // A new run, or its final status: list again (the days alone need no query).
    if (m_model->rowOf(state.runId) < 0 || finished)
        refresh();
    updateActions();
}

void RunBrowser::refresh()
{
    if (m_workspace.isEmpty())
        return;
    m_listRequest = m_client->listRuns();
}

void RunBrowser::selectRun(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

qint64 RunBrowser::selectedRun() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RunTableModel::kRunIdRole).toLongLong();
}

void RunBrowser::renameRun(qint64 id, const QString &name)
{
    if (id <= 0 || m_workspace.isEmpty())
        return;
    m_client->renameRun(id, name);
}

void RunBrowser::renameSelected()
{
    const int row = m_model->rowOf(selectedRun());
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, RunTableModel::Name);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void RunBrowser::deleteRun(qint64 id)
{
    if (id <= 0 || m_workspace.isEmpty())
        return;
    if (id == m_model->liveRunId()) {
        const QString message
            = tr("Run %1 is the run being recorded now; it can be deleted when it is done "
                 "(or after Reset).")
                  .arg(id);
        setStatus(message, true);
        emit failed(message);
        return;
    }
    m_client->deleteRun(id);
}

void RunBrowser::deleteSelected()
{
    const qint64 id = selectedRun();
    const run::StoredRunRow *row = m_model->runAt(m_model->rowOf(id));
    if (!row)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Run"),
        tr("Delete run %1 “%2” with all its stored days? This cannot be undone.")
            .arg(id)
            .arg(QString::fromStdString(row->info.name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteRun(id);
}

void RunBrowser::openRun(qint64 id)
{
    loadRun(id, false);
}

void RunBrowser::overlayRun(qint64 id)
{
    loadRun(id, true);
}

void RunBrowser::loadRun(qint64 id, bool overlay)
{
    if (id <= 0 || m_workspace.isEmpty())
        return;
    setStatus(tr("Loading run %1…").arg(id));
    m_loads.insert(m_client->loadRun(id), overlay);
}

void RunBrowser::replayRun(qint64 id)
{
    if (id <= 0 || m_workspace.isEmpty() || replaying())
        return;
    m_replayRun = id;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    setStatus(tr("Replaying run %1…").arg(id));
    m_replayRequest = m_client->replayRun(id);
    updateActions();
}

void RunBrowser::onReplayFinished(quint64 request, qint64 id, const run::ReplayResult &result)
{
    if (request != m_replayRequest)
        return;
    m_replayRequest = 0;
    m_replayRun = 0;
    m_progress->hide();
    m_cancel->hide();
    QString text;
    bool matched = false;
    switch (result.status) {
    case run::ReplayStatus::Cancelled:
        text = tr("Replay of run %1 cancelled.").arg(id);
        break;
    case run::ReplayStatus::OtherModel:
        text = tr("Run %1 was not replayed: it was recorded by simulation model %2, this build "
                  "is %3: numbers are expected to differ.")
                   .arg(id)
                   .arg(result.recordedModel.value_or(0))
                   .arg(result.buildModel);
        break;
    case run::ReplayStatus::OtherPlugin:
        text = tr("Run %1 was not replayed: its plugin '%2' changed since it was recorded "
                  "(SHA-256 %3, now %4): numbers are expected to differ.")
                   .arg(id)
                   .arg(QString::fromStdString(result.pluginPath),
                       QString::fromStdString(result.recordedPluginSha256),
                       QString::fromStdString(result.currentPluginSha256));
        break;
    case run::ReplayStatus::Matched:
        matched = true;
        text = tr("Run %1: all %2 days match (%3 values identical)")
                   .arg(id)
                   .arg(result.daysCompared)
                   .arg(result.valuesCompared);
        if (result.metricsNotStored > 0)
            text += QLatin1Char(' ')
                + tr("; %1 newer metrics were not stored and not compared")
                      .arg(result.metricsNotStored);
        break;
    case run::ReplayStatus::Mismatch: {
        const run::ReplayMismatch &m = *result.mismatch;
        text = tr("Run %1 does not replay: first mismatch on day %2, metric %3: stored %4, "
                  "replayed %5")
                   .arg(id)
                   .arg(m.day + 1)
                   .arg(QString::fromStdString(m.metric), QString::fromStdString(m.stored),
                       QString::fromStdString(m.replayed));
        break;
    }
    }
    setStatus(text, !matched);
    updateActions();
    emit replayFinished(id, matched, text);
}

void RunBrowser::onFailed(quint64 request, const QString &message)
{
    m_loads.remove(request);
    if (request == m_replayRequest) {
        const qint64 id = m_replayRun;
        m_replayRequest = 0;
        m_replayRun = 0;
        m_progress->hide();
        m_cancel->hide();
        const QString text = tr("Replay of run %1 failed: %2").arg(id).arg(message);
        setStatus(text, true);
        updateActions();
        emit replayFinished(id, false, text);
        return;
    }
    setStatus(message, true);
    emit failed(message);
}

bool RunBrowser::replaying() const
{
    return m_replayRequest != 0;
}

void RunBrowser::setOverlayShown(bool shown)
{
    m_overlayShown = shown;
    updateActions();
}

QString RunBrowser::statusText() const
{
    return m_status->text();
}

void RunBrowser::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void RunBrowser::updateActions()
{
    const qint64 id = selectedRun();
    const bool any = id > 0;
    m_open->setEnabled(any);
    m_overlay->setEnabled(any);
    m_removeOverlay->setEnabled(m_overlayShown);
    m_replay->setEnabled(any && m_replayRun == 0);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any && id != m_model->liveRunId());
    m_refresh->setEnabled(!m_workspace.isEmpty());
}

void RunBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunBrowser::retranslateUi()
{
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Show the stored run's day metrics in the dashboard, read-only (the "
                          "live run is paused; Back to Live Run returns)"));
    m_overlay->setText(tr("Overlay"));
    m_overlay->setToolTip(tr("Draw the stored run dashed on the charts, to compare with the "
                             "run shown"));
    m_removeOverlay->setText(tr("Remove Overlay"));
    m_replay->setText(tr("Replay"));
    m_replay->setToolTip(tr("Simulate the run again from its scenario, seed and live changes "
                            "and compare every stored value bit for bit"));
    m_rename->setText(tr("Rename"));
    m_rename->setToolTip(tr("Edit the run's name (F2)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the run and everything stored for it"));
    m_refresh->setText(tr("Refresh"));
    m_cancel->setText(tr("Cancel"));
    if (m_workspace.isEmpty())
        m_workspaceLabel->setText(tr("No workspace"));
    else
        m_workspaceLabel->setText(tr("Workspace: %1").arg(QFileInfo(m_workspace).fileName()));
}

} // namespace td::ui
