// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// One contract every events::Recommender keeps (random, popular, oracle, start-up, pipeline),
// as one base suite that each implementation's test class inherits (the way Qt Charts'
// series tests share tst_QXYSeries): slates honour the request, propensities are
// probabilities, the same stream gives the same slate, inspection changes nothing, traces list
// the shown tracks, and the thread count never changes a run.
#include "base/threadpool.h"
#include "sim/engine.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"
#include "sim/startuprecommender.h"
#include "testregistry.h"
#include "world/world.h"

#include <QtTest>

#include <set>

using namespace td;

namespace {

/// A small world driven by hand, one thread, with the recommender under test.
struct Fixture
{
    sim::Scenario scenario;
    std::unique_ptr<world::World> world;
    base::ThreadPool pool { 1 };
    std::unique_ptr<events::Recommender> configured;
    std::unique_ptr<sim::StartupRecommender> startup;
    events::Recommender *serving = nullptr;
    Day day = 0;

    Fixture(recsys::RecommenderKind kind, int startupDays, const std::string &pluginPath = {})
    {
        scenario.run.seed = 5;
        scenario.world.catalog.tracks = 600;
        scenario.world.catalog.genres = 6;
        scenario.world.catalog.newReleaseShare = 0.2;
        scenario.world.catalog.explicitShare = 0.2;
        scenario.world.listeners.count = 120;
        scenario.world.listeners.arrivalsPerDay = 2.0;
        scenario.recommender.kind = kind;
        scenario.recommender.slateSize = 10;
        scenario.recommender.poolSize = 60;
        scenario.recommender.startupDays = startupDays;
        scenario.recommender.pluginPath = pluginPath;
        world = std::make_unique<world::World>(scenario.world, scenario.run.seed);
        world->setHomeSlateSize(scenario.recommender.slateSize);
        configured = sim::makeRecommender(scenario, scenario.recommender, *world, &pool);
        serving = configured.get();
        if (startupDays > 0) {
            startup = std::make_unique<sim::StartupRecommender>(*configured, startupDays);
            serving = startup.get();
        }
    }

    /// Lives `days` days the way the engine does (one chunk).
    void live(int days)
    {
        world::WorkerScratch scratch;
        for (int i = 0; i < days; ++i, ++day) {
            world->beginDay(day);
            serving->beginDay(day, catalog(), { world->population().size() });
            world::DayCounters counters;
            scratch.events.clear();
            for (ListenerId l = 0; l < world->population().size(); ++l)
                world->simulateListener(l, day, *serving, scratch, counters);
            serving->endDay(day, scratch.events);
        }
    }

    /// Opens day `day` without living it, so requests can be made by hand.
    void open()
    {
        world->beginDay(day);
        serving->beginDay(day, catalog(), { world->population().size() });
    }

    const events::ObservableCatalog &catalog() const { return world->catalog().observable; }
};

events::RecRequest request(ListenerId l, Day day, events::Surface surface, int k, bool explicitOk)
{
    events::RecRequest r;
    r.listener = l;
    r.day = day;
    r.hour = 19.0f;
    r.weekday = std::uint8_t(events::weekdayOf(day));
    r.device = events::Device::Speaker;
    r.surface = surface;
    r.k = k;
    r.explicitAllowed = explicitOk;
    r.inspectOnly = true;
    return r;
}

events::Slate answer(events::Recommender &rec, const events::RecRequest &req, std::uint64_t seed,
    events::RequestTrace *trace = nullptr)
{
    base::Rng rng(seed, base::Purpose::Policy, req.listener, req.day);
    events::Slate slate;
    rec.recommend(req, rng, slate, trace);
    return slate;
}

bool sameSlate(const events::Slate &a, const events::Slate &b)
{
    if (a.items.size() != b.items.size() || a.policy != b.policy)
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        const auto &x = a.items[i], &y = b.items[i];
        if (x.track != y.track || x.propensity != y.propensity || x.score != y.score)
            return false;
    }
    return true;
}

} // namespace

/// The shared suite. A derived class names the recommender (kind, start-up days).
class RecommenderContract : public QObject
{
    Q_OBJECT
protected:
    virtual recsys::RecommenderKind kind() const = 0;
    virtual int startupDays() const { return 0; }
    /// recommender.plugin.path for kind Plugin (an absolute path).
    virtual std::string pluginPath() const { return {}; }
    /// The contract is checked after `livedDays` days (the pipeline has a model by then).
    static constexpr int kLivedDays = 3;

private slots:
    void slatesHonourTheRequest()
    {
        Fixture f(kind(), startupDays(), pluginPath());
        f.live(kLivedDays);
        f.open();
        const auto &catalog = f.catalog();
        const std::pair<events::Surface, int> surfaces[]
            = { { events::Surface::Home, 10 }, { events::Surface::DiscoverWeekly, 10 },
                  { events::Surface::ReleaseRadar, 10 }, { events::Surface::Radio, 1 } };
        int slates = 0;
        for (ListenerId l = 0; l < 40; ++l) {
            for (const auto &[surface, k] : surfaces) {
                const bool explicitOk = l % 2 == 0;
                const auto slate
                    = answer(*f.serving, request(l, f.day, surface, k, explicitOk), 11 + l);
                QVERIFY(int(slate.items.size()) <= k);
                std::set<TrackId> seen;
                for (const auto &item : slate.items) {
                    QVERIFY(item.track < catalog.trackCount());
                    QVERIFY2(seen.insert(item.track).second, "a track twice in one slate");
                    QVERIFY2(catalog.isReleased(item.track, f.day), "an unreleased track");
                    QVERIFY2(explicitOk || !catalog.isExplicit[item.track],
                        "an explicit track for a listener who turned explicit content off");
                    QVERIFY2(item.propensity > 0.0f && item.propensity <= 1.0f,
                        "a propensity outside (0, 1]");
                }
                slates += slate.items.empty() ? 0 : 1;
            }
        }
        QVERIFY2(slates > 40, "the recommender answered almost nothing");
    }

    void theSameStreamGivesTheSameSlate()
    {
        Fixture f(kind(), startupDays(), pluginPath());
        f.live(kLivedDays);
        f.open();
        for (ListenerId l = 0; l < 20; ++l) {
            const auto req = request(l, f.day, events::Surface::Home, 10, true);
            QVERIFY(sameSlate(answer(*f.serving, req, 99), answer(*f.serving, req, 99)));
        }
    }

    void inspectionChangesNothing()
    {
        // Two identical worlds; one is inspected between days. Its next day must be the same.
        Fixture a(kind(), startupDays(), pluginPath()), b(kind(), startupDays(), pluginPath());
        a.live(kLivedDays);
        b.live(kLivedDays);
        b.open();
        events::RequestTrace trace;
        for (ListenerId l = 0; l < 30; ++l)
            answer(*b.serving, request(l, b.day, events::Surface::Home, 10, true), 3, &trace);
        events::TasteBeliefs beliefs;
        b.serving->tasteBeliefs(4, beliefs);
        // Live the next day in both; the event logs must match.
        world::WorkerScratch sa, sb;
        a.open();
        world::DayCounters ca, cb;
        for (ListenerId l = 0; l < a.world->population().size(); ++l) {
            a.world->simulateListener(l, a.day, *a.serving, sa, ca);
            b.world->simulateListener(l, b.day, *b.serving, sb, cb);
        }
        QCOMPARE(sa.events.size(), sb.events.size());
        QVERIFY(std::equal(sa.events.begin(), sa.events.end(), sb.events.begin(),
            [](const events::Event &x, const events::Event &y) {
                return std::memcmp(&x, &y, sizeof(events::Event)) == 0;
            }));
    }

    void tracesListTheShownTracks()
    {
        Fixture f(kind(), startupDays(), pluginPath());
        f.live(kLivedDays);
        f.open();
        for (ListenerId l = 0; l < 10; ++l) {
            events::RequestTrace trace;
            const auto slate
                = answer(*f.serving, request(l, f.day, events::Surface::Home, 10, true), 7, &trace);
            const auto untraced
                = answer(*f.serving, request(l, f.day, events::Surface::Home, 10, true), 7);
            QVERIFY2(sameSlate(slate, untraced), "tracing changed the slate");
            for (std::size_t pos = 0; pos < slate.items.size(); ++pos) {
                const auto it = std::find_if(trace.candidates.begin(), trace.candidates.end(),
                    [&](const events::TraceCandidate &c) { return c.slatePosition == int(pos); });
                QVERIFY2(it != trace.candidates.end(), "a shown position missing from the trace");
                QCOMPARE(it->track, slate.items[pos].track);
                QCOMPARE(it->propensity, slate.items[pos].propensity);
            }
        }
    }

    void threadsNeverChangeTheRun()
    {
        auto scenario = [&] {
            sim::Scenario s;
            s.run.days = 4;
            s.run.seed = 9;
            s.world.catalog.tracks = 500;
            s.world.listeners.count = 300; // two engine chunks
            s.recommender.kind = kind();
            s.recommender.slateSize = 10;
            s.recommender.poolSize = 60;
            s.recommender.startupDays = startupDays();
            s.recommender.pluginPath = pluginPath();
            return s;
        };
        sim::Engine one(scenario(), 1), two(scenario(), 2);
        while (!one.finished()) {
            const auto a = one.stepDay();
            const auto b = two.stepDay();
            const auto &ea = one.lastDayEvents(), &eb = two.lastDayEvents();
            QCOMPARE(ea.size(), eb.size());
            QVERIFY(std::memcmp(ea.data(), eb.data(), ea.size() * sizeof(events::Event)) == 0);
            QCOMPARE(a->funnel.shown, b->funnel.shown);
        }
    }

    void diagnosticsCountWhatWasShown()
    {
        // A recommender with a funnel counts exactly the impressions it logged.
        sim::Scenario s;
        s.run.days = 3;
        s.world.catalog.tracks = 400;
        s.world.listeners.count = 150;
        s.recommender.kind = kind();
        s.recommender.slateSize = 10;
        s.recommender.poolSize = 60;
        s.recommender.startupDays = startupDays();
        s.recommender.pluginPath = pluginPath();
        sim::Engine engine(s, 1);
        while (!engine.finished()) {
            const auto snap = engine.stepDay();
            const auto &funnel = engine.recommender().diagnostics().funnel;
            if (funnel.bySource.empty())
                continue; // no candidate pipeline: nothing to count
            std::int64_t impressions = 0;
            for (const auto &e : engine.lastDayEvents())
                impressions += e.action == events::Action::Impression
                        && e.source == events::Source::Recommended
                    ? 1
                    : 0;
            // During start-up days the configured recommender only watches: it shows nothing.
            const bool watching = snap->metrics.day < startupDays();
            QCOMPARE(funnel.shown, watching ? std::int64_t(0) : impressions);
        }
    }
};

class TestRandomContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Random; }
};
TD_REGISTER_TEST(TestRandomContract)

class TestPopularContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Popular; }
};
TD_REGISTER_TEST(TestPopularContract)

class TestOracleContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Oracle; }
};
TD_REGISTER_TEST(TestOracleContract)

class TestPipelineContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Pipeline; }
};
TD_REGISTER_TEST(TestPipelineContract)

/// The start-up wrapper, checked while it still serves random slates (day 3 < 5) in front of a
/// watching pipeline.
class TestStartupContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Pipeline; }
    int startupDays() const override { return 5; }
};
TD_REGISTER_TEST(TestStartupContract)

/// The example item-kNN plugin (examples/plugin-itemknn) behind the C interface: the adapter
/// and the plugin together keep the contract of every in-tree recommender.
class TestPluginContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Plugin; }
    std::string pluginPath() const override { return TD_BINARY_DIR "/plugins/libitemknn.so"; }
};
TD_REGISTER_TEST(TestPluginContract)

/// The most-popular baseline in plain C (examples/plugin-popular): a deterministic plugin.
class TestCPluginContract : public RecommenderContract
{
    Q_OBJECT
protected:
    recsys::RecommenderKind kind() const override { return recsys::RecommenderKind::Plugin; }
    std::string pluginPath() const override { return TD_BINARY_DIR "/plugins/libpopular.so"; }
};
TD_REGISTER_TEST(TestCPluginContract)

#include "tst_recommendercontract.moc"
