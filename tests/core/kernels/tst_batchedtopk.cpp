// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "base/threadpool.h"
#include "recsys/kernels/batchedtopk.h"
#include "recsys/kernels/dotkernel.h"

#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <set>
#include <vector>

using namespace td::recsys::kernels;

namespace {

struct World
{
    int dim = 0;
    std::size_t users = 0, items = 0;
    std::vector<float> x, y;
    std::vector<std::uint32_t> tieRank;
    std::vector<std::set<std::uint32_t>> seen;
};

/// Users and items whose norms spread `spread`× (so the norm bound prunes), a few items that
/// are exact copies of others (equal scores: the tie rank decides), tie ranks that are not
/// the item order, and a random "already seen" set per user. With `clusters` > 0, users and
/// items lie close to a few directions, so the best scores come close to the Cauchy–Schwarz
/// bound ‖x‖‖y‖: a bound that were even a few percent too tight would prune an answer away.
World makeWorld(int dim, std::size_t users, std::size_t items, double spread, std::uint64_t seed,
    int clusters = 0)
{
    World w;
    w.dim = dim;
    w.users = users;
    w.items = items;
    td::base::Rng rng(seed, td::base::Purpose::Model, 2, 0);
    w.x.resize(users * std::size_t(dim));
    w.y.resize(items * std::size_t(dim));
    std::vector<double> centre(std::size_t(std::max(clusters, 1)) * std::size_t(dim));
    for (double &c : centre)
        c = clusters > 0 ? rng.normal() * 4.0 : 0.0;
    const double noise = clusters > 0 ? 0.8 : 1.0;
    auto draw = [&](float *v, double scale) {
        const std::size_t c = clusters > 0 ? rng.below(std::uint32_t(clusters)) : 0;
        for (int d = 0; d < dim; ++d)
            v[d] = float(
                scale * (centre[c * std::size_t(dim) + std::size_t(d)] + noise * rng.normal()));
    };
    for (std::size_t u = 0; u < users; ++u)
        draw(w.x.data() + u * std::size_t(dim), std::pow(spread, rng.uniform()));
    for (std::size_t i = 0; i < items; ++i)
        draw(w.y.data() + i * std::size_t(dim), std::pow(spread, rng.uniform() * rng.uniform()));
    // Every 7th item copies item i/2 (same vector, same norm, same scores).
    for (std::size_t i = 7; i < items; i += 7)
        std::copy_n(w.y.begin() + std::ptrdiff_t(i / 2 * std::size_t(dim)), dim,
            w.y.begin() + std::ptrdiff_t(i * std::size_t(dim)));
    w.tieRank.resize(items);
    std::iota(w.tieRank.begin(), w.tieRank.end(), 0u);
    std::reverse(w.tieRank.begin(), w.tieRank.end()); // later items win ties
    w.seen.resize(users);
    for (std::size_t u = 0; u < users; ++u) {
        const std::uint32_t n = rng.below(std::uint32_t(std::min<std::size_t>(items, 30)));
        for (std::uint32_t j = 0; j < n; ++j)
            w.seen[u].insert(rng.below(std::uint32_t(items)));
    }
    return w;
}

using Answer = std::vector<std::vector<ItemScore>>;

/// Every pair scored with dotSequential, seen items left out, sorted by (score desc, tie
/// rank asc), NaN never kept, first k.
Answer bruteForce(const World &w, std::size_t k)
{
    Answer out(w.users);
    for (std::size_t u = 0; u < w.users; ++u) {
        std::vector<ItemScore> all;
        for (std::uint32_t i = 0; i < w.items; ++i) {
            if (w.seen[u].count(i))
                continue;
            const float s = dotSequential(
                w.x.data() + u * std::size_t(w.dim), w.y.data() + i * std::size_t(w.dim), w.dim);
            if (!std::isnan(s))
                all.push_back({ i, s });
        }
        std::sort(all.begin(), all.end(), [&](const ItemScore &a, const ItemScore &b) {
            return a.score != b.score ? a.score > b.score : w.tieRank[a.item] < w.tieRank[b.item];
        });
        all.resize(std::min(k, all.size()));
        out[u] = all;
    }
    return out;
}

Answer batched(const World &w, std::size_t k, Isa isa, bool prune, td::base::ThreadPool *pool,
    BatchedTopK::Stats *stats = nullptr)
{
    const BatchedTopK topk(w.y.data(), w.items, w.dim, w.tieRank);
    Answer out(w.users);
    BatchedTopK::Params params;
    params.k = k;
    params.isa = isa;
    params.prune = prune;
    const BatchedTopK::Stats s = topk.run(
        w.x.data(), w.users, std::size_t(w.dim), params,
        [&](std::size_t u, std::uint32_t item) { return w.seen[u].count(item) > 0; },
        [&](std::size_t u, const ItemScore *best, std::size_t n) { out[u].assign(best, best + n); },
        pool);
    if (stats)
        *stats = s;
    return out;
}

/// Same ids, and scores equal bit for bit.
bool same(const Answer &a, const Answer &b, QString &why)
{
    if (a.size() != b.size()) {
        why = QStringLiteral("user counts differ");
        return false;
    }
    for (std::size_t u = 0; u < a.size(); ++u) {
        if (a[u].size() != b[u].size()) {
            why = QStringLiteral("user %1: %2 vs %3 items")
                      .arg(u)
                      .arg(a[u].size())
                      .arg(b[u].size());
            return false;
        }
        for (std::size_t r = 0; r < a[u].size(); ++r) {
            if (a[u][r].item != b[u][r].item
                || std::memcmp(&a[u][r].score, &b[u][r].score, sizeof(float)) != 0) {
                why = QStringLiteral("user %1 rank %2: item %3 (%4) vs item %5 (%6)")
                          .arg(u)
                          .arg(r + 1)
                          .arg(a[u][r].item)
                          .arg(double(a[u][r].score), 0, 'g', 9)
                          .arg(b[u][r].item)
                          .arg(double(b[u][r].score), 0, 'g', 9);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestBatchedTopK : public QObject
{
    Q_OBJECT
private slots:
    void equalsBruteForce_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("spread");
        QTest::addColumn<int>("clusters");
        QTest::newRow("64 factors, norms 100x, k 10") << 64 << 700 << 3000 << 10 << 100.0 << 0;
        QTest::newRow("clustered: scores near the bound") << 32 << 500 << 2000 << 10 << 3.0 << 6;
        QTest::newRow("clustered, k 1") << 16 << 300 << 1500 << 1 << 1.5 << 3;
        QTest::newRow("same norms, k 10") << 64 << 300 << 1000 << 10 << 1.0 << 0;
        QTest::newRow("k 1") << 16 << 250 << 500 << 1 << 30.0 << 0;
        QTest::newRow("k beyond the catalogue") << 8 << 50 << 40 << 100 << 10.0 << 0;
        QTest::newRow("dim 5, odd sizes") << 5 << 61 << 333 << 7 << 50.0 << 0;
        QTest::newRow("one item") << 4 << 9 << 1 << 3 << 1.0 << 0;
    }
    void equalsBruteForce()
    {
        QFETCH(int, dim);
        QFETCH(int, users);
        QFETCH(int, items);
        QFETCH(int, k);
        QFETCH(double, spread);
        QFETCH(int, clusters);
        const World w
            = makeWorld(dim, std::size_t(users), std::size_t(items), spread, 11, clusters);
        const Answer expected = bruteForce(w, std::size_t(k));
        td::base::ThreadPool two(2);
        QString why;
        for (const Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            if (!isaAvailable(isa))
                continue;
            for (const bool prune : { true, false }) {
                for (td::base::ThreadPool *pool :
                    { static_cast<td::base::ThreadPool *>(nullptr), &two }) {
                    const Answer got = batched(w, std::size_t(k), isa, prune, pool);
                    QVERIFY2(same(got, expected, why),
                        qPrintable(QLatin1String(isaName(isa))
                            + (prune ? QStringLiteral(" pruned, ") : QStringLiteral(" full, "))
                            + (pool ? QStringLiteral("2 threads: ") : QStringLiteral("serial: "))
                            + why));
                }
            }
        }
    }

    void pruningSkipsWorkWhenNormsSpread()
    {
        // With item norms spread 100x, most blocks cannot beat the k-th score: the test above
        // must therefore have exercised the pruning, not only the full scan.
        const World w = makeWorld(64, 700, 3000, 100.0, 11);
        BatchedTopK::Stats pruned, full;
        batched(w, 10, bestIsa(), true, nullptr, &pruned);
        batched(w, 10, bestIsa(), false, nullptr, &full);
        QCOMPARE(full.pairsTotal, std::uint64_t(700) * 3000);
        QVERIFY(full.pairsScored >= full.pairsTotal);
        QVERIFY2(pruned.pairsScored < full.pairsScored / 2,
            qPrintable(QStringLiteral("%1 of %2").arg(pruned.pairsScored).arg(full.pairsScored)));
    }

    void boundIsNotTooTight()
    {
        // The first panel (256 items of norm 1.0) lies at cos 0.9999 to the user: its scores
        // fill the top 16 with 0.9999. The next panel holds one item (256) of norm 0.99995 exactly
        // along the user, score 0.99995: it must win although its block's norm is smaller. A
        // bound 0.01 % too tight (0.99995 · 0.9999 < 0.9999) would skip that panel.
        std::vector<float> items;
        const double c = 0.9999, s = std::sqrt(1.0 - c * c);
        for (int i = 0; i < 256; ++i) {
            items.push_back(float(c));
            items.push_back(float(i % 2 ? s : -s));
        }
        items.push_back(0.99995f);
        items.push_back(0.0f);
        for (int i = 0; i < 15; ++i) {
            items.push_back(0.001f);
            items.push_back(0.0f);
        }
        const BatchedTopK topk(items.data(), 272, 2);
        const std::vector<float> user { 1.0f, 0.0f };
        for (const Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            if (!isaAvailable(isa))
                continue;
            std::vector<ItemScore> got;
            BatchedTopK::Params params;
            params.k = 16;
            params.isa = isa;
            const BatchedTopK::Stats stats = topk.run(user.data(), 1, 2, params, {},
                [&](std::size_t, const ItemScore *best, std::size_t n) {
                    got.assign(best, best + n);
                });
            QCOMPARE(got.size(), std::size_t(16));
            QCOMPARE(got[0].item, 256u);
            QCOMPARE(got[0].score, 0.99995f);
            QCOMPARE(stats.pairsScored, std::uint64_t(272)); // both panels were needed
        }
    }

    void tiesGoToTheSmallerTieRank()
    {
        // Three identical items: the user sees all three with equal scores; tie ranks 2, 0, 1
        // order them 1, 2, 0. Item 3 is better but excluded.
        const std::vector<float> items { 1, 0, 1, 0, 1, 0, 5, 0 };
        const BatchedTopK topk(items.data(), 4, 2, { 2, 0, 1, 3 });
        const std::vector<float> user { 2, 1 };
        std::vector<ItemScore> got;
        BatchedTopK::Params params;
        params.k = 3;
        topk.run(
            user.data(), 1, 2, params, [](std::size_t, std::uint32_t item) { return item == 3; },
            [&](std::size_t, const ItemScore *best, std::size_t n) { got.assign(best, best + n); });
        QCOMPARE(got.size(), std::size_t(3));
        QCOMPARE(got[0].item, 1u);
        QCOMPARE(got[1].item, 2u);
        QCOMPARE(got[2].item, 0u);
        QCOMPARE(got[0].score, 2.0f);
    }

    void nanScoresAreNeverReturned()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const std::vector<float> items { 1, 0, nan, 0, 0, 1 };
        const BatchedTopK topk(items.data(), 3, 2);
        const std::vector<float> user { 1, 1 };
        std::vector<ItemScore> got;
        BatchedTopK::Params params;
        params.k = 3;
        topk.run(user.data(), 1, 2, params, {},
            [&](std::size_t, const ItemScore *best, std::size_t n) { got.assign(best, best + n); });
        QCOMPARE(got.size(), std::size_t(2));
        QCOMPARE(got[0].item, 0u); // ties by item index without tie ranks
        QCOMPARE(got[1].item, 2u);
    }
};
TD_REGISTER_TEST(TestBatchedTopK)
#include "tst_batchedtopk.moc"
