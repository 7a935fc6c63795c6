// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The large-catalogue preset really retrieves through hnswlib graphs: below
// ItemIndex::Params::exactBelow items a norm bucket is scanned exactly, so a preset that never
// builds a graph bucket would teach nothing about approximate retrieval. Its audio-feature
// index (every track) is searched through graphs; its ALS index (the trained tracks) is not.
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

#include <vector>

using namespace td;

namespace {

/// Graph buckets of `index`, and the items they hold.
struct GraphShape
{
    std::size_t graphs = 0, graphItems = 0;
};

GraphShape graphShape(const recsys::ItemIndex &index)
{
    GraphShape g;
    for (std::size_t b = 0; b < index.bucketCount(); ++b) {
        if (index.bucketIsGraph(b)) {
            ++g.graphs;
            g.graphItems += index.bucketSize(b);
        }
    }
    return g;
}

} // namespace

class TestLargeCatalogPreset : public QObject
{
    Q_OBJECT
private slots:
    void servesThroughGraphBuckets()
    {
        sim::Scenario s = sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/large-catalog.json");
        QVERIFY(s.world.catalog.tracks >= 100'000);
        // Day 0 has no model; its end fits ALS, day 1 serves from the first ALS index, day 2
        // from one built after a retrain.
        s.run.days = 3;
        sim::Engine engine(s, 2);
        while (!engine.finished()) {
            const auto snap = engine.stepDay();
            QVERIFY(snap->metrics.value("streams") > 0);
        }
        const auto *pipeline
            = dynamic_cast<const recsys::PipelineRecommender *>(&engine.recommender());
        QVERIFY2(pipeline, "the preset runs the pipeline");

        // The ALS index holds the tracks the last fit trained (simulation model 7): a few
        // thousand of the 200,000, in norm buckets below exactBelow, so scanned exactly.
        const recsys::CollaborativeModel &collaborative = pipeline->collaborative();
        const recsys::ItemIndex &cf = collaborative.index();
        std::size_t trained = 0;
        for (TrackId t = 0; t < TrackId(s.world.catalog.tracks); ++t)
            trained += collaborative.trained(t) ? 1 : 0;
        qInfo("ALS index: %zu items (%zu trained tracks), %zu buckets, %zu graphs", cf.size(),
            trained, cf.bucketCount(), graphShape(cf).graphs);
        // The served index is one retrain behind (built at the start of the last day; the
        // run's last retrain came after it), and the set of heard tracks only grows in 3 days.
        QVERIFY(cf.size() > 1000);
        QVERIFY(cf.size() <= trained);
        QVERIFY(trained < std::size_t(s.world.catalog.tracks) / 10);
        std::vector<recsys::ScoredItem> everything;
        cf.exactSearch(collaborative.itemVector(0), int(cf.size()), everything);
        QCOMPARE(everything.size(), cf.size());
        for (const recsys::ScoredItem &hit : everything)
            QVERIFY(collaborative.trained(hit.id));
        const GraphShape contentGraphs = graphShape(pipeline->content().index());
        QVERIFY2(contentGraphs.graphs > 0, "the audio-feature index has graph buckets");

        // The audio-feature source searches with feature vectors: those walk the graphs.
        const recsys::ContentModel &content = pipeline->content();
        recsys::SearchScratch scratch;
        std::vector<recsys::ScoredItem> top;
        std::size_t contentWalks = 0;
        for (TrackId t = 0; t < 100; ++t) {
            content.index().search(content.features().row(t * 1999), 150, scratch, top);
            contentWalks += scratch.lastGraphsSearched() > 0 ? 1 : 0;
        }
        qInfo("%zu of 100 audio-feature searches (k = 150) walked a graph", contentWalks);
        QVERIFY2(contentWalks > 50, "audio-feature retrieval runs through the graphs");
    }
};
TD_REGISTER_TEST(TestLargeCatalogPreset)
#include "tst_largecatalog.moc"
