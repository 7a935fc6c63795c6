// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/simulationcontroller.h"
#include "sim/scenario/scenario.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace td::test {

/// Generous bound for one signal to arrive; a day of the small world takes milliseconds.
inline constexpr int kSignalTimeoutMs = 30000;

/// A world small enough that a day takes milliseconds (built in code, not read from a file).
inline sim::Scenario smallScenario(int days = 5)
{
    sim::Scenario scenario;
    scenario.title = "Small test world";
    scenario.world.listeners.count = 200;
    scenario.world.catalog.tracks = 500;
    scenario.run.days = days;
    return scenario;
}

/// smallScenario() served by the full recommender pipeline (traces with candidates, funnel).
inline sim::Scenario smallPipelineScenario(int days = 5)
{
    sim::Scenario scenario = smallScenario(days);
    scenario.title = "Small pipeline world";
    scenario.recommender.kind = td::recsys::RecommenderKind::Pipeline;
    scenario.recommender.poolSize = 100;
    return scenario;
}

/// Records what a controller publishes, as the GUI would see it: the day of every snapshot in
/// arrival order, the batches, and whether any batch arrived off the recorder's thread.
class SnapshotRecorder : public QObject
{
public:
    explicit SnapshotRecorder(run::SimulationController *controller)
    {
        connect(controller, &run::SimulationController::snapshotsPublished, this,
            [this](const run::SnapshotBatch &batch) {
                if (QThread::currentThread() != thread())
                    ++offThreadBatches;
                if (batch.isEmpty())
                    ++emptyBatches;
                ++batches;
                for (const sim::DaySnapshotPtr &snapshot : batch) {
                    snapshots.append(snapshot);
                    days.append(int(snapshot->metrics.day));
                }
            });
        // A reset starts a new run: keep only what the new engine publishes.
        connect(controller, &run::SimulationController::resetDone, this, [this] {
            snapshots.clear();
            days.clear();
        });
    }

    QList<int> days;
    QList<sim::DaySnapshotPtr> snapshots;
    int batches = 0;
    int emptyBatches = 0;
    int offThreadBatches = 0;
};

/// 0, 1, ..., n-1.
inline QList<int> firstDays(int n)
{
    QList<int> days;
    for (int day = 0; day < n; ++day)
        days.append(day);
    return days;
}

} // namespace td::test
