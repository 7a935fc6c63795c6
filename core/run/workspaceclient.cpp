// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/workspaceclient.h"

#include "store/runstore.h"

#include <QMetaObject>
#include <QThreadPool>

#include <exception>
#include <optional>

namespace td::run {

namespace {
/// Store tasks mostly wait for the disk; replays and sweep writers last long. Enough threads
/// that a replay or a sweep never holds up a listing.
constexpr int kPoolThreads = 6;
} // namespace

WorkspaceClient::WorkspaceClient(QObject *parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(kPoolThreads);
}

WorkspaceClient::~WorkspaceClient()
{
    for (auto &[request, flag] : m_replays)
        *flag = true;
    for (auto &[request, runner] : m_sweeps)
        runner->cancel();
    waitForDone();
}

void WorkspaceClient::setWorkspace(const QString &path)
{
    m_workspace = path;
}

void WorkspaceClient::waitForDone()
{
    m_pool->waitForDone();
}

bool WorkspaceClient::busy() const
{
    return !m_replays.empty() || !m_sweeps.empty();
}

void WorkspaceClient::finished(quint64 request)
{
    m_replays.erase(request);
    m_sweeps.erase(request);
}

template<typename Work, typename Deliver>
quint64 WorkspaceClient::submit(Work work, Deliver deliver)
{
    const quint64 request = ++m_lastRequest;
    // The pool outlives no client (the destructor waits for it), and events posted to a
    // deleted object are discarded: `this` is safe in both lambdas.
    m_pool->start([this, request, work = std::move(work), deliver = std::move(deliver)]() {
        using Result = decltype(work());
        std::optional<Result> result;
        QString error;
        try {
            result.emplace(work());
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, deliver, result = std::move(result), error]() {
                finished(request);
                if (result)
                    deliver(request, *result);
                else
                    emit failed(request, error);
            },
            Qt::QueuedConnection);
    });
    return request;
}

quint64 WorkspaceClient::listRuns()
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    return submit([path] { return listStoredRuns(path); },
        [this](quint64 request, const std::vector<StoredRunRow> &rows) {
            emit runsListed(request, rows);
        });
}

quint64 WorkspaceClient::loadRun(qint64 id)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    return submit([path, id] { return loadStoredRun(path, id); },
        [this](quint64 request, const StoredRunPtr &run) { emit runLoaded(request, run); });
}

quint64 WorkspaceClient::renameRun(qint64 id, const QString &name)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    const std::string newName = name.trimmed().toStdString();
    return submit(
        [path, id, newName] {
            store::RunStore(path).renameRun(id, newName);
            return true;
        },
        [this, id, name](quint64 request, bool) { emit runRenamed(request, id, name.trimmed()); });
}

quint64 WorkspaceClient::deleteRun(qint64 id)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    return submit(
        [path, id] {
            store::RunStore(path).deleteRun(id);
            return true;
        },
        [this, id](quint64 request, bool) { emit runDeleted(request, id); });
}

quint64 WorkspaceClient::replayRun(qint64 id)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 request = m_lastRequest + 1; // the id submit() is about to hand out
    const auto progress = [this, request](int day, int last) {
        QMetaObject::invokeMethod(
            this, [this, request, day, last] { emit replayProgress(request, day, last); },
            Qt::QueuedConnection);
    };
    m_replays[request] = cancel;
    return submit(
        [path, id, cancel, progress] {
            ReplayOptions options;
            options.threads = 1; // the live run and the GUI keep the other cores
            options.cancel = cancel.get();
            options.progress = progress;
            return replayStoredRun(path, id, options);
        },
        [this, id](quint64 r, const ReplayResult &result) { emit replayFinished(r, id, result); });
}

quint64 WorkspaceClient::startSweep(std::vector<PlannedRun> runs, unsigned jobs)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    auto runner = std::make_shared<SweepRunner>(std::move(runs), jobs);
    const quint64 request = m_lastRequest + 1;
    m_sweeps[request] = runner;
    SweepRunner::Callbacks callbacks;
    callbacks.progress = [this, request](const SweepProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, request, p] { emit sweepProgress(request, p); }, Qt::QueuedConnection);
    };
    return submit([path, runner, callbacks] { return runSweep(path, {}, *runner, callbacks); },
        [this](quint64 r, const SweepOutcome &outcome) { emit sweepFinished(r, outcome); });
}

quint64 WorkspaceClient::listSweeps()
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    return submit([path] { return run::listSweeps(path); },
        [this](quint64 request, const std::vector<SweepListing> &sweeps) {
            emit sweepsListed(request, sweeps);
        });
}

quint64 WorkspaceClient::loadSweep(const std::string &sweepId)
{
    if (m_workspace.isEmpty())
        return 0;
    const std::string path = m_workspace.toStdString();
    return submit([path, sweepId] { return loadSweepResults(path, sweepId); },
        [this](quint64 request, const SweepResultsPtr &results) {
            emit sweepLoaded(request, results);
        });
}

void WorkspaceClient::cancel(quint64 request)
{
    if (const auto it = m_replays.find(request); it != m_replays.end())
        *it->second = true;
    if (const auto it = m_sweeps.find(request); it != m_sweeps.end())
        it->second->cancel();
}

} // namespace td::run
