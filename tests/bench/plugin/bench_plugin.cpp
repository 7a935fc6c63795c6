// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// What the C plugin interface costs per call (docs/extending.md, "What it costs"). A run of the
// in-tree popular recommender is recorded (every request, every finished session, every day),
// then replayed, in alternating order, against a fresh in-tree PopularRecommender and a fresh
// PluginRecommender loading examples/plugin-popular: the same algorithm in C behind the plugin
// interface, which gives the same answers (checked on every request). The difference per call is
// the interface: converting the request and events to C structs, the answer's checks, the seed.
// Reports, never asserts speed. Usage:
//   bench_plugin [--listeners N] [--days D] [--rounds R] [--plugin path/libpopular.so]
#include "plugin/pluginrecommender.h"
#include "recsys/baselines/popularrecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace td;

namespace {

using Clock = std::chrono::steady_clock;

/// One recorded call of a day, in the order the engine made it (one thread).
struct Call
{
    bool session = false; ///< endSession, else recommend
    std::size_t index = 0; ///< into Day::requests or Day::sessions
};

struct SessionEvents
{
    ListenerId listener = 0;
    std::vector<events::Event> events;
};

struct RecordedDay
{
    Day day = 0;
    std::size_t listeners = 0;
    std::vector<events::RecRequest> requests;
    std::vector<SessionEvents> sessions;
    std::vector<Call> calls;
    std::vector<events::Event> dayEvents;
};

/// Forwards to the serving recommender and records what it was asked.
class Recorder final : public events::Recommender
{
public:
    Recorder(events::Recommender &inner, std::vector<RecordedDay> &days,
        const events::ObservableCatalog *&catalog)
        : m_inner(inner), m_days(days), m_catalog(catalog)
    { }
    const char *name() const override { return m_inner.name(); }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override
    {
        m_catalog = &catalog;
        m_days.push_back({});
        m_days.back().day = day;
        m_days.back().listeners = population.listenerCount;
        m_inner.beginDay(day, catalog, population);
    }
    void recommend(const events::RecRequest &req, base::Rng &rng, events::Slate &out,
        events::RequestTrace *trace) override
    {
        m_inner.recommend(req, rng, out, trace);
        if (req.inspectOnly)
            return;
        auto &d = m_days.back();
        d.calls.push_back({ false, d.requests.size() });
        d.requests.push_back(req);
    }
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override
    {
        m_inner.endSession(listener, events, count);
        auto &d = m_days.back();
        d.calls.push_back({ true, d.sessions.size() });
        d.sessions.push_back({ listener, { events, events + count } });
    }
    void endDay(Day day, const std::vector<events::Event> &events) override
    {
        m_inner.endDay(day, events);
        m_days.back().dayEvents = events;
    }

private:
    events::Recommender &m_inner;
    std::vector<RecordedDay> &m_days;
    const events::ObservableCatalog *&m_catalog;
};

struct Timing
{
    double recommendNs = 0; ///< total time inside recommend()
    double sessionNs = 0; ///< total time inside endSession()
    double dayNs = 0; ///< total time inside beginDay() + endDay()
    std::size_t requests = 0, sessions = 0;
};

double nsSince(Clock::time_point t)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count());
}

/// Replays the recording against `rec`; `answers` receives every slate (or is compared with).
Timing replay(events::Recommender &rec, const std::vector<RecordedDay> &days,
    const events::ObservableCatalog &catalog, std::vector<events::Slate> &answers, bool compare,
    bool &same)
{
    Timing t;
    base::Rng rng(1, base::Purpose::Policy, 0, 0); // neither recommender draws from it
    events::Slate slate;
    std::size_t n = 0;
    for (const RecordedDay &d : days) {
        auto start = Clock::now();
        rec.beginDay(d.day, catalog, { d.listeners });
        t.dayNs += nsSince(start);
        for (const Call &c : d.calls) {
            if (c.session) {
                const SessionEvents &s = d.sessions[c.index];
                start = Clock::now();
                rec.endSession(s.listener, s.events.data(), s.events.size());
                t.sessionNs += nsSince(start);
                ++t.sessions;
                continue;
            }
            start = Clock::now();
            rec.recommend(d.requests[c.index], rng, slate, nullptr);
            t.recommendNs += nsSince(start);
            ++t.requests;
            if (!compare) {
                answers.push_back(slate);
            } else {
                const events::Slate &a = answers[n];
                bool equal = a.items.size() == slate.items.size();
                for (std::size_t i = 0; equal && i < a.items.size(); ++i)
                    equal = a.items[i].track == slate.items[i].track
                        && a.items[i].propensity == slate.items[i].propensity
                        && a.items[i].score == slate.items[i].score;
                same = same && equal;
            }
            ++n;
        }
        start = Clock::now();
        rec.endDay(d.day, d.dayEvents);
        t.dayNs += nsSince(start);
    }
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int listeners = 1000, days = 10, rounds = 9;
    std::string pluginPath = TD_BINARY_DIR "/plugins/libpopular.so";
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--listeners"))
            listeners = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--days"))
            days = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--plugin"))
            pluginPath = args[i + 1].toStdString();
    }

    // The default scenario (its world and slate size), served by the popular baseline.
    sim::Scenario s = sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/default.json");
    s.run.days = days;
    s.run.seed = 1;
    s.world.listeners.count = listeners;
    s.recommender.kind = recsys::RecommenderKind::Popular;
    const double halfLife = s.recommender.popularHalfLifeDays;
    std::vector<RecordedDay> recorded;
    const events::ObservableCatalog *catalog = nullptr;
    sim::EngineHooks hooks;
    hooks.wrapServing = [&](events::Recommender &serving) {
        return std::make_unique<Recorder>(serving, recorded, catalog);
    };
    sim::Engine engine(s, 1, std::move(hooks));
    while (!engine.finished())
        engine.stepDay();

    plugin::PluginRecommender::Config config;
    config.path = pluginPath;
    config.options = "half_life_days=" + std::to_string(halfLife);
    config.runSeed = s.run.seed;
    config.slateSize = s.recommender.slateSize;

    std::vector<events::Slate> answers;
    bool same = true;
    std::vector<double> inTreeRec, pluginRec, inTreeSes, pluginSes, inTreeDay, pluginDay;
    Timing last;
    for (int r = 0; r < rounds; ++r) {
        // Alternate which goes first, so that a drift in machine load favours neither.
        for (int j = 0; j < 2; ++j) {
            const bool inTree = (r + j) % 2 == 0;
            std::unique_ptr<events::Recommender> rec;
            if (inTree)
                rec = std::make_unique<recsys::PopularRecommender>(halfLife);
            else
                rec = std::make_unique<plugin::PluginRecommender>(config);
            const bool first = answers.empty();
            const Timing t = replay(*rec, recorded, *catalog, answers, !first, same);
            const double perRequest = t.recommendNs / double(t.requests);
            const double perSession = t.sessionNs / double(t.sessions);
            const double perDay = t.dayNs / double(recorded.size());
            (inTree ? inTreeRec : pluginRec).push_back(perRequest);
            (inTree ? inTreeSes : pluginSes).push_back(perSession);
            (inTree ? inTreeDay : pluginDay).push_back(perDay);
            last = t;
        }
    }
    std::printf(
        "plugin call overhead: scenarios/default.json with %d listeners, %d days, %zu requests, "
        "%zu sessions; median of %d interleaved rounds, one thread\n",
        listeners, days, last.requests, last.sessions, rounds);
    std::printf("answers identical on every request: %s\n", same ? "yes" : "NO");
    std::printf("%-34s %14s %14s %12s\n", "", "in-tree popular", "C plugin", "difference");
    std::printf("%-34s %14.0f %14.0f %12.0f\n", "ns per recommend()", median(inTreeRec),
        median(pluginRec), median(pluginRec) - median(inTreeRec));
    std::printf("%-34s %14.0f %14.0f %12.0f\n", "ns per endSession()", median(inTreeSes),
        median(pluginSes), median(pluginSes) - median(inTreeSes));
    std::printf("%-34s %14.0f %14.0f %12.0f\n", "us per day (beginDay + endDay)",
        median(inTreeDay) / 1e3, median(pluginDay) / 1e3,
        (median(pluginDay) - median(inTreeDay)) / 1e3);
    return same ? 0 : 1;
}
