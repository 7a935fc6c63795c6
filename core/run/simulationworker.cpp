// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/simulationworker.h"

#include "sim/engine.h"
#include "store/storeerror.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <stdexcept>

namespace td::run {

namespace {
constexpr int kListLimit = 20; ///< rows of each inspector list
} // namespace

SimulationWorker::SimulationWorker(QObject *parent) : QObject(parent), m_dayTimer(new QTimer(this))
{
    m_dayTimer->setSingleShot(true);
    // Pacing at a chosen speed wants millisecond accuracy; at full speed the interval is 0.
    m_dayTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dayTimer, &QTimer::timeout, this, &SimulationWorker::runNextDay);
}

// The engine (and its thread pool) is destroyed here, on the worker thread: the controller
// deletes us through QThread::finished -> deleteLater, which runs on the finishing thread.
SimulationWorker::~SimulationWorker() = default;

void SimulationWorker::reset(const sim::Scenario &scenario, unsigned threads)
{
    m_dayTimer->stop();
    publishPending();
    abandonRecording(); // a run left before its last day is stored as interrupted
    m_recording.beginRun(scenario);
    m_engine.reset(); // free the old world before building the new one
    m_engineThread = nullptr;
    m_oneShotTraces.clear();
    m_knownListeners = 0;
    try {
        m_engine = std::make_unique<sim::Engine>(scenario, threads == 0 ? 1 : threads);
    } catch (const std::exception &e) {
        fail(QString::fromStdString(e.what()));
        return;
    }
    m_engineThread = QThread::currentThread();
    emit resetDone(m_engine->totalDays(), m_engineThread);
    setState(m_engine->finished() ? RunState::Finished : RunState::Paused);
}

void SimulationWorker::run()
{
    if (!m_engine || m_engine->finished() || m_state == RunState::Running)
        return;
    m_sincePublish.start();
    setState(RunState::Running);
    scheduleNextDay(0);
}

void SimulationWorker::pause()
{
    if (m_state != RunState::Running)
        return;
    m_dayTimer->stop();
    publishPending();
    setState(RunState::Paused);
}

void SimulationWorker::stepOne()
{
    if (!m_engine || m_engine->finished())
        return;
    m_dayTimer->stop();
    if (!simulateOneDay())
        return;
    if (m_engine->finished())
        finishRecording();
    publishPending();
    setState(m_engine->finished() ? RunState::Finished : RunState::Paused);
}

void SimulationWorker::setSpeed(double daysPerSecond)
{
    m_daysPerSecond = std::isfinite(daysPerSecond) && daysPerSecond > 0.0 ? daysPerSecond : 0.0;
}

void SimulationWorker::setParameter(const QString &path, const QString &value)
{
    if (!m_engine) {
        emit parameterRejected(path, tr("No scenario is loaded."));
        return;
    }
    try {
        m_engine->setParameter(path.toStdString(), value.toStdString());
    } catch (const std::exception &e) {
        emit parameterRejected(path, QString::fromStdString(e.what()));
        return;
    }
    emit parameterApplied(path, value, m_engine->currentDay());
}

void SimulationWorker::setInspectedListener(qint64 listener)
{
    m_inspected = listener >= 0 ? listener : -1;
}

void SimulationWorker::requestTrace(qint64 listener)
{
    if (listener < 0 || listener > qint64(std::numeric_limits<ListenerId>::max()))
        return;
    const auto id = ListenerId(listener);
    if (std::find(m_oneShotTraces.begin(), m_oneShotTraces.end(), id) == m_oneShotTraces.end())
        m_oneShotTraces.push_back(id);
}

void SimulationWorker::requestListenerLists()
{
    if (!m_engine)
        return;
    const int day = m_engine->currentDay() - 1;
    ListenerLists lists;
    if (day >= 0) {
        lists = listenerLists(Day(day), m_engine->lastDayEvents(), m_knownListeners, kListLimit);
        // The lists that need the ground truth (read-only, between days: no effect on the run).
        sim::TruthLists truth = m_engine->truthLists(kListLimit);
        lists.mostDrifted = std::move(truth.mostDrifted);
        lists.churnedToday = std::move(truth.churnedToday);
        lists.churnedTodayTotal = truth.churnedTodayTotal;
    }
    m_knownListeners = lists.knownListeners = std::max(lists.knownListeners, m_knownListeners);
    emit listenerListsPublished(lists);
}

void SimulationWorker::setWorkspace(const QString &path)
{
    try {
        m_recording.openWorkspace(path.toStdString());
    } catch (const store::StoreError &e) {
        emit workspaceFailed(path, QString::fromStdString(e.what()), e.isBadInput());
        return;
    }
    emit workspaceOpened(path);
}

void SimulationWorker::setRecordingEnabled(bool enabled)
{
    m_recording.setEnabled(enabled);
}

void SimulationWorker::recordDay(const sim::DaySnapshot &snapshot)
{
    // On the engine's thread, between two days: the GUI thread never waits for the store.
    const bool first = m_recording.state().status == RecordingState::Status::Off;
    try {
        if (!m_recording.recordDay(*m_engine, snapshot))
            return;
    } catch (const store::StoreError &) {
        // The simulation goes on unrecorded; the state carries the store's message.
        m_recordingChanged = false;
        emit recordingChanged(m_recording.state());
        return;
    }
    if (first)
        emit recordingChanged(m_recording.state()); // the run row exists: show it at once
    else
        m_recordingChanged = true; // reported with the next snapshot batch
}

void SimulationWorker::finishRecording()
{
    if (m_recording.state().status != RecordingState::Status::Recording)
        return;
    try {
        m_recording.finish();
    } catch (const store::StoreError &) { }
    m_recordingChanged = false;
    emit recordingChanged(m_recording.state());
}

void SimulationWorker::abandonRecording()
{
    if (m_recording.state().status != RecordingState::Status::Recording)
        return;
    m_recording.abandon();
    m_recordingChanged = false;
    emit recordingChanged(m_recording.state());
}

void SimulationWorker::summarizeTracedListeners(const sim::DaySnapshot &snapshot)
{
    // Runs on the engine thread between days: the events and the catalogue are the engine's,
    // the result is plain data that leaves the thread as an immutable shared pointer.
    for (const sim::TracedRequest &traced : snapshot.traces) {
        auto day = std::make_shared<ListenerDay>(
            summarizeListenerDay(traced.listener, Day(snapshot.metrics.day),
                m_engine->lastDayEvents(), m_engine->lastDayContexts(), m_engine->catalog()));
        day->trace = traced.trace;
        day->traceFromSession = traced.fromSession;
        if (traced.trace)
            day->labels = traceLabels(*traced.trace, m_engine->catalog());
        day->view = m_engine->listenerView(traced.listener);
        m_pendingListenerDays.append(std::move(day));
    }
}

void SimulationWorker::runNextDay()
{
    // Quit and pause requests are only seen between days: a day in progress always finishes.
    if (m_state != RunState::Running || QThread::currentThread()->isInterruptionRequested())
        return;
    QElapsedTimer dayClock;
    dayClock.start();
    if (!simulateOneDay())
        return;
    if (m_engine->finished()) {
        finishRecording();
        publishPending();
        setState(RunState::Finished);
        return;
    }
    if (m_sincePublish.elapsed() >= kPublishIntervalMs)
        publishPending();
    scheduleNextDay(dayClock.elapsed());
}

bool SimulationWorker::simulateOneDay()
{
    // The contract of sim::Engine: one owner thread. Refuse rather than corrupt the run.
    if (QThread::currentThread() != m_engineThread) {
        fail(tr("Internal error: the engine was called from a thread that does not own it."));
        return false;
    }
    try {
        if (m_inspected >= 0 && m_inspected <= qint64(std::numeric_limits<ListenerId>::max()))
            m_engine->requestTrace(ListenerId(m_inspected)); // no random numbers: same run
        for (const ListenerId listener : m_oneShotTraces)
            m_engine->requestTrace(listener);
        m_oneShotTraces.clear();
        sim::DaySnapshotPtr snapshot = m_engine->stepDay();
        if (snapshot)
            recordDay(*snapshot);
        if (snapshot) {
            if (!snapshot->traces.empty())
                summarizeTracedListeners(*snapshot);
            m_pending.append(std::move(snapshot));
        }
    } catch (const std::exception &e) {
        fail(tr("Day %1 failed: %2")
                 .arg(m_engine->currentDay())
                 .arg(QString::fromStdString(e.what())));
        return false;
    }
    return true;
}

void SimulationWorker::scheduleNextDay(qint64 dayMilliseconds)
{
    int interval = 0;
    if (m_daysPerSecond > 0.0) {
        const double periodMs = 1000.0 / m_daysPerSecond;
        interval = int(std::lround(std::max(0.0, periodMs - double(dayMilliseconds))));
    }
    m_dayTimer->start(interval);
}

void SimulationWorker::publishPending()
{
    m_sincePublish.start();
    if (m_recordingChanged) {
        m_recordingChanged = false;
        emit recordingChanged(m_recording.state());
    }
    if (!m_pendingListenerDays.isEmpty()) {
        ListenerDayBatch days;
        days.swap(m_pendingListenerDays);
        emit listenerDaysPublished(days);
    }
    if (m_pending.isEmpty())
        return;
    SnapshotBatch batch;
    batch.swap(m_pending);
    emit snapshotsPublished(batch);
}

void SimulationWorker::setState(RunState state)
{
    m_state = state;
    emit stateChanged(
        state, m_engine ? m_engine->currentDay() : 0, m_engine ? m_engine->totalDays() : 0);
}

void SimulationWorker::fail(const QString &message)
{
    m_dayTimer->stop();
    abandonRecording();
    publishPending(); // the days that did complete are still valid results
    m_engine.reset();
    m_engineThread = nullptr;
    emit errorOccurred(message);
    setState(RunState::Empty);
}

} // namespace td::run
