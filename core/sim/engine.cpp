// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/engine.h"

#include "base/threadpool.h"
#include "io/dataerror.h"
#include "metrics/appetitecohorts.h"
#include "metrics/daymetricscomputer.h"
#include "sim/memoryestimate.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/startuprecommender.h"
#include "world/listenerseeding.h"
#include "world/world.h"

#include <chrono>
#include <cmath>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iostream>
#include <optional>
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
    EngineImpl(const Scenario &scenario, unsigned threads, EngineHooks hooks)
        : m_scenario(scenario), m_pool(threads)
    {
        validateScenario(m_scenario);
        // Before anything big is allocated: refuse what this machine cannot hold.
        checkMemory(m_scenario);
        world::RealDataReport imported; // CSV catalogue / seeded listeners
        try {
            m_world = world::makeWorld(
                m_scenario.world, m_scenario.run.seed, m_scenario.baseDirectory, &imported);
        } catch (const io::DataFileError &e) {
            throw ScenarioError(e.what()); // bad input data, like a bad field (CLI exit code 2)
        }
        checkScheduleGenres(m_scenario, m_world->catalog().observable.genreNames);
        m_dataReport = imported.text();
        m_world->setHomeSlateSize(m_scenario.recommender.slateSize);
        m_recommender = hooks.recommender
            ? std::move(hooks.recommender)
            : makeRecommender(m_scenario, m_scenario.recommender, *m_world, &m_pool);
        m_serving = m_recommender.get();
        if (m_scenario.recommender.startupDays > 0) {
            m_startup = std::make_unique<StartupRecommender>(
                *m_recommender, m_scenario.recommender.startupDays);
            m_serving = m_startup.get();
        }
        if (hooks.wrapServing) {
            m_wrapper = hooks.wrapServing(*m_serving);
            m_serving = m_wrapper.get();
        }
        m_dayMetrics = std::make_unique<metrics::DayMetricsComputer>(*m_world, m_scenario.run.seed);
        m_terciles = std::make_unique<metrics::AppetiteTerciles>(m_world->population());
    }

    DaySnapshotPtr stepDay()
    {
        const auto started = std::chrono::steady_clock::now();
        const Day day = m_day;
        auto snapshot = std::make_shared<DaySnapshot>();
        applyDayStartChanges(day, snapshot->annotationsToday);

        DayTimings &timings = snapshot->timings;
        auto stageStart = std::chrono::steady_clock::now();
        const std::size_t arrivals = m_world->beginDay(day);
        m_terciles->assign(m_world->population()); // arrivals, by their appetite at signup
        events::PopulationView view;
        view.listenerCount = m_world->population().size();
        m_serving->beginDay(day, m_world->catalog().observable, view);
        timings.beginDay = events::secondsSince(stageStart);

        const std::size_t listeners = view.listenerCount;
        const std::size_t chunks = (listeners + kChunkSize - 1) / kChunkSize;
        if (m_scratch.size() < chunks) {
            m_scratch.resize(chunks);
            m_counters.resize(chunks);
        }
        m_tallies.resize(listeners);
        // Requested traces go to the scratch of the chunk that holds each listener.
        std::vector<std::shared_ptr<events::RequestTrace>> traces;
        for (ListenerId l : m_traceListeners) {
            if (l >= listeners)
                continue;
            traces.push_back(std::make_shared<events::RequestTrace>());
            m_scratch[l / kChunkSize].traces.emplace_back(l, traces.back().get());
        }
        stageStart = std::chrono::steady_clock::now();
        m_pool.forEachChunk(chunks, [&](std::size_t c) {
            auto &scratch = m_scratch[c];
            scratch.events.clear();
            scratch.contexts.clear();
            m_counters[c] = world::DayCounters {};
            const std::size_t end = std::min(listeners, (c + 1) * kChunkSize);
            world::DayCounters &counters = m_counters[c];
            for (std::size_t l = c * kChunkSize; l < end; ++l) {
                // The listener's own tallies: what its day added to the chunk's counters.
                const std::int64_t streams = counters.streams;
                const std::int64_t active = counters.activeListeners;
                const std::int64_t churned = counters.churned;
                m_world->simulateListener(ListenerId(l), day, *m_serving, scratch, counters);
                m_tallies[l]
                    = metrics::ListenerDayTally { std::uint32_t(counters.streams - streams),
                          std::uint8_t(counters.activeListeners - active),
                          std::uint8_t(counters.churned - churned) };
            }
        });

        // Merge in chunk order: the day's log and tallies do not depend on thread scheduling.
        world::DayCounters total;
        m_dayEvents.clear();
        m_dayContexts.clear();
        for (std::size_t c = 0; c < chunks; ++c) {
            total.add(m_counters[c]);
            m_dayEvents.insert(
                m_dayEvents.end(), m_scratch[c].events.begin(), m_scratch[c].events.end());
            m_dayContexts.insert(
                m_dayContexts.end(), m_scratch[c].contexts.begin(), m_scratch[c].contexts.end());
        }
        timings.sessions = events::secondsSince(stageStart);
        stageStart = std::chrono::steady_clock::now();
        m_serving->endDay(day, m_dayEvents);
#ifdef __GLIBC__
        // Give the allocator's free pages back to the system once a day: the nightly retrain
        // and the day's per-listener buffers leave freed memory in every thread's arena, which
        // glibc keeps (10k x 50k: 90 MB held free by day 45, a fifth of the process). Memory
        // only: no value changes.
        malloc_trim(0);
#endif
        timings.endDay = events::secondsSince(stageStart);
        std::size_t next = 0;
        for (ListenerId l : m_traceListeners) {
            if (l >= listeners)
                continue;
            auto &trace = traces[next++];
            m_scratch[l / kChunkSize].traces.clear();
            TracedRequest traced;
            traced.listener = l;
            traced.fromSession = !trace->stages.empty();
            if (!traced.fromSession)
                traceAtNoon(l, day, *trace);
            traced.trace = trace;
            snapshot->traces.push_back(traced);
        }
        m_traceListeners.clear();
        fillFunnel(total, snapshot->funnel);

        stageStart = std::chrono::steady_clock::now();
        snapshot->metrics.day = day;
        m_dayMetrics->compute(
            day, total, arrivals, m_dayEvents, m_dayContexts, *m_recommender, snapshot->metrics);
        fillOffPolicy(total, snapshot->metrics);
        fillIndexStatus(snapshot->metrics);
        snapshot->cohorts = metrics::cohortRetention(m_world->population(), day);
        const auto terciles = m_terciles->day(m_world->population(), m_tallies, day);
        snapshot->appetiteCohorts.assign(terciles.begin(), terciles.end());
        timings.metrics = events::secondsSince(stageStart);
        timings.pipeline = m_recommender->diagnostics().timings;
        m_history.push_back(snapshot->metrics);
        snapshot->totalDays = m_scenario.run.days;
        const double seconds = events::secondsSince(started);
        timings.total = seconds;
        snapshot->listenerDaysPerSecond
            = seconds > 0.0 ? double(total.startPopulation) / seconds : 0.0;
        ++m_day;
        return snapshot;
    }

    /// ope_ips, ope_snips, ope_dr (only with a stochastic logging policy: a deterministic one never
    /// shows what another policy would, so no estimate exists), ope_truth and home_stream_rate.
    void fillOffPolicy(const world::DayCounters &total, metrics::DayMetrics &out) const
    {
        // The truth needs no stochastic logger: the world scores the target's own slates.
        if (total.opeTruthSlots > 0)
            out.set("ope_truth", total.opeTruthStreams / double(total.opeTruthSlots));
        const auto &o = m_recommender->diagnostics().offPolicy;
        if (o.impressions <= 0.0)
            return;
        out.set("home_stream_rate", o.streams / o.impressions);
        if (o.stochasticLogger) {
            out.set("ope_ips", o.weighted / o.impressions);
            if (o.weights > 0.0)
                out.set("ope_snips", o.weighted / o.weights);
            out.set("ope_dr", o.doublyRobust / o.impressions);
        }
    }

    /// index_age_days and ann_recall: the served retrieval index (pipeline only; empty before
    /// its first index); content_recall: the audio-feature index (pipeline only; empty while no
    /// sampled listener has a content profile).
    void fillIndexStatus(metrics::DayMetrics &out) const
    {
        const auto &index = m_recommender->diagnostics().index;
        if (std::isfinite(index.ageDays))
            out.set("index_age_days", index.ageDays);
        if (std::isfinite(index.recall))
            out.set("ann_recall", index.recall);
        if (std::isfinite(index.contentRecall))
            out.set("content_recall", index.contentRecall);
    }

    void fillFunnel(const world::DayCounters &total, FunnelSnapshot &out) const
    {
        const auto &f = m_recommender->diagnostics().funnel;
        if (f.bySource.empty()) // no candidate pipeline
            return;
        out.bySource = f.bySource;
        out.merged = f.merged;
        out.removedBy = f.removedBy;
        out.ranked = f.ranked;
        out.shown = f.shown;
        out.streamed = total.recStreams;
        out.requests = f.requests;
    }

    /// A Home request for `l` at noon of `day`, after the day: inspection only.
    void traceAtNoon(ListenerId l, Day day, events::RequestTrace &trace)
    {
        events::RecRequest req;
        req.listener = l;
        req.day = day;
        req.weekday = std::uint8_t(events::weekdayOf(day));
        req.hour = 12.0f;
        // The device the listener would most likely use at noon on a working day.
        req.device = m_world->population().deviceHabit[l][std::size_t(events::Context::Focus)];
        req.surface = events::Surface::Home;
        req.k = m_scenario.recommender.slateSize;
        req.explicitAllowed = !m_world->population().explicitOff[l];
        req.inspectOnly = true;
        // Its own stream: the run's streams are not touched.
        base::Rng rng(m_scenario.run.seed, base::Purpose::Metrics, l, day);
        trace.surface = std::string(events::surfaceName(req.surface));
        trace.device = std::string(events::deviceName(req.device));
        trace.hour = req.hour;
        trace.k = req.k;
        events::Slate slate;
        m_serving->recommend(req, rng, slate, &trace);
        trace.inferredContext = std::string(events::contextName(slate.inferredContext));
        trace.context = "none"; // no session: an inspection request has no true context
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
    std::unique_ptr<events::Recommender> m_recommender; ///< the configured one (metrics read it)
    std::unique_ptr<StartupRecommender> m_startup; ///< recommender.startup_days > 0 only
    std::unique_ptr<events::Recommender> m_wrapper; ///< EngineHooks::wrapServing's, if any
    events::Recommender *m_serving = nullptr; ///< answers the requests: m_startup or m_recommender
    std::vector<world::WorkerScratch> m_scratch;
    std::vector<world::DayCounters> m_counters;
    std::vector<events::Event> m_dayEvents;
    std::vector<events::Context> m_dayContexts; ///< true context of each day event (the truth)
    std::vector<Annotation> m_pending;
    std::vector<Annotation> m_annotations;
    std::vector<metrics::DayMetrics> m_history;
    std::unique_ptr<metrics::DayMetricsComputer> m_dayMetrics; ///< after m_world: uses it
    /// Novelty-appetite terciles (cut points of the initial population) and each listener's
    /// tallies of the last day, written by the listener's worker.
    std::unique_ptr<metrics::AppetiteTerciles> m_terciles;
    std::vector<metrics::ListenerDayTally> m_tallies;
    std::vector<ListenerId> m_traceListeners;
    std::string m_dataReport;
    Day m_day = 0;
};

Engine::Engine(const Scenario &scenario, unsigned threads)
    : d(std::make_unique<EngineImpl>(scenario, threads, EngineHooks {}))
{ }

Engine::Engine(const Scenario &scenario, unsigned threads, EngineHooks hooks)
    : d(std::make_unique<EngineImpl>(scenario, threads, std::move(hooks)))
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
const std::string &Engine::dataReport() const
{
    return d->m_dataReport;
}

void Engine::requestTrace(ListenerId listener)
{
    auto &v = d->m_traceListeners;
    if (std::find(v.begin(), v.end(), listener) == v.end())
        v.push_back(listener);
}
std::optional<ListenerView> Engine::listenerView(ListenerId listener) const
{
    if (listener >= d->m_world->population().size())
        return std::nullopt;
    return makeListenerView(*d->m_world, *d->m_recommender, listener, Day(d->m_day - 1));
}

TruthLists Engine::truthLists(int limit) const
{
    return makeTruthLists(*d->m_world, Day(d->m_day - 1), limit);
}

const world::World &Engine::world() const
{
    return *d->m_world;
}

const events::Recommender &Engine::recommender() const
{
    return *d->m_recommender;
}

const events::ObservableCatalog &Engine::catalog() const
{
    return d->m_world->catalog().observable;
}
const std::vector<events::Event> &Engine::lastDayEvents() const
{
    return d->m_dayEvents;
}
const std::vector<events::Context> &Engine::lastDayContexts() const
{
    return d->m_dayContexts;
}
unsigned Engine::lastDistinctThreads() const
{
    return d->m_pool.lastDistinctThreads();
}

} // namespace td::sim
