// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The truth firewall (docs/architecture.md, "The truth firewall"): a recommender sees only what
// a real service sees. Tests that would fail on a leak: relabelling the true contexts while
// every observable stays the same changes no slate of the pipeline (and does change the
// oracle's, which may see the truth); the inferred context is clearly better than guessing
// and clearly short of knowing.
#include "base/threadpool.h"
#include "sim/engine.h"
#include "sim/recommenderfactory.h"
#include "testregistry.h"
#include "world/world.h"

#include <QtTest>

#include <array>
#include <cstring>

using namespace td;
using events::Context;

namespace {

/// A world lived by hand (one chunk, one thread) with one recommender.
struct Lived
{
    sim::Scenario scenario;
    std::unique_ptr<world::World> world;
    base::ThreadPool pool { 1 };
    std::unique_ptr<events::Recommender> recommender;
    std::vector<std::vector<events::Event>> logs; ///< per day
    std::vector<std::vector<Context>> truth; ///< per day, the published true contexts
    std::vector<world::DayCounters> counters;

    Lived(recsys::RecommenderKind kind, bool relabel, int days)
    {
        scenario.run.seed = 3;
        scenario.world.catalog.tracks = 800;
        scenario.world.listeners.count = 200;
        scenario.recommender.kind = kind;
        scenario.recommender.slateSize = 10;
        scenario.recommender.poolSize = 80;
        world = std::make_unique<world::World>(scenario.world, scenario.run.seed);
        world->setHomeSlateSize(10);
        if (relabel) // a derangement of the five contexts
            world->relabelPublishedContexts({ Context::None, Context::Sleep, Context::Evening,
                Context::Commute, Context::Workout, Context::Focus });
        recommender = sim::makeRecommender(scenario, scenario.recommender, *world, &pool);
        world::WorkerScratch scratch;
        for (Day day = 0; day < days; ++day) {
            world->beginDay(day);
            recommender->beginDay(day, world->catalog().observable, { world->population().size() });
            world::DayCounters c;
            scratch.events.clear();
            scratch.contexts.clear();
            for (ListenerId l = 0; l < world->population().size(); ++l)
                world->simulateListener(l, day, *recommender, scratch, c);
            recommender->endDay(day, scratch.events);
            logs.push_back(scratch.events);
            truth.push_back(scratch.contexts);
            counters.push_back(c);
        }
    }
};

bool sameLog(const std::vector<events::Event> &a, const std::vector<events::Event> &b)
{
    return a.size() == b.size()
        && std::memcmp(a.data(), b.data(), a.size() * sizeof(events::Event)) == 0;
}

} // namespace

class TestFirewall : public QObject
{
    Q_OBJECT
private slots:
    void relabelledTruthChangesNoSlate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pipeline") << int(recsys::RecommenderKind::Pipeline);
        QTest::newRow("popular") << int(recsys::RecommenderKind::Popular);
        QTest::newRow("random") << int(recsys::RecommenderKind::Random);
    }
    void relabelledTruthChangesNoSlate()
    {
        QFETCH(int, kind);
        const Lived plain(recsys::RecommenderKind(kind), false, 5);
        const Lived relabelled(recsys::RecommenderKind(kind), true, 5);
        bool labelsDiffer = false;
        for (std::size_t d = 0; d < plain.logs.size(); ++d) {
            // Every observable of every event (hence every slate, position and propensity).
            QVERIFY2(sameLog(plain.logs[d], relabelled.logs[d]),
                qPrintable(QStringLiteral("day %1: the recommender reacted to the truth").arg(d)));
            labelsDiffer = labelsDiffer || plain.truth[d] != relabelled.truth[d];
        }
        QVERIFY2(labelsDiffer, "the relabelling did not take effect: the test proves nothing");
    }

    /// The positive control: a recommender that reads the truth (the oracle reads the
    /// listener's current context) is caught by the same comparison.
    void theOracleWhichMaySeeTheTruthNoticesIt()
    {
        const Lived plain(recsys::RecommenderKind::Oracle, false, 2);
        const Lived relabelled(recsys::RecommenderKind::Oracle, true, 2);
        QVERIFY(!sameLog(plain.logs[1], relabelled.logs[1]));
    }

    void inferenceIsBetterThanGuessingAndShortOfKnowing()
    {
        const Lived pipeline(recsys::RecommenderKind::Pipeline, false, 8);
        std::int64_t guesses = 0, hits = 0;
        std::array<std::int64_t, events::kContextCount> share {};
        for (std::size_t d = 1; d < pipeline.counters.size(); ++d) {
            guesses += pipeline.counters[d].contextGuesses;
            hits += pipeline.counters[d].contextHits;
            for (Context c : pipeline.truth[d])
                ++share[std::size_t(c)];
        }
        share[0] = 0; // events without a context (cancellations)
        std::int64_t all = 0, most = 0;
        for (std::int64_t n : share) {
            all += n;
            most = std::max(most, n);
        }
        QVERIFY(guesses > 500);
        const double accuracy = double(hits) / double(guesses);
        const double majority = double(most) / double(all); // always guessing the commonest
        qInfo("context_inference_accuracy %.3f (always the commonest context: %.3f, chance 0.2)",
            accuracy, majority);
        QVERIFY2(accuracy > majority + 0.1, "not clearly better than guessing");
        QVERIFY2(accuracy < 0.9, "nearly always right: the observables are a proxy in disguise");
    }

    /// The baselines infer nothing: their accuracy is undefined, not 0.
    void baselinesInferNoContext()
    {
        const Lived popular(recsys::RecommenderKind::Popular, false, 2);
        QCOMPARE(popular.counters[1].contextGuesses, std::int64_t(0));
    }
};
TD_REGISTER_TEST(TestFirewall)

#include "tst_firewall.moc"
