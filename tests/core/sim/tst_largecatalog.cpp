// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The large-catalogue preset really retrieves through hnswlib graphs: below
// ItemIndex::Params::exactBelow items a norm bucket is scanned exactly, so a preset that never
// builds a graph bucket would teach nothing about approximate retrieval.
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

        const recsys::ItemIndex &cf = pipeline->collaborative().index();
        const GraphShape cfGraphs = graphShape(cf);
        qInfo("ALS index: %zu items, %zu buckets, %zu graphs over %zu items", cf.size(),
            cf.bucketCount(), cfGraphs.graphs, cfGraphs.graphItems);
        for (std::size_t b = 0; b < cf.bucketCount(); ++b)
            qInfo("  bucket %zu: %zu items, max norm %.4g, %s", b, cf.bucketSize(b),
                cf.bucketMaxNorm(b), cf.bucketIsGraph(b) ? "graph" : "exact");
        QVERIFY2(cfGraphs.graphs > 0, "the ALS index has graph buckets");
        QVERIFY(cfGraphs.graphItems > cf.size() / 2);
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

        // The ALS index's graph buckets hold the tracks nobody has heard yet (factors ~0, far
        // below every heard track's norm): norm pruning stops a listener's search before them.
        // docs/retrieval.md, "The large catalogue", says what this costs and teaches.
        std::size_t alsSearches = 0, alsWalks = 0;
        for (ListenerId l = 0; l < 200; ++l) {
            const float *x = pipeline->collaborative().userVector(l);
            if (!x)
                continue;
            cf.search(x, 150, scratch, top);
            ++alsSearches;
            alsWalks += scratch.lastGraphsSearched() > 0 ? 1 : 0;
        }
        qInfo("%zu of %zu ALS searches (k = 150, Home's collaborative quota) walked a graph",
            alsWalks, alsSearches);
        QVERIFY(alsSearches > 50);
        QVERIFY2(cf.bucketMaxNorm(cf.bucketCount() - 1) < 1e-3 * cf.bucketMaxNorm(0),
            "the graph buckets are the unheard tail");
    }
};
TD_REGISTER_TEST(TestLargeCatalogPreset)
#include "tst_largecatalog.moc"
