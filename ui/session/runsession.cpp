// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "session/runsession.h"

#include "run/simulationcontroller.h"

#include <QLocale>
#include <QTimer>

#include <cmath>
#include <limits>

namespace td::ui {

RunSession::RunSession(QObject *parent)
    : QObject(parent), m_controller(new run::SimulationController(this)),
      m_autoApply(new QTimer(this)), m_throughput(std::numeric_limits<double>::quiet_NaN())
{
    m_live.clear(1);
    m_autoApply->setSingleShot(true);
    m_autoApply->setInterval(kAutoApplyDelayMs);
    connect(m_autoApply, &QTimer::timeout, this, [this] {
        // Still nothing simulated: rebuilding loses nothing. (A run started meanwhile keeps
        // the edit pending in the editor instead.)
        if (m_currentDay == 0 && m_state != run::RunState::Running)
            apply(m_edited);
    });
    using run::SimulationController;
    connect(m_controller, &SimulationController::resetDone, this, &RunSession::onResetDone);
    connect(m_controller, &SimulationController::stateChanged, this, &RunSession::onStateChanged);
    connect(
        m_controller, &SimulationController::snapshotsPublished, this, &RunSession::onSnapshots);
}

RunSession::~RunSession()
{
    // No signal of the run may arrive while the histories are being destroyed.
    m_controller->shutdown();
}

void RunSession::apply(const sim::Scenario &scenario)
{
    m_autoApply->stop();
    showLiveRun();
    m_runScenario = scenario;
    m_hasScenario = true;
    emit scenarioApplied(m_runScenario);
    m_controller->reset(m_runScenario);
}

void RunSession::run()
{
    showLiveRun(); // running is about the live run
    m_controller->run();
}

void RunSession::pause()
{
    m_controller->pause();
}

void RunSession::stepOne()
{
    showLiveRun();
    m_controller->stepOne();
}

RunSession::EditEffect RunSession::editEffect(
    bool hasScenario, run::RunState state, int currentDay, bool live, const QString &path)
{
    const bool beforeFirstDay = currentDay == 0 && state != run::RunState::Running;
    if (live) {
        if (!hasScenario)
            return EditEffect::Ignore; // nothing applied yet: the next apply() takes it
        // Nothing simulated (also while the engine is still being built, or after a build
        // failed): rebuilding with the edit loses nothing, and the build in flight would
        // otherwise miss it.
        return beforeFirstDay ? EditEffect::RebuildSoon : EditEffect::SetLive;
    }
    // Texts change no number: never worth a rebuild.
    if (path == QLatin1String("title") || path == QLatin1String("description"))
        return EditEffect::Ignore;
    // Before the first day nothing is lost by rebuilding (also after a failed build: the
    // fixed scenario is tried at once).
    return hasScenario && beforeFirstDay ? EditEffect::RebuildSoon : EditEffect::WaitForReset;
}

RunSession::EditEffect RunSession::liveValueEdited(
    const sim::Scenario &edited, const QString &path, const QString &value)
{
    const EditEffect effect = editEffect(m_hasScenario, m_state, m_currentDay, true, path);
    if (effect == EditEffect::RebuildSoon)
        startRebuildTimer(edited);
    else if (effect == EditEffect::SetLive)
        m_controller->setParameter(path, value);
    return effect;
}

RunSession::EditEffect RunSession::setupValueEdited(
    const sim::Scenario &edited, const QString &path)
{
    const EditEffect effect = editEffect(m_hasScenario, m_state, m_currentDay, false, path);
    if (effect == EditEffect::RebuildSoon)
        startRebuildTimer(edited);
    return effect;
}

void RunSession::startRebuildTimer(const sim::Scenario &edited)
{
    m_edited = edited;
    m_autoApply->start(); // restarts: the quiet time counts from the last edit
}

bool RunSession::rebuildPending() const
{
    return m_autoApply->isActive();
}

void RunSession::setAutoApplyDelay(int milliseconds)
{
    m_autoApply->setInterval(std::max(0, milliseconds));
}

void RunSession::showStoredRun(const run::StoredRunPtr &run)
{
    if (!run)
        return;
    if (m_state == run::RunState::Running)
        m_controller->pause(); // the live run waits, unchanged, until the user returns
    m_storedRun = run;
    m_stored.clear(run->info.daysTotal, run->schedule);
    m_stored.append(run->days);
    emit shownHistoryChanged(&m_stored);
}

void RunSession::showLiveRun()
{
    if (!m_storedRun)
        return;
    m_storedRun.reset();
    m_stored.clear(1);
    emit shownHistoryChanged(&m_live);
}

void RunSession::setOverlayRun(const run::StoredRunPtr &run)
{
    m_overlayRun = run;
    if (!run) {
        m_overlay.clear(1);
        emit overlayChanged(nullptr, QString());
        return;
    }
    m_overlay.clear(run->info.daysTotal);
    m_overlay.append(run->days);
    emit overlayChanged(&m_overlay, overlayLabel());
}

QString RunSession::overlayLabel() const
{
    return m_overlayRun ? tr("run %1").arg(m_overlayRun->info.id) : QString();
}

QStringList RunSession::reportFacts() const
{
    QStringList facts;
    if (m_storedRun) {
        // The dashboard shows the stored run: describe that one, not the waiting live run.
        facts << tr("Stored run %1 “%2” (%3), day %4 of %5")
                     .arg(m_storedRun->info.id)
                     .arg(
                         QString::fromStdString(m_storedRun->info.name), m_storedRun->scenarioTitle)
                     .arg(m_stored.daysDone())
                     .arg(m_stored.totalDays());
    } else {
        const sim::Scenario &s = m_runScenario;
        facts << tr("Scenario: %1").arg(QString::fromStdString(s.title));
        facts << tr("Day %1 of %2 · seed %3 · %4 listeners at the start · recommender: %5")
                     .arg(m_live.daysDone())
                     .arg(m_live.totalDays())
                     .arg(s.run.seed)
                     .arg(QLocale().toString(s.world.listeners.count))
                     .arg(QString::fromLatin1(
                         td::recsys::kRecommenderKindNames[std::size_t(s.recommender.kind)]));
    }
    for (const ChartMarker &marker : shownHistory().markers())
        facts << marker.detail;
    return facts;
}

void RunSession::onResetDone(int totalDays)
{
    m_currentDay = 0;
    m_totalDays = totalDays;
    m_throughput = std::numeric_limits<double>::quiet_NaN();
    m_live.clear(totalDays, m_runScenario.schedule);
    emit liveRunReset(totalDays);
}

void RunSession::onStateChanged(run::RunState state, int currentDay, int totalDays)
{
    m_state = state;
    m_currentDay = currentDay;
    m_totalDays = totalDays;
    emit stateChanged(state, currentDay, totalDays);
}

void RunSession::onSnapshots(const run::SnapshotBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_live.append(batch);
    m_currentDay = int(batch.last()->metrics.day) + 1;
    m_totalDays = batch.last()->totalDays;
    double sum = 0.0;
    int counted = 0;
    for (const sim::DaySnapshotPtr &snapshot : batch) {
        if (std::isfinite(snapshot->listenerDaysPerSecond)) {
            sum += snapshot->listenerDaysPerSecond;
            ++counted;
        }
    }
    if (counted > 0)
        m_throughput = sum / counted;
    emit liveDaysAppended(batch);
}

} // namespace td::ui
