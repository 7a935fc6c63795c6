// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// RecallTally and ItemIndex::exactSearch (the ann_recall column): 1 on an exact index, below 1
// and equal to a hand-run brute-force comparison when graph buckets are forced; and the daily
// sample of listeners both recall columns run it on (sampleListenerRecall).
#include "base/rng.h"
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

    /// The day's sample: listeners drawn from (seed, Metrics, entity, day), those without a
    /// query skipped (every third here), recall over the rest. Replayed by hand against the
    /// brute-force top 10, so a wrong stream, a skipped listener that still counts, or a query
    /// budget off by one changes the numbers.
    void sampledRecallMatchesBruteForce()
    {
        const ItemIndex index = forcedGraphIndex();
        constexpr std::size_t kListeners = kQueries; // listener l's query is query(l)
        const auto queryOf
            = [this](td::ListenerId l) -> const float * { return l % 3 == 0 ? nullptr : query(l); };
        constexpr std::uint64_t kSeed = 5, kEntity = 0xC0FFEE0000ull;
        constexpr td::Day kDay = 4;
        constexpr int kWanted = 12;
        int measured = -1;
        const double recall = td::recsys::sampleListenerRecall(
            index, kListeners, kWanted, kSeed, kEntity, kDay, queryOf, m_even.filter(), &measured);

        td::base::Rng rng(kSeed, td::base::Purpose::Metrics, kEntity, kDay);
        std::size_t hits = 0, relevant = 0;
        int queries = 0, skipped = 0;
        std::vector<ScoredItem> found;
        while (queries < kWanted) {
            const auto l = td::ListenerId(rng.below(std::uint32_t(kListeners)));
            if (!queryOf(l)) {
                ++skipped;
                continue;
            }
            ++queries;
            index.search(query(l), kK, found, m_even.filter());
            const auto truth = td::test::naiveTopK(
                m_items.data(), kItems, m_shape.dim, query(l), kK, m_even.filter());
            for (const auto &t : truth)
                for (const auto &f : found)
                    hits += f.id == t.id ? 1 : 0;
            relevant += truth.size();
        }
        QVERIFY2(skipped > 0, "the stream should draw a listener without a query");
        QCOMPARE(measured, kWanted);
        QCOMPARE(recall, double(hits) / double(relevant));
        QVERIFY2(recall < 1.0, qPrintable(QString::number(recall)));

        // Another entity is another stream: another sequence of listeners.
        const auto drawn = [&](std::uint64_t entity) {
            std::vector<td::ListenerId> order;
            td::recsys::sampleListenerRecall(
                index, kListeners, kWanted, kSeed, entity, kDay,
                [&](td::ListenerId l) {
                    order.push_back(l);
                    return queryOf(l);
                },
                m_even.filter());
            return order;
        };
        QCOMPARE(int(drawn(kEntity).size()), kWanted + skipped);
        QVERIFY(drawn(kEntity) != drawn(kEntity + 1));
    }

    /// Nobody has a query: at most 8 draws per wanted query, nothing measured, NaN.
    void sampleWithoutQueriesIsNaN()
    {
        const ItemIndex index = forcedGraphIndex();
        int draws = 0, measured = -1;
        const double recall = td::recsys::sampleListenerRecall(
            index, 10, 4, 1, 2, 3,
            [&](td::ListenerId) -> const float * {
                ++draws;
                return nullptr;
            },
            {}, &measured);
        QVERIFY(std::isnan(recall));
        QCOMPARE(measured, 0);
        QCOMPARE(draws, 32);
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
