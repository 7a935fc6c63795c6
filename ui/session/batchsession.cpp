// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "session/batchsession.h"

#include "run/workspaceclient.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <set>

namespace td::ui {

BatchSession::BatchSession(QObject *parent)
    : QObject(parent), m_client(new run::WorkspaceClient(this)),
      m_reader(new run::WorkspaceClient(this))
{
    using Client = run::WorkspaceClient;
    for (Client *client : { m_client, m_reader }) {
        connect(client, &Client::sweepsListed, this,
            [this, client](quint64, const std::vector<run::SweepListing> &sweeps) {
                emit sweepsListed(client->workspace(), sweeps);
            });
        connect(client, &Client::sweepLoaded, this,
            [this](quint64, const run::SweepResultsPtr &results) { emit loaded(results); });
        connect(client, &Client::failed, this, [this](quint64 request, const QString &message) {
            if (isRunning()
                && (request == m_runRequest || request == m_listRequest || m_deleting > 0)) {
                m_phase = Phase::Idle;
                m_runRequest = m_listRequest = 0;
                m_deleting = 0;
                m_pending.clear();
            }
            emit failed(message);
        });
    }
    connect(m_client, &Client::runsListed, this,
        [this](quint64 request, const std::vector<run::StoredRunRow> &rows) {
            if (request == m_listRequest && m_phase == Phase::Listing)
                onRunsListed(rows);
        });
    connect(m_client, &Client::runDeleted, this, [this](quint64, qint64) {
        if (m_phase == Phase::Deleting && --m_deleting == 0)
            launch();
    });
    connect(m_client, &Client::sweepProgress, this,
        [this](quint64 request, const run::SweepProgress &p) {
            if (request != m_runRequest)
                return;
            run::SweepProgress shown = p;
            shown.runsDone += m_reused;
            shown.runsTotal += m_reused;
            emit progress(shown);
        });
    connect(m_client, &Client::sweepFinished, this,
        [this](quint64 request, const run::SweepOutcome &outcome) {
            if (request == m_runRequest)
                finish(outcome.completeCount() + m_reused, m_planned, outcome.cancelled);
        });
    setWorkspace(QString());
}

BatchSession::~BatchSession()
{
    // The clients' destructors cancel and wait; the temporary database must outlive them.
    delete m_client;
    delete m_reader;
}

void BatchSession::setWorkspace(const QString &path)
{
    m_workspace = path;
    if (path.isEmpty()) {
        if (!m_temporary)
            m_temporary = std::make_unique<QTemporaryDir>(
                QDir::temp().filePath(QStringLiteral("tastedrift-batch-XXXXXX")));
        m_client->setWorkspace(m_temporary->filePath(QStringLiteral("runs.sqlite")));
    } else {
        m_client->setWorkspace(QFileInfo(path).absoluteFilePath());
    }
}

QString BatchSession::databasePath() const
{
    return m_client->workspace();
}

bool BatchSession::isTemporary() const
{
    return m_workspace.isEmpty();
}

unsigned BatchSession::defaultJobs()
{
    return unsigned(std::max(1, QThread::idealThreadCount() - 1));
}

bool BatchSession::start(
    std::vector<run::PlannedRun> runs, const std::string &sweepId, unsigned jobs)
{
    if (isRunning())
        return false;
    m_pending = std::move(runs);
    m_planned = m_pending.size();
    m_reused = 0;
    m_runSweep = sweepId;
    m_jobs = std::max(1u, jobs);
    m_cancelled = false;
    m_deleting = 0;
    if (!QFileInfo::exists(databasePath())) {
        launch(); // a new (temporary) database holds nothing to keep
        return true;
    }
    m_phase = Phase::Listing;
    m_listRequest = m_client->listRuns();
    return true;
}

void BatchSession::onRunsListed(const std::vector<run::StoredRunRow> &rows)
{
    std::set<long long> complete;
    std::vector<qint64> interrupted;
    for (const run::StoredRunRow &row : rows) {
        if (row.info.sweepId != m_runSweep)
            continue;
        if (row.info.status == store::RunStatus::Complete
            && row.info.daysDone >= row.info.daysTotal)
            complete.insert(row.info.sweepItem);
        else
            interrupted.push_back(row.info.id);
    }
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(),
            [&complete](const run::PlannedRun &r) { return complete.count(r.row.sweepItem) > 0; }),
        m_pending.end());
    m_reused = m_planned - m_pending.size();
    if (m_cancelled) {
        finish(m_reused, m_planned, true);
        return;
    }
    if (interrupted.empty()) {
        launch();
        return;
    }
    m_phase = Phase::Deleting;
    m_deleting = int(interrupted.size());
    for (const qint64 id : interrupted)
        m_client->deleteRun(id);
}

void BatchSession::launch()
{
    if (m_cancelled || m_pending.empty()) {
        finish(m_reused, m_planned, m_cancelled);
        return;
    }
    m_phase = Phase::Running;
    m_runRequest = m_client->startSweep(std::move(m_pending), m_jobs);
    m_pending.clear();
}

void BatchSession::finish(std::size_t complete, std::size_t planned, bool cancelled)
{
    m_phase = Phase::Idle;
    m_runRequest = m_listRequest = 0;
    emit batchFinished(complete, planned, cancelled);
    if (complete > 0)
        open(m_runSweep);
}

void BatchSession::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_runRequest)
        m_client->cancel(m_runRequest);
}

run::WorkspaceClient *BatchSession::clientFor(const QString &databasePath)
{
    if (databasePath.isEmpty()
        || QFileInfo(databasePath).absoluteFilePath() == m_client->workspace())
        return m_client;
    m_reader->setWorkspace(QFileInfo(databasePath).absoluteFilePath());
    return m_reader;
}

void BatchSession::listSweeps()
{
    if (!QFileInfo::exists(databasePath())) {
        emit sweepsListed(databasePath(), {}); // nothing recorded yet
        return;
    }
    m_client->listSweeps();
}

void BatchSession::listSweepsIn(const QString &databasePath)
{
    clientFor(databasePath)->listSweeps();
}

void BatchSession::open(const std::string &sweepId)
{
    m_client->loadSweep(sweepId);
}

void BatchSession::openIn(const QString &databasePath, const std::string &sweepId)
{
    clientFor(databasePath)->loadSweep(sweepId);
}

} // namespace td::ui
