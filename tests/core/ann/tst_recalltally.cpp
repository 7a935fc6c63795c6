// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// RecallTally and ItemIndex::exactSearch (the ann_recall column): 1 on an exact index, below 1
// and equal to a hand-run brute-force comparison when graph buckets are forced.
#include "naivereference.h"
#include "recsys/ann/annrecall.h"
#include "recsys/ann/itemindex.h"
#include "recsys/ann/syntheticfactors.h"
#include "testregistry.h"

#include <QtTest>

using td::TrackId;
using td::recsys::ItemIndex;
using td::recsys::RecallTally;
using td::recsys::ScoredItem;

class TestRecallTally : public QObject
{
    Q_OBJECT

    static constexpr std::size_t kItems = 6000;
    static constexpr std::size_t kQueries = 40;
    static constexpr int kK = 10;
    td::recsys::ann::SyntheticFactorParams m_shape;
    std::vector<float> m_items, m_queries;
    /// Even ids only: the filter the served index gets (released tracks) must reach both sides.
    const td::test::AllowSet m_even { kItems, [](TrackId t) { return t % 2 == 0; } };

    const float *query(std::size_t q) const
    {
        return m_queries.data() + q * std::size_t(m_shape.dim);
    }

    /// A weak graph in every bucket (exactBelow 1, few links, narrow beams), so search()
    /// misses some of the true top 10.
    ItemIndex forcedGraphIndex() const
    {
        ItemIndex::Params p;
        p.exactBelow = 1;
        p.m = 4;
        p.efConstruction = 8;
        p.ef = 1;
        p.overfetch = 1;
        p.entryPoints = 1;
        p.minBucketSize = 1000;
        ItemIndex index;
        index.build(m_items.data(), kItems, m_shape.dim, p);
        return index;
    }

private slots:
    void initTestCase()
    {
        m_shape.dim = 16;
        m_items = td::recsys::ann::syntheticItemFactors(m_shape, kItems);
        m_queries = td::recsys::ann::syntheticUserFactors(m_shape, kQueries);
    }

    void exactIndexHasRecallOne()
    {
        ItemIndex index; // 6,000 items: below exactBelow (8,000), every bucket is scanned exactly
        index.build(m_items.data(), kItems, m_shape.dim, ItemIndex::Params {});
        for (std::size_t b = 0; b < index.bucketCount(); ++b)
            QVERIFY(!index.bucketIsGraph(b));
        RecallTally tally;
        for (std::size_t q = 0; q < kQueries; ++q)
            tally.add(index, query(q), kK, m_even.filter());
        QCOMPARE(tally.queries(), kQueries);
        QCOMPARE(tally.relevant(), kQueries * std::size_t(kK));
        QCOMPARE(tally.recall(), 1.0);
    }

    void exactSearchIsBruteForceOverGraphs()
    {
        const ItemIndex index = forcedGraphIndex();
        for (std::size_t b = 0; b < index.bucketCount(); ++b)
            QVERIFY(index.bucketIsGraph(b));
        std::vector<ScoredItem> exact;
        for (std::size_t q = 0; q < kQueries; ++q) {
            index.exactSearch(query(q), kK, exact, m_even.filter());
            QVERIFY(td::test::identical(exact,
                td::test::naiveTopK(
                    m_items.data(), kItems, m_shape.dim, query(q), kK, m_even.filter())));
        }
    }

    void forcedGraphRecallMatchesBruteForce()
    {
        const ItemIndex index = forcedGraphIndex();
        RecallTally tally;
        std::size_t hits = 0, relevant = 0;
        std::vector<ScoredItem> found;
        for (std::size_t q = 0; q < kQueries; ++q) {
            tally.add(index, query(q), kK, m_even.filter());
            // The hand-run comparison: the graph search against a plain loop over all items.
            index.search(query(q), kK, found, m_even.filter());
            const auto truth = td::test::naiveTopK(
                m_items.data(), kItems, m_shape.dim, query(q), kK, m_even.filter());
            for (const auto &t : truth)
                for (const auto &f : found)
                    hits += f.id == t.id ? 1 : 0;
            relevant += truth.size();
        }
        QCOMPARE(tally.found(), hits);
        QCOMPARE(tally.relevant(), relevant);
        QCOMPARE(tally.recall(), double(hits) / double(relevant));
        QVERIFY2(tally.recall() < 1.0, qPrintable(QString::number(tally.recall())));
        QVERIFY(tally.recall() > 0.0);
    }

    void noQueryIsNaN()
    {
        QVERIFY(std::isnan(RecallTally {}.recall()));
        ItemIndex empty;
        RecallTally tally;
        tally.add(empty, query(0), kK);
        QCOMPARE(tally.queries(), std::size_t(1));
        QVERIFY(std::isnan(tally.recall()));
    }
};

TD_REGISTER_TEST(TestRecallTally)
#include "tst_recalltally.moc"
