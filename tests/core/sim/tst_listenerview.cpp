// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Engine::listenerView and Engine::truthLists: the inspector's window on the ground truth and
// on the recommender's belief, checked against brute-force recomputations.
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"
#include "world/world.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace td;
using namespace td::sim;

namespace {

Scenario tinyScenario(const char *kind, int days = 3)
{
    Scenario s;
    s.run.days = days;
    s.run.seed = 5;
    s.world.listeners.count = 300;
    s.world.catalog.tracks = 800;
    td::sim::setScenarioValue(s, "recommender.kind", kind);
    s.recommender.poolSize = 100;
    return s;
}

void runAll(Engine &engine)
{
    while (!engine.finished())
        engine.stepDay();
}

using Features = std::array<double, events::kAudioFeatureCount>;

/// Mean features of the top `k` of (score, track) pairs, highest score first, ties lower id.
Features meanOfBest(
    std::vector<std::pair<double, TrackId>> scored, int k, const events::ObservableCatalog &catalog)
{
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    scored.resize(std::min(scored.size(), std::size_t(k)));
    Features mean {};
    for (const auto &[score, t] : scored)
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            mean[std::size_t(f)] += double(catalog.features(t)[f]);
    for (double &v : mean)
        v /= double(scored.size());
    return mean;
}

bool close(const Features &a, const Features &b)
{
    for (std::size_t f = 0; f < a.size(); ++f) {
        if (std::abs(a[f] - b[f]) > 1e-9 * std::max(1.0, std::abs(b[f])))
            return false;
    }
    return true;
}

std::vector<double> allMetrics(const Engine &engine)
{
    std::vector<double> values;
    for (const auto &day : engine.history())
        values.insert(values.end(), day.values.begin(), day.values.end());
    return values;
}

} // namespace

class TestListenerView : public QObject
{
    Q_OBJECT
private slots:
    void trueProfileIsTheMeanOfTheTopTracksByTrueTaste()
    {
        Engine engine(tinyScenario("pipeline"), 1);
        runAll(engine);
        const world::World &w = engine.world();
        const auto &pop = w.population();
        const auto &catalog = w.catalog();
        const Day day = Day(engine.currentDay() - 1);
        for (const ListenerId l : { 0u, 17u, 123u, 299u }) {
            const auto view = engine.listenerView(l);
            QVERIFY(view);
            QCOMPARE(view->listener, l);
            QCOMPARE(view->day, day);
            QCOMPARE(view->signupDay, pop.signupDay[l]);
            QCOMPARE(view->churned, pop.churned[l] != 0);
            QCOMPARE(view->satisfaction, double(pop.satisfaction[l]));
            double drift = 0.0;
            for (int i = 0; i < pop.dim; ++i) {
                const double d = double(pop.tasteOf(l)[i])
                    - double(
                        pop.initialTaste[std::size_t(l) * std::size_t(pop.dim) + std::size_t(i)]);
                drift += d * d;
            }
            QVERIFY(std::abs(view->driftDistance - std::sqrt(drift)) < 1e-12);
            QVERIFY(view->driftDistance > 0.0); // three days of OU drift move everyone
            std::vector<float> taste(std::size_t(pop.dim));
            for (int c = 0; c < events::kContextCount; ++c) {
                w.response().contextTaste(pop, l, events::Context(c), taste.data());
                std::vector<std::pair<double, TrackId>> scored;
                for (TrackId t = 0; t < catalog.trackCount(); ++t) {
                    if (catalog.observable.releaseDay[t] <= day)
                        scored.emplace_back(
                            w.response().utility(pop, catalog, l, taste.data(), t, day).taste, t);
                }
                const Features expected
                    = meanOfBest(scored, ListenerView::kTopTracks, catalog.observable);
                QVERIFY2(close(view->trueProfile[std::size_t(c)], expected),
                    qPrintable(QStringLiteral("listener %1, context %2").arg(l).arg(c)));
            }
        }
        // Contexts really shift taste: workout's true profile is more energetic than sleep's.
        const auto view = engine.listenerView(17);
        const auto energy = std::size_t(events::AudioFeature::Energy);
        QVERIFY(view->trueProfile[std::size_t(events::Context::Workout)][energy]
            > view->trueProfile[std::size_t(events::Context::Sleep)][energy]);
        QVERIFY(!engine.listenerView(ListenerId(pop.size())));
    }

    void beliefIsAbsentForPopularAndPresentForThePipeline()
    {
        Engine popular(tinyScenario("popular"), 1);
        runAll(popular);
        const auto none = popular.listenerView(3);
        QVERIFY(none);
        QVERIFY(!none->recommenderHasBeliefs);
        QVERIFY(!none->beliefAvailable);
        QVERIFY(std::isnan(none->posteriorVariance));
        for (const auto basis : none->beliefBasis)
            QCOMPARE(basis, events::BeliefBasis::None);

        Engine engine(tinyScenario("pipeline"), 1);
        // Before the first day the pipeline has no model and no profiles: no belief yet.
        const auto before = engine.listenerView(3);
        QVERIFY(before->recommenderHasBeliefs);
        QVERIFY(!before->beliefAvailable);
        runAll(engine);
        const events::ModelProbe &pipeline = *engine.recommender().modelProbe();
        const auto &catalog = engine.catalog();
        int contentProfiles = 0;
        int coldStart = 0;
        for (ListenerId l = 0; l < 40; ++l) {
            const auto view = engine.listenerView(l);
            QVERIFY(view->recommenderHasBeliefs);
            if (!pipeline.knowsListener(l)) {
                // No evidence yet (no session in 3 days): no collaborative vector, no belief
                // from it (cold start), and no content profile either.
                QCOMPARE(view->beliefBasis[0], events::BeliefBasis::None);
                ++coldStart;
                continue;
            }
            QVERIFY(view->beliefAvailable);
            QVERIFY(std::isfinite(view->posteriorVariance) && view->posteriorVariance > 0.0);
            QCOMPARE(view->posteriorVariance, pipeline.posteriorVariance(l));
            // Context-free belief: the mean of the model's own top tracks by CF score.
            std::vector<std::pair<double, TrackId>> scored;
            for (TrackId t = 0; t < catalog.trackCount(); ++t) {
                if (catalog.releaseDay[t] <= view->day)
                    scored.emplace_back(pipeline.predictedScore(l, t), t);
            }
            const Features cf = meanOfBest(scored, events::TasteBeliefs::kTopTracks, catalog);
            QCOMPARE(view->beliefBasis[0], events::BeliefBasis::Collaborative);
            QVERIFY(close(view->beliefProfile[0], cf));
            for (std::size_t c = 1; c < std::size_t(events::kContextCount); ++c) {
                const auto basis = view->beliefBasis[c];
                QVERIFY(basis != events::BeliefBasis::None);
                if (basis == events::BeliefBasis::Collaborative) {
                    QVERIFY(close(view->beliefProfile[c], cf));
                    continue;
                }
                ++contentProfiles;
                // A content profile is a mean of streamed tracks: inside the catalogue's ranges.
                for (int f = 0; f < events::kAudioFeatureCount; ++f) {
                    const double v = view->beliefProfile[c][std::size_t(f)];
                    if (f == int(events::AudioFeature::Tempo))
                        QVERIFY(v >= 55.0 && v <= 210.0);
                    else if (f == int(events::AudioFeature::Loudness))
                        QVERIFY(v >= -40.0 && v <= 0.0);
                    else
                        QVERIFY(v >= 0.0 && v <= 1.0);
                }
            }
        }
        QVERIFY(contentProfiles > 0);
        QVERIFY2(coldStart < 20, "most listeners have played something in three days");
    }

    void inspectingChangesNothing()
    {
        // Views, lists and traces every day: the metrics and the event log stay bit-identical.
        const Scenario s = tinyScenario("pipeline", 4);
        Engine plain(s, 1);
        runAll(plain);
        Engine inspected(s, 1);
        while (!inspected.finished()) {
            inspected.requestTrace(9);
            for (ListenerId l = 0; l < 300; l += 7)
                QVERIFY(inspected.listenerView(l));
            (void)inspected.truthLists(20);
            inspected.stepDay();
            for (ListenerId l = 0; l < 300; l += 7)
                QVERIFY(inspected.listenerView(l));
            (void)inspected.truthLists(20);
        }
        const auto a = allMetrics(plain), b = allMetrics(inspected);
        QCOMPARE(a.size(), b.size());
        QVERIFY(std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
        const auto &ea = plain.lastDayEvents(), &eb = inspected.lastDayEvents();
        QCOMPARE(ea.size(), eb.size());
        for (std::size_t i = 0; i < ea.size(); ++i) {
            QCOMPARE(ea[i].listener, eb[i].listener);
            QCOMPARE(ea[i].track, eb[i].track);
            QCOMPARE(int(ea[i].action), int(eb[i].action));
        }
    }

    void mostDriftedIsTheTrueTopAndSorted()
    {
        Engine engine(tinyScenario("popular", 5), 1);
        runAll(engine);
        const auto lists = engine.truthLists(20);
        const Day day = Day(engine.currentDay() - 1);
        QCOMPARE(lists.day, day);
        const auto &pop = engine.world().population();
        std::vector<std::pair<ListenerId, double>> all;
        for (ListenerId l = 0; l < pop.size(); ++l) {
            if (!pop.churned[l] && pop.signupDay[l] <= day)
                all.emplace_back(l, driftDistance(engine.world(), l));
        }
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.second > b.second || (a.second == b.second && a.first < b.first);
        });
        all.resize(20);
        QCOMPARE(lists.mostDrifted, all);
        for (std::size_t i = 1; i < lists.mostDrifted.size(); ++i)
            QVERIFY(lists.mostDrifted[i - 1].second >= lists.mostDrifted[i].second);
        QCOMPARE(engine.truthLists(3).mostDrifted.size(), std::size_t(3));
    }

    void churnedTodayMatchesThePopulation()
    {
        Scenario s = tinyScenario("random", 6);
        s.world.churn.baseLogit = -1.0; // plenty of churn in a short run
        Engine engine(s, 1);
        QCOMPARE(engine.truthLists().day, -1);
        QVERIFY(engine.truthLists().churnedToday.empty());
        std::size_t seen = 0;
        while (!engine.finished()) {
            engine.stepDay();
            const Day day = Day(engine.currentDay() - 1);
            const auto &pop = engine.world().population();
            std::vector<ListenerId> expected;
            for (ListenerId l = 0; l < pop.size(); ++l) {
                if (pop.churned[l] && pop.churnDay[l] == day)
                    expected.push_back(l);
            }
            const auto lists = engine.truthLists(1000);
            QCOMPARE(lists.churnedToday, expected);
            QCOMPARE(lists.churnedTodayTotal, expected.size());
            const auto bounded = engine.truthLists(2);
            QCOMPARE(bounded.churnedTodayTotal, expected.size());
            QVERIFY(bounded.churnedToday.size() == std::min<std::size_t>(2, expected.size()));
            for (const auto &[l, drift] : lists.mostDrifted)
                QVERIFY(!pop.churned[l]); // the drift list holds active listeners only
            seen += expected.size();
        }
        QVERIFY(seen > 0);
    }
};
TD_REGISTER_TEST(TestListenerView)
#include "tst_listenerview.moc"
