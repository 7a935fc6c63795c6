// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/engine.h"

#include "base/threadpool.h"
#include "metrics/engagement.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "world/world.h"

#include <chrono>
#include <stdexcept>

namespace td::sim {

namespace {
/// Listeners per chunk. Fixed, independent of the thread count: chunk boundaries decide the
/// merge order of events and counters, so they must not move when threads change.
constexpr std::size_t kChunkSize = 256;
} // namespace

class EngineImpl
{
public:
    EngineImpl(const Scenario &scenario, unsigned threads) : m_scenario(scenario), m_pool(threads)
    {
        validateScenario(m_scenario);
        m_world = std::make_unique<world::World>(m_scenario.world, m_scenario.run.seed);
        m_world->setHomeSlateSize(m_scenario.recommender.slateSize);
        m_recommender = makeRecommender(m_scenario, *m_world);
    }

    DaySnapshotPtr stepDay()
    {
        const auto started = std::chrono::steady_clock::now();
        const Day day = m_day;
        auto snapshot = std::make_shared<DaySnapshot>();
        applyDayStartChanges(day, snapshot->annotationsToday);

        const std::size_t arrivals = m_world->beginDay(day);
        events::PopulationView view;
        view.listenerCount = m_world->population().size();
        m_recommender->beginDay(day, m_world->catalog().observable, view);

        const std::size_t listeners = view.listenerCount;
        const std::size_t chunks = (listeners + kChunkSize - 1) / kChunkSize;
        if (m_scratch.size() < chunks) {
            m_scratch.resize(chunks);
            m_counters.resize(chunks);
        }
        m_pool.forEachChunk(chunks, [&](std::size_t c) {
            auto &scratch = m_scratch[c];
            scratch.events.clear();
            m_counters[c] = world::DayCounters {};
            const std::size_t end = std::min(listeners, (c + 1) * kChunkSize);
            for (std::size_t l = c * kChunkSize; l < end; ++l)
                m_world->simulateListener(
                    ListenerId(l), day, *m_recommender, scratch, m_counters[c]);
        });

        // Merge in chunk order: the day's log and tallies do not depend on thread scheduling.
        world::DayCounters total;
        m_dayEvents.clear();
        for (std::size_t c = 0; c < chunks; ++c) {
            total.add(m_counters[c]);
            m_dayEvents.insert(
                m_dayEvents.end(), m_scratch[c].events.begin(), m_scratch[c].events.end());
        }
        m_recommender->endDay(day, m_dayEvents);

        snapshot->metrics.day = day;
        metrics::computeEngagement(
            total, m_world->population(), arrivals, m_ltv, snapshot->metrics);
        snapshot->cohorts = metrics::cohortRetention(m_world->population(), day);
        m_history.push_back(snapshot->metrics);
        snapshot->totalDays = m_scenario.run.days;
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        snapshot->listenerDaysPerSecond
            = seconds > 0.0 ? double(total.startPopulation) / seconds : 0.0;
        ++m_day;
        return snapshot;
    }

    void setParameter(const std::string &path, const std::string &value)
    {
        // Only live knobs: the rest (population size, catalogue...) shape the world at setup.
        if (const FieldInfo *field = findScenarioField(path); field && !field->live)
            throw std::invalid_argument(path + ": cannot be changed during a run");
        Scenario probe = m_scenario;
        try {
            setScenarioValue(probe, path, value);
        } catch (const ScenarioError &e) {
            throw std::invalid_argument(e.what());
        }
        m_pending.push_back({ m_day, path, value });
    }

    void applyDayStartChanges(Day day, std::vector<Annotation> &today)
    {
        for (const auto &entry : m_scenario.schedule) {
            if (entry.day != day)
                continue;
            if (entry.kind == "taste_shock")
                m_world->tasteShock(day, entry.share, entry.genre, entry.strength);
            else
                setScenarioValue(m_scenario, entry.path, entry.value);
        }
        for (auto &change : m_pending) {
            change.day = day;
            setScenarioValue(m_scenario, change.path, change.value);
            m_annotations.push_back(change);
            today.push_back(change);
        }
        m_pending.clear();
    }

    Scenario m_scenario;
    base::ThreadPool m_pool;
    std::unique_ptr<world::World> m_world;
    std::unique_ptr<events::Recommender> m_recommender;
    std::vector<world::WorkerScratch> m_scratch;
    std::vector<world::DayCounters> m_counters;
    std::vector<events::Event> m_dayEvents;
    std::vector<Annotation> m_pending;
    std::vector<Annotation> m_annotations;
    std::vector<metrics::DayMetrics> m_history;
    double m_ltv = 0.0;
    Day m_day = 0;
};

Engine::Engine(const Scenario &scenario, unsigned threads)
    : d(std::make_unique<EngineImpl>(scenario, threads))
{ }

Engine::~Engine() = default;

const Scenario &Engine::scenario() const
{
    return d->m_scenario;
}
int Engine::currentDay() const
{
    return d->m_day;
}
int Engine::totalDays() const
{
    return d->m_scenario.run.days;
}
DaySnapshotPtr Engine::stepDay()
{
    return d->stepDay();
}
void Engine::setParameter(const std::string &path, const std::string &value)
{
    d->setParameter(path, value);
}
const std::vector<Annotation> &Engine::annotations() const
{
    return d->m_annotations;
}
const std::vector<metrics::DayMetrics> &Engine::history() const
{
    return d->m_history;
}
const std::vector<events::Event> &Engine::lastDayEvents() const
{
    return d->m_dayEvents;
}
unsigned Engine::lastDistinctThreads() const
{
    return d->m_pool.lastDistinctThreads();
}

} // namespace td::sim
