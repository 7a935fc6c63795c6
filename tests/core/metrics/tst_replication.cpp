// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Replications of published feedback-loop results (docs/validation.md, "Feedback loops").
#include "testregistry.h"

#include "run/replicate/protocol.h"
#include "run/replicate/protocols.h"
#include "run/replicate/windows.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::run::replicate;

namespace {

/// Seed 1 at the protocols' default size (600 listeners, 2,000 tracks, 40 days): what the
/// assertions below were set on. Other seeds and sizes: `tastedrift-cli replicate NAME
/// --seeds ...`, which runs the same functions (docs/validation.md).
constexpr std::uint64_t kSeed = 1;
const Size kSize { 600, 2000, 40 };

std::vector<metrics::DayMetrics> runScenario(const sim::Scenario &s)
{
    sim::Engine engine(s, 2);
    while (!engine.finished())
        engine.stepDay();
    return engine.history();
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT
private slots:
    /// Chaney, Stewart & Engelhardt (2018), with their protocol: after a start-up phase of
    /// random recommendations, a recommender retrained on the data it confounds makes the
    /// users it considers similar consume ever more alike, more than an ideal recommender that
    /// knows the true preferences makes the same users consume, and random ones less.
    void chaneyHomogenisation()
    {
        const ChaneyResult c = chaney(kSize, kSeed, 2);
        qInfo("Chaney: change in paired Jaccard vs ideal, days %d-%d / %d-%d / %d-%d: pipeline "
              "%+.4f / %+.4f / %+.4f, random at the end %+.4f",
            c.first, c.first + 4, c.middle, c.middle + 4, c.last, kSize.days - 1, c.gapFirst,
            c.gapMiddle, c.gapLast, c.randomLast);
        qInfo("Chaney: homogenization_jaccard at the end: pipeline %.4f, ideal %.4f, random %.4f",
            c.windowedPipeline, c.windowedIdeal, c.windowedRandom);
        // The start-up days are the same days for every kind, event for event.
        QVERIFY(c.startupShared);
        QVERIFY(c.servingDiffers);
        // More homogeneous than under the ideal recommender from the first days of serving...
        QVERIFY(c.gapFirst > 0.03);
        // ...increasingly so over time...
        QVERIFY(c.gapMiddle > c.gapFirst + 0.02);
        QVERIFY(c.gapLast > c.gapMiddle + 0.01);
        // ...while random recommendations homogenise less than the ideal ones.
        QVERIFY(c.randomLast < -0.02);
        // The CSV metric (7-day windows, random pairs: no representation needed) agrees.
        QVERIFY(c.windowedPipeline > 1.25 * c.windowedIdeal);
        QVERIFY(c.windowedIdeal > 2.0 * c.windowedRandom);
        // What `replicate chaney` prints for this seed: the late gap and its growth.
        const SeedResult r = seedResult(c);
        QCOMPARE(r.values.size(), findProtocol("chaney")->measures.size());
        QCOMPARE(r.values[0], c.gapLast);
        QCOMPARE(r.values[1], c.gapLast - c.gapFirst);
    }

    /// The same protocol without the start-up: the pipeline serves from day 0 and the gap is
    /// largest at once (docs/validation.md, "Without the start-up").
    void chaneyWithoutStartup()
    {
        const ChaneyResult c = chaney(kSize, kSeed, 2, 0);
        qInfo("Chaney without start-up: days %d-%d / %d-%d / %d-%d: pipeline %+.4f / %+.4f / "
              "%+.4f",
            c.first, c.first + 4, c.middle, c.middle + 4, c.last, kSize.days - 1, c.gapFirst,
            c.gapMiddle, c.gapLast);
        QVERIFY(c.servingDiffers);
        // The cold start homogenises at once, and the personalisation that follows dilutes it.
        QVERIFY(c.gapFirst > c.gapLast);
    }

    /// What only a simulator can show next to Chaney et al.: with malleable listeners (each
    /// satisfying listen pulls taste toward the track), the loop homogenises the TRUE tastes,
    /// far faster than the ideal recommender does, with a gap that keeps growing.
    void chaneyTasteConvergence()
    {
        const int days = kSize.days, startup = 10;
        auto run = [&](const char *kind) {
            sim::Scenario s = baseScenario(kind, 0.1, kSize, kSeed);
            s.recommender.startupDays = startup;
            return runScenario(s);
        };
        const auto pipeline = run("pipeline");
        const auto oracle = run("oracle");
        const char *t = "taste_homogenization";
        const double start = windowMean(pipeline, t, 0, 1);
        const double startOracle = windowMean(oracle, t, 0, 1);
        const double early = windowMean(pipeline, t, startup + 2, startup + 7);
        const double earlyOracle = windowMean(oracle, t, startup + 2, startup + 7);
        const double end = windowMean(pipeline, t, days - 5, days);
        const double endOracle = windowMean(oracle, t, days - 5, days);
        qInfo("Chaney: taste homogenization pipeline %.4f -> %.4f -> %.4f, ideal %.4f -> %.4f "
              "-> %.4f",
            start, early, end, startOracle, earlyOracle, endOracle);
        QCOMPARE(start, startOracle); // the same population on day 0
        // About twice the ideal's convergence (1.96 times on seed 1, simulation model 4;
        // docs/validation.md). The bound was 2 until model 4 dropped the cap of 12 sessions a
        // day: seed 1 sat at 2.006 times, within 0.3 % of it.
        QVERIFY(end - start > 1.75 * (endOracle - startOracle));
        QVERIFY(end - endOracle > early - earlyOracle + 0.01);
    }

    /// Jiang, Chiappa, Lattimore, György & Kohli (2019), "Degenerate feedback loops in
    /// recommender systems": without exploration, what a user is recommended narrows round
    /// after round; exploration over the whole catalogue slows the narrowing.
    void jiangDegenerateLoops()
    {
        const JiangResult j = jiang(kSize, kSeed, 2);
        for (const auto &[name, arm] :
            { std::pair("greedy", j.greedy), std::pair("epsilon_greedy 0.2", j.epsilon),
                std::pair("epsilon_greedy 0.2, explore_share 0.5", j.wide) })
            qInfo("Jiang: %s: recommended sub-genre entropy %.3f -> %.3f bits (%d listeners)", name,
                arm.early, arm.late, arm.listeners);
        // Without exploration the recommended mix narrows...
        QVERIFY(j.greedy.late < j.greedy.early - 0.2);
        // ...and exploration that reaches the whole catalogue (ε-greedy over a pool half
        // filled with random released tracks) narrows it far less. ε-greedy over the
        // retrieved pool alone slows it on some seeds only (seed 1 barely; docs/validation.md),
        // because the pool narrows with the models, but its late slates stay wider.
        QVERIFY(j.wide.narrowing() < j.greedy.narrowing() - 0.1);
        QVERIFY(j.epsilon.late > j.greedy.late + 0.1);
        const SeedResult r = seedResult(j);
        QCOMPARE(r.values.size(), findProtocol("jiang")->measures.size());
        QCOMPARE(r.values[0], j.greedy.narrowing() - j.wide.narrowing());
        QCOMPARE(r.values[1], j.greedy.narrowing());
    }

    /// Mansoury, Abdollahpouri, Pechenizkiy, Mobasher & Burke (2020), "Feedback loop and bias
    /// amplification in recommender systems": retrained on the feedback to its own
    /// recommendations, a collaborative-filtering recommender recommends ever more popular
    /// items, and the users it hurts most are those far from the mainstream, whose
    /// recommendations drift away from their taste.
    void mansouryBiasAmplification()
    {
        const MansouryResult m = mansoury(kSize, kSeed, 2);
        qInfo("Mansoury: shown popularity %.4f -> %.4f; niche (taste %.4f): %.4f -> %.4f; "
              "mainstream (taste %.4f): %.4f -> %.4f",
            m.overallEarly, m.overallLate, m.nicheTaste, m.nicheEarly, m.nicheLate, m.mainTaste,
            m.mainEarly, m.mainLate);
        // Popularity bias grows over the retraining rounds...
        QVERIFY(m.overallLate > m.overallEarly + 0.02);
        // ...niche listeners are shown tracks far more popular than their taste, and ever more
        // so (their miscalibration grows)...
        QVERIFY(m.nicheEarly - m.nicheTaste > 0.1);
        QVERIFY(m.nicheLate > m.nicheEarly + 0.01);
        // ...while the same drift brings mainstream listeners' slates closer to their taste.
        QVERIFY(m.mainEarly < m.mainTaste);
        QVERIFY(std::abs(m.mainLate - m.mainTaste) < std::abs(m.mainEarly - m.mainTaste));
        const SeedResult r = seedResult(m);
        QCOMPARE(r.values[0], m.nicheLate - m.nicheEarly);
        QCOMPARE(r.values[1], m.overallLate - m.overallEarly);
    }

    /// Anderson et al. (2020), both directions, checked against what an ordinary run of the
    /// same scenario reports: (a) is the mean of two CSV columns of that run; (b) splits the
    /// listeners into terciles and counts churn from the truth.
    void andersonBothDirections()
    {
        const Size size { 300, 1000, 30 };
        const AndersonResult a = anderson(size, kSeed, 2);
        qInfo("Anderson: gs_score organic %.4f, recommended %.4f; churn by GS tercile "
              "(generalist / middle / specialist, %d listeners, GS cuts %.3f, %.3f): %.4f / "
              "%.4f / %.4f",
            a.gsOrganic, a.gsRec, a.listeners, a.gsCutLow, a.gsCutHigh, a.churnGeneralist,
            a.churnMiddle, a.churnSpecialist);
        // (a) equals the columns of `tastedrift-cli run` on the documented scenario.
        sim::Scenario s
            = baseScenario("pipeline", sim::Scenario().world.listeners.malleability, size, kSeed);
        const auto history = runScenario(s);
        QCOMPARE(a.gsOrganic, windowMean(history, "gs_score_organic", 7, size.days));
        QCOMPARE(a.gsRec, windowMean(history, "gs_score_rec", 7, size.days));
        // (b) is over the listeners active on day 14 with 10 streams in days 1-14.
        QCOMPARE(a.gsFrom, 1);
        QCOMPARE(a.gsTo, 15);
        QVERIFY(a.listeners > size.listeners / 2);
        QVERIFY(a.gsCutLow <= a.gsCutHigh);
        for (double share : { a.churnGeneralist, a.churnMiddle, a.churnSpecialist })
            QVERIFY(share >= 0.0 && share <= 1.0);
        const SeedResult r = seedResult(a);
        QCOMPARE(r.values[0], a.gsRec - a.gsOrganic);
        QCOMPARE(r.values[1], a.churnSpecialist - a.churnGeneralist);
    }

    /// Off-policy evaluation: the protocol is the documented ε-greedy (0.2) logger with the
    /// greedy target, and its numbers are the run's own columns over the second half.
    void offPolicyEstimatesAgainstTruth()
    {
        const Size size { 300, 1000, 10 };
        const OpeResult o = ope(size, kSeed, 2);
        qInfo("OPE: days %d-%d: ips %.4f, snips %.4f, truth %.4f, logger %.4f", o.from,
            o.from + o.days - 1, o.ips, o.snips, o.truth, o.logger);
        sim::Scenario s
            = baseScenario("pipeline", sim::Scenario().world.listeners.malleability, size, kSeed);
        sim::setScenarioValue(s, "recommender.policy.kind", "epsilon_greedy");
        sim::setScenarioValue(s, "recommender.policy.epsilon", "0.2");
        const auto history = runScenario(s);
        QCOMPARE(o.from, 5);
        QCOMPARE(o.ips, windowMean(history, "ope_ips", 5, 10));
        QCOMPARE(o.snips, windowMean(history, "ope_snips", 5, 10));
        QCOMPARE(o.truth, windowMean(history, "ope_truth", 5, 10));
        // Exploring costs the logger plays against the greedy target's truth.
        QVERIFY(o.logger < o.truth);
        const SeedResult r = seedResult(o);
        QCOMPARE(r.values[0], o.ips - o.truth);
        QCOMPARE(r.values[1], o.snips - o.truth);
    }
};

TD_REGISTER_TEST(TestReplication)
#include "tst_replication.moc"
