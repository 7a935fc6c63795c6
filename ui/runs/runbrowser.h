// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/replay.h"
#include "run/runrecording.h"
#include "run/storedrun.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace td::run {
class WorkspaceClient;
}

namespace td::ui {

class RunTableModel;

/// The run browser (a dock of the main window, docs/gui.md): the runs of the current
/// workspace with Rename, Delete, Open, Overlay and Replay.
///
/// Threads: the browser never touches the store itself. Every database access goes through
/// run::WorkspaceClient (the GUI's one way to its workspace, core/run/workspaceclient.h),
/// whose tasks open their own connections on its thread pool: listing, loading a run,
/// renaming, deleting and replaying never block the GUI thread, however big the database.
/// Results come back as signals. The live run's days column follows the worker's recording
/// state without a query. GUI thread only.
class RunBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit RunBrowser(QWidget *parent = nullptr);
    /// Cancels a replay in progress (it stops after its current day).
    ~RunBrowser() override;

    /// Shows the runs of `path` (the workspace the worker opened).
    void setWorkspace(const QString &path);
    QString workspace() const { return m_workspace; }
    /// Follows the recording of the live run: a new run is listed, its days counted.
    void setRecording(const td::run::RecordingState &state);
    /// Lists the workspace again (asynchronous; listRefreshed() when done).
    void refresh();

    RunTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectRun(qint64 id);
    /// The selected run's id, 0 if none.
    qint64 selectedRun() const;

    // The actions, by run id, without dialogs (the toolbar's actions add the confirmation).
    void renameRun(qint64 id, const QString &name);
    /// Refuses the run this window is recording (and the store refuses any run being written).
    void deleteRun(qint64 id);
    /// Loads the run and emits runOpened().
    void openRun(qint64 id);
    /// Loads the run and emits overlayRequested().
    void overlayRun(qint64 id);
    /// Re-simulates the run on a worker thread (run::replay) and reports "all N days match",
    /// the first mismatch, or that the run was recorded by another simulation model
    /// (replayFinished()).
    void replayRun(qint64 id);
    bool replaying() const;
    /// The window tells whether an overlay is drawn (enables Remove Overlay).
    void setOverlayShown(bool shown);
    /// The last line of the status area (results and errors).
    QString statusText() const;

    void retranslateUi();

signals:
    void listRefreshed();
    void runOpened(const td::run::StoredRunPtr &run);
    void overlayRequested(const td::run::StoredRunPtr &run);
    void overlayRemoveRequested();
    void runRenamed(qint64 id, const QString &name);
    void runDeleted(qint64 id);
    /// `matched`: every stored value was reproduced bit for bit; `text` says so or names the
    /// first difference (or the error).
    void replayFinished(qint64 id, bool matched, const QString &text);
    /// A problem to show (a store error of a browser action).
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRun(qint64 id, bool overlay);
    void deleteSelected();
    void renameSelected();
    void updateActions();
    void setStatus(const QString &text, bool error = false);

    QString m_workspace;
    RunTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_open = nullptr;
    QAction *m_overlay = nullptr;
    QAction *m_removeOverlay = nullptr;
    QAction *m_replay = nullptr;
    void onReplayFinished(quint64 request, qint64 id, const td::run::ReplayResult &result);
    void onFailed(quint64 request, const QString &message);

    run::WorkspaceClient *m_client = nullptr;
    quint64 m_replayRequest = 0;
    qint64 m_replayRun = 0;
    bool m_overlayShown = false;
    quint64 m_listRequest = 0; ///< only the newest listing is shown
    QHash<quint64, bool> m_loads; ///< run loads in progress: request -> overlay
};

} // namespace td::ui
