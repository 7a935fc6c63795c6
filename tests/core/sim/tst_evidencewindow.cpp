// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// recommender.confidence.window_days through the engine: after every day the pipeline holds
// only pairs inside the window (or still read by a filter), fewer than without it; the window
// changes results; the same numbers at 1 and 2 threads; 0 keeps the numbers of no window.
#include "daymetricscolumns.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

using namespace td;
using namespace td::sim;
using td::test::identical;

namespace {

/// The default scenario at 300 listeners × 1,500 tracks, 10 days, seed 5.
Scenario windowScenario(int windowDays)
{
    Scenario s = loadScenarioFile(TD_SOURCE_DIR "/scenarios/default.json");
    setScenarioValue(s, "world.listeners.count", "300");
    setScenarioValue(s, "world.catalog.tracks", "1500");
    setScenarioValue(s, "recommender.confidence.window_days", std::to_string(windowDays));
    s.run.days = 10;
    s.run.seed = 5;
    return s;
}

struct Run
{
    std::vector<metrics::DayMetrics> days;
    std::vector<std::size_t> pairs; ///< evidence pairs after each day
    int oldestAge = 0; ///< largest (next day − lastDay) of a pair no filter reads, any day
};

Run run(const Scenario &s, unsigned threads)
{
    Engine engine(s, threads);
    const auto &filters = s.recommender.filters;
    Run r;
    while (!engine.finished()) {
        r.days.push_back(engine.stepDay()->metrics);
        const auto &pipeline
            = dynamic_cast<const recsys::PipelineRecommender &>(engine.recommender());
        const auto &evidence = pipeline.evidence();
        const Day next = engine.currentDay();
        r.pairs.push_back(evidence.pairCount());
        for (std::size_t l = 0; l < evidence.listenerCount(); ++l) {
            for (const auto &e : evidence.pairs(ListenerId(l))) {
                if (next - e.lastSkipDay >= filters.skipWindowDays
                    && next - e.lastPlayDay >= filters.heardWindowDays)
                    r.oldestAge = std::max(r.oldestAge, next - e.lastDay);
            }
        }
    }
    return r;
}

} // namespace

class TestEvidenceWindow : public QObject
{
    Q_OBJECT
private slots:
    void windowBoundsTheEvidence()
    {
        const Run none = run(windowScenario(0), 2);
        const Run window = run(windowScenario(3), 2);
        // Without a window, pairs from day 0 are still there on day 10 (the mass prune runs on
        // day 30); with it, no pair a filter does not read is older than 3 days.
        QCOMPARE(none.oldestAge, 10);
        QCOMPARE(window.oldestAge, 3);
        // The same pairs up to the first day the window bites (day 3 forgets day 0's pairs
        // untouched since), fewer from then on.
        for (std::size_t d = 0; d < 3; ++d)
            QCOMPARE(window.pairs[d], none.pairs[d]);
        for (std::size_t d = 3; d < none.pairs.size(); ++d)
            QVERIFY2(window.pairs[d] < none.pairs[d], qPrintable(QString::number(d)));
        // The model reads the evidence, so the window changes what listeners are shown.
        QVERIFY(!identical(window.days, none.days));
    }

    void sameNumbersForAnyThreadCount()
    {
        const Run one = run(windowScenario(3), 1);
        const Run two = run(windowScenario(3), 2);
        QVERIFY(identical(one.days, two.days));
        QCOMPARE(one.pairs, two.pairs);
    }
};

TD_REGISTER_TEST(TestEvidenceWindow)
#include "tst_evidencewindow.moc"
