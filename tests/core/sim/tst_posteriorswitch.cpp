// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The ALS item posteriors through the engine: built only for policies that read them (UCB,
// Thompson), and after a live switch to such a policy exactly the posteriors an always-on
// build would have served.
#include "daymetricscolumns.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

using namespace td;
using namespace td::sim;
using td::test::identical;

namespace {

/// The default scenario at 300 listeners × 1,500 tracks, seed 4, retrained every 3 days (at
/// the ends of days 2, 5, 8), so that a day can start with no retrain the night before.
Scenario smallScenario(const char *policy, const char *beta, int days = 8)
{
    Scenario s = loadScenarioFile(TD_SOURCE_DIR "/scenarios/default.json");
    setScenarioValue(s, "world.listeners.count", "300");
    setScenarioValue(s, "world.catalog.tracks", "1500");
    setScenarioValue(s, "recommender.retrain_every_days", "3");
    setScenarioValue(s, "recommender.policy.kind", policy);
    setScenarioValue(s, "recommender.policy.ucb_beta", beta);
    s.run.days = days;
    s.run.seed = 4;
    return s;
}

struct Run
{
    std::vector<metrics::DayMetrics> days;
    std::vector<double> posteriorSeconds; ///< per day: time spent building item posteriors
};

/// Runs the scenario; before day `switchDay` begins, sets `path` to `value` live.
Run run(const Scenario &s, unsigned threads, int switchDay = -1, const char *path = nullptr,
    const char *value = nullptr)
{
    Engine engine(s, threads);
    Run out;
    while (!engine.finished()) {
        if (engine.currentDay() == switchDay)
            engine.setParameter(path, value);
        const auto snap = engine.stepDay();
        out.days.push_back(snap->metrics);
        out.posteriorSeconds.push_back(snap->timings.pipeline.itemPosteriors);
    }
    return out;
}

} // namespace

class TestPosteriorSwitch : public QObject
{
    Q_OBJECT
private slots:
    /// Greedy reads no posterior: no day builds one. UCB builds them at every retrain.
    void builtOnlyForPoliciesThatReadThem()
    {
        const Run greedy = run(smallScenario("greedy", "1"), 2);
        for (double s : greedy.posteriorSeconds)
            QCOMPARE(s, 0.0);
        const Run ucb = run(smallScenario("ucb", "1"), 2);
        for (int day : { 2, 5 })
            QVERIFY2(
                ucb.posteriorSeconds[std::size_t(day)] > 0.0, qPrintable(QString::number(day)));
        QCOMPARE(ucb.posteriorSeconds[3], 0.0); // no retrain at the end of day 3
    }

    /// UCB with β = 0 serves what greedy serves (the same scores, no bonus) but builds the
    /// posteriors at every retrain. Switching greedy → UCB β = 1 before day 4 (the last
    /// retrain was at the end of day 2) must then give exactly the run that changes UCB's β
    /// from 0 to 1 there: the posteriors built on day 4 from the matrix the retrain kept are
    /// those the retrain built itself. The same at 1 and 2 threads.
    void aLiveSwitchServesTheRetrainsPosteriors()
    {
        const Run eager = run(smallScenario("ucb", "0"), 2, 4, "recommender.policy.ucb_beta", "1");
        const Run greedyFirst
            = run(smallScenario("greedy", "1"), 2, 4, "recommender.policy.kind", "ucb");
        QVERIFY(identical(eager.days, greedyFirst.days));
        QVERIFY(greedyFirst.posteriorSeconds[4] > 0.0); // built at the start of day 4
        QCOMPARE(greedyFirst.posteriorSeconds[3], 0.0);
        // And the switch changed something: β = 1 from day 4 is not greedy.
        const Run greedy = run(smallScenario("greedy", "1"), 2);
        QVERIFY(!identical(greedy.days, greedyFirst.days));
        const Run oneThread
            = run(smallScenario("greedy", "1"), 1, 4, "recommender.policy.kind", "ucb");
        QVERIFY(identical(oneThread.days, greedyFirst.days));
    }
};
TD_REGISTER_TEST(TestPosteriorSwitch)

#include "tst_posteriorswitch.moc"
