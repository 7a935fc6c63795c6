// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/simulationcontroller.h"

#include "run/simulationworker.h"

#include <QThread>

#include <algorithm>

namespace td::run {

SimulationController::SimulationController(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_engineThreads(defaultEngineThreads())
{
    registerRunMetaTypes();
    m_thread->setObjectName(QStringLiteral("TasteDrift engine"));

    auto *worker = new SimulationWorker; // no parent: it moves to another thread
    worker->moveToThread(m_thread);
    m_worker = worker;
    // Deleted on the worker thread after its event loop ends, so the engine dies there too.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);

    // Worker -> controller: queued, delivered on our thread in emission order.
    connect(worker, &SimulationWorker::resetDone, this, &SimulationController::onResetDone);
    connect(worker, &SimulationWorker::stateChanged, this, &SimulationController::onStateChanged);
    connect(
        worker, &SimulationWorker::snapshotsPublished, this, &SimulationController::onSnapshots);
    connect(
        worker, &SimulationWorker::parameterApplied, this, &SimulationController::parameterApplied);
    connect(worker, &SimulationWorker::parameterRejected, this,
        &SimulationController::parameterRejected);
    connect(worker, &SimulationWorker::errorOccurred, this, &SimulationController::errorOccurred);
    connect(worker, &SimulationWorker::listenerDaysPublished, this,
        &SimulationController::listenerDaysPublished);
    connect(worker, &SimulationWorker::listenerListsPublished, this,
        &SimulationController::listenerListsPublished);

    connect(worker, &SimulationWorker::workspaceOpened, this, [this](const QString &path) {
        m_workspace = path;
        emit workspaceOpened(path);
    });
    connect(
        worker, &SimulationWorker::workspaceFailed, this, &SimulationController::workspaceFailed);
    connect(worker, &SimulationWorker::recordingChanged, this, [this](const RecordingState &state) {
        m_recording = state;
        emit recordingChanged(state);
    });

    m_thread->start();
}

SimulationController::~SimulationController()
{
    shutdown();
}

unsigned SimulationController::defaultEngineThreads()
{
    return unsigned(std::max(1, QThread::idealThreadCount() - 1));
}

void SimulationController::setEngineThreads(unsigned threads)
{
    m_engineThreads = std::max(1u, threads);
}

template<typename Command> void SimulationController::post(Command command)
{
    if (m_shutDown || !m_worker)
        return;
    // The worker is the context object: the call runs on its thread, after earlier commands.
    QMetaObject::invokeMethod(
        m_worker.data(), [worker = m_worker.data(), command] { command(worker); },
        Qt::QueuedConnection);
}

void SimulationController::reset(const sim::Scenario &scenario)
{
    post([scenario, threads = m_engineThreads](
             SimulationWorker *worker) { worker->reset(scenario, threads); });
}

void SimulationController::run()
{
    post([](SimulationWorker *worker) { worker->run(); });
}

void SimulationController::pause()
{
    post([](SimulationWorker *worker) { worker->pause(); });
}

void SimulationController::stepOne()
{
    post([](SimulationWorker *worker) { worker->stepOne(); });
}

void SimulationController::setSpeed(double daysPerSecond)
{
    m_speed = daysPerSecond > 0.0 ? daysPerSecond : 0.0;
    post([speed = m_speed](SimulationWorker *worker) { worker->setSpeed(speed); });
}

void SimulationController::setParameter(const QString &path, const QString &value)
{
    post([path, value](SimulationWorker *worker) { worker->setParameter(path, value); });
}

void SimulationController::setInspectedListener(qint64 listener)
{
    m_inspected = listener >= 0 ? listener : -1;
    post([listener = m_inspected](
             SimulationWorker *worker) { worker->setInspectedListener(listener); });
}

void SimulationController::requestTrace(qint64 listener)
{
    post([listener](SimulationWorker *worker) { worker->requestTrace(listener); });
}

void SimulationController::requestListenerLists()
{
    post([](SimulationWorker *worker) { worker->requestListenerLists(); });
}

void SimulationController::setWorkspace(const QString &path)
{
    post([path](SimulationWorker *worker) { worker->setWorkspace(path); });
}

void SimulationController::setRecordingEnabled(bool enabled)
{
    m_recordingEnabled = enabled;
    post([enabled](SimulationWorker *worker) { worker->setRecordingEnabled(enabled); });
}

void SimulationController::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // The worker checks the interruption flag between days; quit() ends its event loop once
    // the event in progress (at most one day) returns. Queued commands not yet run are dropped.
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    m_engineThread = nullptr;
}

void SimulationController::onResetDone(int totalDays, QThread *engineThread)
{
    m_engineThread = engineThread;
    m_currentDay = 0;
    m_totalDays = totalDays;
    m_recording = RecordingState {};
    emit resetDone(totalDays);
}

void SimulationController::onStateChanged(RunState state, int currentDay, int totalDays)
{
    m_state = state;
    m_currentDay = currentDay;
    m_totalDays = totalDays;
    emit stateChanged(state, currentDay, totalDays);
}

void SimulationController::onSnapshots(const SnapshotBatch &batch)
{
    if (!batch.isEmpty() && batch.last())
        m_currentDay = int(batch.last()->metrics.day) + 1;
    emit snapshotsPublished(batch);
}

} // namespace td::run
