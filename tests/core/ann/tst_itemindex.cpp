// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// ItemIndex contracts: exact path = naive loop, determinism, filters, edge cases.
#include "base/rng.h"
#include "base/threadpool.h"
#include "naivereference.h"
#include "recsys/ann/itemindex.h"
#include "recsys/ann/syntheticfactors.h"
#include "recsys/kernels/dotkernel.h"
#include "testregistry.h"

#include <QtTest>

#include <cstdlib>
#include <new>
#include <thread>

// Counts this thread's heap allocations, to check that a warm search allocates nothing. Every
// non-aligned form is replaced, so that a block never crosses between this malloc/free pair
// and the library's (or a sanitizer's) own operators.
namespace {
thread_local std::size_t t_allocations = 0;
void *countedAlloc(std::size_t size) noexcept
{
    ++t_allocations;
    return std::malloc(size ? size : 1);
}
void *countedAllocOrThrow(std::size_t size)
{
    if (void *p = countedAlloc(size))
        return p;
    throw std::bad_alloc();
}
} // namespace
void *operator new(std::size_t size)
{
    return countedAllocOrThrow(size);
}
void *operator new[](std::size_t size)
{
    return countedAllocOrThrow(size);
}
void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    return countedAlloc(size);
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    return countedAlloc(size);
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete[](void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete(void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}
void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}

using td::TrackId;
using td::recsys::ItemIndex;
using td::recsys::ScoredItem;
using td::recsys::SearchScratch;
using td::test::AllowSet;
using td::test::identical;
using td::test::naiveTopK;

namespace {

struct Data
{
    int dim;
    std::size_t items;
    std::vector<float> factors, queries;
};

Data makeData(std::size_t items, int dim, std::size_t queries, std::uint64_t seed = 7)
{
    td::recsys::ann::SyntheticFactorParams shape;
    shape.dim = dim;
    shape.seed = seed;
    return { dim, items, td::recsys::ann::syntheticItemFactors(shape, items),
        td::recsys::ann::syntheticUserFactors(shape, queries) };
}

/// Small graph buckets so that graph paths are exercised on small data.
ItemIndex::Params graphParams()
{
    ItemIndex::Params p;
    p.exactBelow = 0;
    p.minBucketSize = 300;
    return p;
}

bool sortedAndExact(const std::vector<ScoredItem> &out, const Data &d, const float *q)
{
    for (std::size_t i = 0; i < out.size(); ++i) {
        const float naive = naiveTopK(
            d.factors.data() + std::size_t(out[i].id) * std::size_t(d.dim), 1, d.dim, q, 1)
                                .front()
                                .score;
        if (std::memcmp(&naive, &out[i].score, sizeof(float)) != 0)
            return false;
        if (i > 0 && !td::recsys::rankedBefore(out[i - 1], out[i]))
            return false;
    }
    return true;
}

} // namespace

class TestItemIndex : public QObject
{
    Q_OBJECT
private slots:
    void topKKeepsTheBestKInOrder()
    {
        // TopK (a buffer with a threshold and a selection) against a full sort, with many
        // equal scores (ties go to the lower id), for k from 0 to past the item count; also
        // full()/worstScore(), which the index's pruning reads, after every offer.
        td::base::Rng rng(5, td::base::Purpose::Model, 9, 0);
        for (int k : { 0, 1, 2, 3, 10, 64, 299, 300, 301, 1000 }) {
            std::vector<ScoredItem> offered;
            for (TrackId id = 0; id < 300; ++id)
                offered.push_back(ScoredItem { id, float(int(rng.uniform(0.0, 40.0))) });
            // Offer in a shuffled order, so ids do not arrive sorted.
            for (std::size_t i = offered.size() - 1; i > 0; --i)
                std::swap(offered[i], offered[std::size_t(rng.uniform(0.0, double(i + 1)))]);
            std::vector<ScoredItem> storage, out, seen;
            td::recsys::ann::TopK top(storage, k);
            for (const ScoredItem &item : offered) {
                top.offer(item.score, item.id);
                seen.push_back(item);
                std::sort(seen.begin(), seen.end(), td::recsys::rankedBefore);
                const bool full = k > 0 && seen.size() >= std::size_t(k);
                QCOMPARE(top.full(), full);
                if (full)
                    QCOMPARE(top.worstScore(), seen[std::size_t(k - 1)].score);
            }
            top.finish(out);
            seen.resize(std::min(seen.size(), std::size_t(k)));
            QVERIFY2(identical(out, seen), qPrintable(QStringLiteral("k %1").arg(k)));
        }
    }

    void kernelsAgree()
    {
        // Lane kernel = sequential kernel up to rounding; the sequential one is the naive loop.
        const Data d = makeData(64, 40, 4);
        std::vector<float> qp(std::size_t(td::recsys::kernels::paddedDim(40)), 0.0f),
            yp(qp.size(), 0.0f);
        for (std::size_t i = 0; i < 64; ++i) {
            const float *y = d.factors.data() + i * 40;
            std::copy(d.queries.data(), d.queries.data() + 40, qp.begin());
            std::copy(y, y + 40, yp.begin());
            const float seq = td::recsys::kernels::dotSequential(d.queries.data(), y, 40);
            const float lanes = td::recsys::kernels::dotLanes(qp.data(), yp.data(), int(qp.size()));
            QCOMPARE(seq, naiveTopK(y, 1, 40, d.queries.data(), 1).front().score);
            QVERIFY(std::abs(seq - lanes) <= 1e-4f * (1.0f + std::abs(seq)));
        }
    }

    void exactPathEqualsNaiveLoop_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("k");
        QTest::newRow("small catalogue, one bucket") << 700 << 64 << 10;
        QTest::newRow("dim not a multiple of 16") << 3001 << 23 << 25;
        QTest::newRow("many exact buckets, pruned") << 20000 << 32 << 10;
        QTest::newRow("k 300") << 20000 << 64 << 300;
    }
    void exactPathEqualsNaiveLoop()
    {
        QFETCH(int, items);
        QFETCH(int, dim);
        QFETCH(int, k);
        const Data d = makeData(std::size_t(items), dim, 40);
        ItemIndex::Params p;
        p.exactBelow = std::size_t(-1); // every bucket exact
        p.minBucketSize = 256;
        ItemIndex index;
        index.build(d.factors.data(), d.items, dim, p);
        if (items >= 20000)
            QVERIFY(index.bucketCount() > 4);
        SearchScratch scratch;
        std::vector<ScoredItem> out;
        for (std::size_t q = 0; q < 40; ++q) {
            const float *query = d.queries.data() + q * std::size_t(dim);
            index.search(query, k, scratch, out);
            QVERIFY2(identical(out, naiveTopK(d.factors.data(), d.items, dim, query, k)),
                qPrintable(QStringLiteral("query %1").arg(q)));
        }
    }

    void defaultsUseExactPathOnSmallCatalogue()
    {
        const Data d = makeData(ItemIndex::Params().exactBelow - 1, 16, 20);
        ItemIndex index;
        index.build(d.factors.data(), d.items, 16, ItemIndex::Params());
        for (std::size_t b = 0; b < index.bucketCount(); ++b)
            QVERIFY(!index.bucketIsGraph(b));
        std::vector<ScoredItem> out;
        for (std::size_t q = 0; q < 20; ++q) {
            index.search(d.queries.data() + q * 16, 10, out);
            QVERIFY(identical(
                out, naiveTopK(d.factors.data(), d.items, 16, d.queries.data() + q * 16, 10)));
        }
    }

    void graphResultsAreExactAndSorted()
    {
        const Data d = makeData(6000, 64, 50);
        ItemIndex index;
        index.build(d.factors.data(), d.items, 64, graphParams());
        QVERIFY(index.bucketCount() > 2);
        std::vector<ScoredItem> out;
        for (std::size_t q = 0; q < 50; ++q) {
            const float *query = d.queries.data() + q * 64;
            index.search(query, 30, out);
            QCOMPARE(int(out.size()), 30);
            QVERIFY(sortedAndExact(out, d, query));
        }
    }

    void sameBuildSameResults()
    {
        const Data d = makeData(8000, 64, 100);
        ItemIndex a, b, c;
        a.build(d.factors.data(), d.items, 64, graphParams());
        b.build(d.factors.data(), d.items, 64, graphParams());
        td::base::ThreadPool pool(2);
        c.build(d.factors.data(), d.items, 64, graphParams(), {}, &pool);
        QVERIFY(pool.lastDistinctThreads() >= 1);
        std::vector<ScoredItem> ra, rb, rc;
        for (std::size_t q = 0; q < 100; ++q) {
            const float *query = d.queries.data() + q * 64;
            a.search(query, 50, ra);
            b.search(query, 50, rb);
            c.search(query, 50, rc);
            QVERIFY(identical(ra, rb));
            QVERIFY(identical(ra, rc));
        }
    }

    void concurrentSearchesMatchSerial()
    {
        const Data d = makeData(8000, 32, 200);
        ItemIndex index;
        index.build(d.factors.data(), d.items, 32, graphParams());
        std::vector<std::vector<ScoredItem>> serial(200), parallel(200);
        for (std::size_t q = 0; q < 200; ++q)
            index.search(d.queries.data() + q * 32, 20, serial[q]);
        const auto worker = [&](std::size_t first) {
            SearchScratch scratch;
            for (std::size_t q = first; q < 200; q += 2)
                index.search(d.queries.data() + q * 32, 20, scratch, parallel[q]);
        };
        std::thread t0(worker, 0), t1(worker, 1);
        t0.join();
        t1.join();
        for (std::size_t q = 0; q < 200; ++q)
            QVERIFY(identical(serial[q], parallel[q]));
    }

    void warmSearchDoesNotAllocate()
    {
        const Data d = makeData(6000, 64, 40);
        ItemIndex::Params p = graphParams();
        p.exactBelow = 1000; // graph and exact buckets
        ItemIndex index;
        index.build(d.factors.data(), d.items, 64, p);
        const AllowSet allow(d.items, [](TrackId t) { return t % 5 != 0; });
        SearchScratch scratch;
        std::vector<ScoredItem> out;
        const std::size_t cold = t_allocations;
        for (std::size_t q = 0; q < 40; ++q) // warm-up: scratch and `out` reach their sizes
            index.search(d.queries.data() + q * 64, 50, scratch, out, allow.filter());
        QVERIFY(t_allocations > cold); // the counter works: a cold scratch allocates
        const std::size_t before = t_allocations;
        for (std::size_t q = 0; q < 40; ++q)
            index.search(d.queries.data() + q * 64, 50, scratch, out, allow.filter());
        QCOMPARE(t_allocations - before, std::size_t(0));
    }

    void filterRespected_data()
    {
        QTest::addColumn<bool>("graphs");
        QTest::newRow("exact") << false;
        QTest::newRow("graphs") << true;
    }
    void filterRespected()
    {
        QFETCH(bool, graphs);
        const Data d = makeData(6000, 64, 60);
        ItemIndex::Params p = graphs ? graphParams() : ItemIndex::Params();
        if (!graphs)
            p.exactBelow = std::size_t(-1);
        ItemIndex index;
        index.build(d.factors.data(), d.items, 64, p);
        // Drops every third track, and the exact top 1 of each query (the hardest case).
        const AllowSet allow(d.items, [](TrackId t) { return t % 3 != 0; });
        std::vector<ScoredItem> out;
        double recallSum = 0.0;
        for (std::size_t q = 0; q < 60; ++q) {
            const float *query = d.queries.data() + q * 64;
            index.search(query, 20, out, allow.filter());
            QCOMPARE(int(out.size()), 20);
            for (const auto &item : out)
                QVERIFY(allow(item.id));
            QVERIFY(sortedAndExact(out, d, query));
            const auto truth = naiveTopK(d.factors.data(), d.items, 64, query, 20, allow.filter());
            if (!graphs)
                QVERIFY(identical(out, truth));
            recallSum += td::test::recall(out, truth);
        }
        QVERIFY(recallSum / 60 >= 0.95);
    }

    void includeLeavesItemsOut()
    {
        const Data d = makeData(5000, 32, 30);
        const AllowSet released(d.items, [](TrackId t) { return t < 4000; });
        ItemIndex index;
        index.build(d.factors.data(), d.items, 32, graphParams(), released.filter());
        QCOMPARE(index.size(), std::size_t(4000));
        std::vector<ScoredItem> out;
        for (std::size_t q = 0; q < 30; ++q) {
            index.search(d.queries.data() + q * 32, 50, out);
            QCOMPARE(int(out.size()), 50);
            for (const auto &item : out)
                QVERIFY(item.id < 4000);
        }
    }

    void kLargerThanCatalogueReturnsAllAllowed_data()
    {
        QTest::addColumn<bool>("graphs");
        QTest::newRow("exact") << false;
        QTest::newRow("graphs") << true;
    }
    void kLargerThanCatalogueReturnsAllAllowed()
    {
        QFETCH(bool, graphs);
        const Data d = makeData(1500, 16, 3);
        ItemIndex index;
        index.build(d.factors.data(), d.items, 16, graphs ? graphParams() : ItemIndex::Params());
        QCOMPARE(index.bucketIsGraph(0), graphs);
        const AllowSet allow(d.items, [](TrackId t) { return t % 2 == 0; });
        std::vector<ScoredItem> out;
        index.search(d.queries.data(), 5000, out);
        QVERIFY(identical(out, naiveTopK(d.factors.data(), d.items, 16, d.queries.data(), -1)));
        index.search(d.queries.data(), 5000, out, allow.filter());
        QCOMPARE(int(out.size()), 750);
        QVERIFY(identical(
            out, naiveTopK(d.factors.data(), d.items, 16, d.queries.data(), -1, allow.filter())));
    }

    void emptyIndexReturnsNothing()
    {
        const Data d = makeData(100, 8, 1);
        std::vector<ScoredItem> out { { 1, 1.0f } };
        ItemIndex never;
        never.search(d.queries.data(), 10, out);
        QVERIFY(out.empty());

        ItemIndex empty;
        empty.build(d.factors.data(), 0, 8, ItemIndex::Params());
        out = { { 1, 1.0f } };
        empty.search(d.queries.data(), 10, out);
        QVERIFY(out.empty());
        QCOMPARE(empty.bucketCount(), std::size_t(0));

        const AllowSet none(d.items, [](TrackId) { return false; });
        ItemIndex excluded;
        excluded.build(d.factors.data(), d.items, 8, ItemIndex::Params(), none.filter());
        excluded.search(d.queries.data(), 10, out);
        QVERIFY(out.empty());

        ItemIndex full;
        full.build(d.factors.data(), d.items, 8, ItemIndex::Params());
        full.search(d.queries.data(), 0, out);
        QVERIFY(out.empty());
        full.search(d.queries.data(), 10, out, none.filter());
        QVERIFY(out.empty());
    }

    void tiesBreakByLowerId()
    {
        // Four identical vectors and one better one: order is by score, then id.
        const std::vector<float> items = { 1, 0, 2, 0, 1, 0, 1, 0, 1, 0, 0, 1 };
        const float query[2] = { 1.0f, 0.5f };
        ItemIndex index;
        index.build(items.data(), 6, 2, ItemIndex::Params());
        std::vector<ScoredItem> out;
        index.search(query, 4, out);
        QCOMPARE(int(out.size()), 4);
        QCOMPARE(out[0].id, TrackId(1));
        QCOMPARE(out[0].score, 2.0f);
        QCOMPARE(out[1].id, TrackId(0));
        QCOMPARE(out[2].id, TrackId(2));
        QCOMPARE(out[3].id, TrackId(3));
    }

    void copiedFilterTableGivesTheSameResults_data()
    {
        QTest::addColumn<int>("dim");
        QTest::newRow("32 dimensions") << 32;
        QTest::newRow("9 dimensions (audio features)") << 9;
    }
    void copiedFilterTableGivesTheSameResults()
    {
        // Release days in -5..10, scattered over the ids; graphs only, so every check runs in
        // the graph walk that reads the copy.
        QFETCH(int, dim);
        const Data d = makeData(6000, dim, 30);
        std::vector<td::Day> releaseDay(d.items), shifted(d.items);
        for (std::size_t t = 0; t < d.items; ++t) {
            releaseDay[t] = td::Day((t * 7919u) % 16u) - 5;
            shifted[t] = releaseDay[(t + 1) % d.items];
        }
        ItemIndex copied, plain;
        copied.build(d.factors.data(), d.items, dim, graphParams());
        plain.build(d.factors.data(), d.items, dim, graphParams());
        copied.copyFilterTable(releaseDay.data());
        std::vector<ScoredItem> a, b;
        const auto sameAndRespected = [&](const std::vector<td::Day> &table, td::Day day) {
            for (std::size_t q = 0; q < 30; ++q) {
                const float *query = d.queries.data() + q * std::size_t(dim);
                copied.search(query, 40, a, { table.data(), day });
                plain.search(query, 40, b, { table.data(), day });
                if (a.empty() || !identical(a, b))
                    return false;
                for (const auto &item : a) {
                    if (table[item.id] > day)
                        return false;
                }
            }
            return true;
        };
        for (td::Day day : { -3, 0, 4, 10 })
            QVERIFY(sameAndRespected(releaseDay, day));
        // Another table is read itself, not the copy of the first.
        QVERIFY(sameAndRespected(shifted, 2));
        // Copied again after its entries changed (as every day in the pipeline): the new ones.
        releaseDay.swap(shifted);
        copied.copyFilterTable(releaseDay.data());
        QVERIFY(sameAndRespected(releaseDay, 2));
        // Entries far beyond any day (2^25 + 1): the label's high half keeps them whole.
        for (std::size_t t = 0; t < d.items; t += 2)
            releaseDay[t] = td::Day((1 << 25) + 1);
        copied.copyFilterTable(releaseDay.data());
        QVERIFY(sameAndRespected(releaseDay, 2));
        QVERIFY(sameAndRespected(releaseDay, td::Day(1 << 25)));
    }

    void visitTagsWrapAround()
    {
        // 16-bit visit tags wrap after 65,535 graph searches with one scratch. Query B tags its
        // walk with 1, query A then runs 65,534 times elsewhere in the graph, and B runs again
        // right after the wrap, with tag 1 again: unless the wrap clears the tags, B's own
        // old tags hide the nodes its walk needs. One graph, one entry point, a narrow beam.
        const Data d = makeData(2000, 16, 2);
        ItemIndex::Params p = graphParams();
        p.bucketNormRatio = 1e9;
        p.entryPoints = 1;
        p.ef = 1;
        ItemIndex index;
        index.build(d.factors.data(), d.items, 16, p);
        QCOMPARE(index.bucketCount(), std::size_t(1));
        const float *a = d.queries.data(), *b = d.queries.data() + 16;
        std::vector<ScoredItem> freshB, out;
        index.search(b, 10, freshB);
        SearchScratch scratch;
        index.search(b, 10, scratch, out);
        for (int i = 1; i < 65535; ++i)
            index.search(a, 10, scratch, out);
        index.search(b, 10, scratch, out);
        QVERIFY(identical(out, freshB));
    }

    void narrowWalksArePinned_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("16 dimensions") << 16 << quint64(6860265003927707967ull);
        QTest::newRow("9 dimensions (audio features)") << 9 << quint64(4661643990052426111ull);
    }
    void narrowWalksArePinned()
    {
        // Walks with one entry point and a beam of 1 or 4 follow single links, so a graph
        // whose stored links, vectors or labels differ in one place takes other paths. The
        // fingerprints of their results (ids and score bits, 40 walks, release-day filter
        // copied) were taken at main a8e55ed: a change to the graph's storage or walk that
        // claims identical results must keep them.
        QFETCH(int, dim);
        QFETCH(quint64, expected);
        const Data d = makeData(3000, dim, 20);
        std::vector<td::Day> releaseDay(d.items);
        for (std::size_t t = 0; t < d.items; ++t)
            releaseDay[t] = td::Day((t * 7919u) % 7u) - 3;
        ItemIndex::Params p = graphParams();
        p.bucketNormRatio = 1e9;
        p.entryPoints = 1;
        ItemIndex index;
        std::uint64_t fingerprint = 1469598103934665603ull; // FNV-1a
        const auto mix
            = [&](std::uint32_t word) { fingerprint = (fingerprint ^ word) * 1099511628211ull; };
        std::vector<ScoredItem> out;
        for (int ef : { 1, 4 }) {
            p.ef = ef;
            index.build(d.factors.data(), d.items, dim, p);
            index.copyFilterTable(releaseDay.data());
            QCOMPARE(index.bucketCount(), std::size_t(1));
            for (std::size_t q = 0; q < 20; ++q) {
                const td::recsys::ann::ItemFilter allow { releaseDay.data(), td::Day(q % 3) - 1 };
                index.search(d.queries.data() + q * std::size_t(dim), 5, out,
                    q % 2 ? allow : td::recsys::ann::ItemFilter {});
                for (const auto &item : out) {
                    std::uint32_t bits = 0;
                    std::memcpy(&bits, &item.score, sizeof(bits));
                    mix(item.id);
                    mix(bits);
                }
            }
        }
        QCOMPARE(quint64(fingerprint), expected);
    }

    void releaseDayFilter()
    {
        // Six tracks with release days; a track released on the search day is in, one released
        // the day after is not. Item 1 (the best) comes out on day 3, item 4 never before 9.
        const std::vector<float> items = { 1, 0, 3, 0, 2, 0, 1, 1, 5, 0, 0, 1 };
        const std::vector<td::Day> releaseDay = { -10, 3, 0, 2, 9, -1 };
        const float query[2] = { 1.0f, 0.0f };
        ItemIndex index;
        index.build(items.data(), 6, 2, ItemIndex::Params());
        std::vector<ScoredItem> out;
        index.search(query, 6, out, { releaseDay.data(), 2 });
        QCOMPARE(int(out.size()), 4);
        QCOMPARE(out[0].id, TrackId(2)); // 2; then 0, 3 (both 1, lower id first), 5 (0)
        QCOMPARE(out[1].id, TrackId(0));
        QCOMPARE(out[2].id, TrackId(3));
        QCOMPARE(out[3].id, TrackId(5));
        index.search(query, 2, out, { releaseDay.data(), 3 });
        QCOMPARE(int(out.size()), 2);
        QCOMPARE(out[0].id, TrackId(1));
        QCOMPARE(out[1].id, TrackId(2));
        ItemIndex built; // build-time include: released by day 0
        built.build(items.data(), 6, 2, ItemIndex::Params(), { releaseDay.data(), 0 });
        QCOMPARE(built.size(), std::size_t(3));
        built.search(query, 6, out);
        QCOMPARE(int(out.size()), 3);
        QCOMPARE(out[0].id, TrackId(2));
        QCOMPARE(out[1].id, TrackId(0));
        QCOMPARE(out[2].id, TrackId(5));
    }
};
TD_REGISTER_TEST(TestItemIndex)
#include "tst_itemindex.moc"
