// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/runrecording.h"

#include "run/dayrecord.h"

#include "sim/engine.h"
#include "store/runrecorder.h"
#include "store/runstore.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QThread>

namespace td::run {

using Status = RecordingState::Status;

namespace {

std::string runName(const std::string &title)
{
    const QString when
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString base = title.empty() ? QStringLiteral("Untitled") : QString::fromStdString(title);
    return (base + QLatin1Char(' ') + when).toStdString();
}

} // namespace

RunRecording::RunRecording() = default;

RunRecording::~RunRecording()
{
    abandon();
}

void RunRecording::openWorkspace(const std::string &path)
{
    // Opened completely before it replaces the old one: a bad file changes nothing.
    auto opened = std::make_shared<store::RunStore>(path);
    m_workspace = std::move(opened);
    m_workspacePath = path;
}

void RunRecording::beginRun(const sim::Scenario &scenario)
{
    abandon();
    m_scenario = scenario;
    m_runStarted = false;
    m_state = RecordingState {};
}

bool RunRecording::recordDay(const sim::Engine &engine, const sim::DaySnapshot &snapshot)
{
    const bool firstDay = !m_runStarted;
    m_runStarted = true;
    if (firstDay && m_enabled && m_workspace) {
        m_runStore = m_workspace;
        m_state = RecordingState {};
        m_state.workspace = QString::fromStdString(m_workspacePath);
        m_state.storeThread = QThread::currentThread();
        try {
            m_recorder = std::make_unique<store::RunRecorder>(
                *m_runStore, newRunFor(m_scenario, runName(m_scenario.title)));
        } catch (const store::StoreError &e) {
            m_runStore.reset();
            m_state.status = Status::Failed;
            m_state.message = QString::fromStdString(e.what());
            throw;
        }
        m_state.runId = m_recorder->runId();
        m_state.status = Status::Recording;
    }
    if (!m_recorder)
        return false;
    try {
        m_recorder->writeDay(lastDayRecord(engine, snapshot));
    } catch (const store::StoreError &e) {
        abandon();
        m_state.status = Status::Failed;
        m_state.message = QString::fromStdString(e.what());
        throw;
    }
    ++m_state.daysStored;
    return true;
}

void RunRecording::finish()
{
    if (!m_recorder)
        return;
    try {
        m_recorder->finish();
    } catch (const store::StoreError &e) {
        abandon();
        m_state.status = Status::Failed;
        m_state.message = QString::fromStdString(e.what());
        throw;
    }
    m_recorder.reset();
    m_runStore.reset();
    m_state.status = Status::Complete;
}

void RunRecording::abandon() noexcept
{
    if (!m_recorder)
        return;
    m_recorder->abandon();
    m_recorder.reset();
    m_runStore.reset();
    m_state.status = Status::Interrupted;
}

RecordingState RunRecording::state() const
{
    return m_state;
}

} // namespace td::run
