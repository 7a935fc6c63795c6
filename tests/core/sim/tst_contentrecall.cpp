// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The content_recall column through the engine: 1 on an all-exact audio-feature index, below 1
// past exactBelow where recommender.ann.ef changes it, the ef reaching the index, and the same
// numbers at 1 and 2 threads.
#include "daymetricscolumns.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::sim;
using td::test::column;
using td::test::identical;

namespace {

/// The default scenario at 300 listeners, `tracks` tracks, `days` days, seed 3, ann.ef `ef`.
Scenario contentScenario(int tracks, int days, int ef)
{
    Scenario s = loadScenarioFile(TD_SOURCE_DIR "/scenarios/default.json");
    setScenarioValue(s, "world.listeners.count", "300");
    setScenarioValue(s, "world.catalog.tracks", std::to_string(tracks));
    setScenarioValue(s, "recommender.ann.ef", std::to_string(ef));
    s.run.days = days;
    s.run.seed = 3;
    return s;
}

struct Run
{
    std::vector<metrics::DayMetrics> days;
    int contentEf = 0; ///< the audio-feature index's search breadth after the run
};

Run run(const Scenario &s, unsigned threads)
{
    Engine engine(s, threads);
    Run r;
    while (!engine.finished())
        r.days.push_back(engine.stepDay()->metrics);
    const auto *pipeline = dynamic_cast<const recsys::PipelineRecommender *>(&engine.recommender());
    if (pipeline)
        r.contentEf = pipeline->content().index().params().ef;
    return r;
}

} // namespace

class TestContentRecall : public QObject
{
    Q_OBJECT
private slots:
    /// 1,500 tracks: every norm bucket is scanned exactly, so the recall is 1 from day 1
    /// (day 0 starts before anyone streamed: no profile, an empty cell).
    void exactIndexHasRecallOne()
    {
        const Run r = run(contentScenario(1500, 4, 64), 2);
        QCOMPARE(column(r.days, "content_recall"), QStringLiteral("- 1 1 1"));
    }

    /// 40,000 tracks: the audio-feature index has graph buckets. The recall is a share, below
    /// 1 on some day, and ann.ef moves it (beam max(ef, 20) at k = 10: ef 1 acts as 20); the
    /// index searches with the scenario's ef, not ItemIndex's default 64. The column is the
    /// same at 1 and 2 threads (as is every other).
    void graphIndexFollowsEf()
    {
        const Run narrow = run(contentScenario(40'000, 3, 1), 2);
        const Run wide = run(contentScenario(40'000, 3, 500), 2);
        QCOMPARE(narrow.contentEf, 1);
        QCOMPARE(wide.contentEf, 500);
        bool belowOne = false;
        for (const Run *r : { &narrow, &wide }) {
            QVERIFY(std::isnan(r->days[0].value("content_recall")));
            for (std::size_t d = 1; d < r->days.size(); ++d) {
                const double v = r->days[d].value("content_recall");
                QVERIFY2(v >= 0.0 && v <= 1.0, qPrintable(QString::number(v)));
                belowOne = belowOne || v < 1.0;
            }
        }
        QVERIFY(belowOne);
        const QString narrowColumn = column(narrow.days, "content_recall");
        const QString wideColumn = column(wide.days, "content_recall");
        qInfo("content_recall at ef 1: %s; at ef 500: %s", qPrintable(narrowColumn),
            qPrintable(wideColumn));
        QVERIFY(narrowColumn != wideColumn);

        const Run oneThread = run(contentScenario(40'000, 3, 500), 1);
        QCOMPARE(column(oneThread.days, "content_recall"), wideColumn);
        QVERIFY(identical(oneThread.days, wide.days));
    }
};

TD_REGISTER_TEST(TestContentRecall)
#include "tst_contentrecall.moc"
