// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/catalogview.h"
#include "events/event.h"
#include "sim/listenerview.h"
#include "sim/scenario/scenario.h"
#include "sim/snapshot.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace td::world {
class World;
}

namespace td::sim {

class EngineImpl;

/// How a program that embeds the engine (the Python module, docs/extending.md) takes part in a
/// run. Both members are optional; an engine built without hooks is the usual one.
struct EngineHooks
{
    /// Serves requests instead of the recommender `recommender.kind` names (a Python
    /// recommender). It keeps the events::Recommender contract like any other; the metrics
    /// read its diagnostics() and modelProbe().
    std::unique_ptr<events::Recommender> recommender;
    /// Called once with the recommender that answers the world's requests (the start-up
    /// wrapper during recommender.startup_days, else the recommender itself); returns the one
    /// the world asks instead, which must forward every call to it (e.g. a recorder of logged
    /// feedback). It must not change what is shown, or runs stop being comparable.
    std::function<std::unique_ptr<events::Recommender>(events::Recommender &serving)> wrapServing;
};

/// The day engine: owns the world, the recommender and the thread pool, and advances the
/// simulation one day at a time (docs/architecture.md §1, §5).
///
/// Thread affinity: one owner thread calls every method (the CLI's main thread, or the
/// worker thread of run::SimulationWorker); the engine never touches the GUI.
/// Determinism: scenario + seed give identical metrics for any `threads`.
class Engine
{
public:
    /// Throws std::runtime_error with a clear message if the scenario cannot be set up
    /// (e.g. a missing catalogue file).
    Engine(const Scenario &scenario, unsigned threads = 1);
    /// The same, with an embedding program's hooks (see EngineHooks).
    Engine(const Scenario &scenario, unsigned threads, EngineHooks hooks);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const Scenario &scenario() const;
    /// The next day to simulate (0 before the first step).
    int currentDay() const;
    int totalDays() const;
    bool finished() const { return currentDay() >= totalDays(); }

    /// Simulates one day and returns its snapshot.
    DaySnapshotPtr stepDay();

    /// Queues a live change of a scenario leaf (e.g. "recommender.policy.epsilon"); it takes
    /// effect at the start of the next simulated day and is recorded as an annotation.
    /// Throws std::invalid_argument with the validation message if the path or value is bad.
    void setParameter(const std::string &path, const std::string &value);

    const std::vector<Annotation> &annotations() const;
    const std::vector<metrics::DayMetrics> &history() const;

    /// Traces listener `listener`'s first Home request of the next simulated day (call it
    /// for several listeners to trace several): the snapshot carries the traces. If the listener
    /// has no Home request that day, a request is made for them at noon after the day (it changes
    /// nothing in the run). Tracing draws no random numbers, so a traced run gives the same numbers
    /// as an untraced one.
    void requestTrace(ListenerId listener);

    /// The ground truth next to the recommender's belief for `listener`, after the last
    /// simulated day (see ListenerView). Call between days on the owner thread. Read-only and
    /// draws no random numbers: an inspected run gives the same numbers as an uninspected one.
    /// Empty if no such listener exists (yet).
    std::optional<ListenerView> listenerView(ListenerId listener) const;

    /// The inspector's lists that need the truth, about the last simulated day: the `limit`
    /// most drifted active listeners and the listeners who churned that day. Read-only.
    TruthLists truthLists(int limit = 20) const;

    /// The ground truth, read-only (for tests and inspection between days).
    const world::World &world() const;
    /// The recommender, read-only (for tests and inspection between days).
    const events::Recommender &recommender() const;

    /// What was imported from real data (CSV catalogue, seeded listeners, match rates), as
    /// text for the user; empty for a generated world.
    const std::string &dataReport() const;

    /// Observable catalogue (names of tracks, artists, genres) for printing traces.
    const events::ObservableCatalog &catalog() const;

    /// Every event of the last simulated day, in deterministic order (for the run store's
    /// sampled event log). Valid until the next stepDay().
    const std::vector<events::Event> &lastDayEvents() const;
    /// The true listening context of each of those events (parallel to lastDayEvents()): the
    /// truth the recommender never receives, for the store, the inspector and tests.
    const std::vector<events::Context> &lastDayContexts() const;

    /// Number of distinct threads that worked on the last day (for tests of parallelism).
    unsigned lastDistinctThreads() const;

private:
    std::unique_ptr<EngineImpl> d;
};

} // namespace td::sim
