// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/topk.h"
#include "recsys/kernels/dotkernel.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cstring>
#include <numeric>

using namespace td::recsys;

namespace {

/// 400 users × 900 items, 5..40 items per user from a power law, fitted for 4 iterations.
struct Fitted
{
    als::InteractionMatrix seen;
    als::ImplicitAls model;
    std::vector<std::uint32_t> tieRank;
};

Fitted fitted()
{
    Fitted f;
    std::vector<als::Triplet> triplets;
    for (std::uint32_t u = 0; u < 400; ++u) {
        td::base::Rng rng(5, td::base::Purpose::Model, u, 0);
        std::vector<std::uint32_t> items;
        const std::uint32_t n = 5 + rng.below(36);
        while (items.size() < n) {
            const auto i = std::uint32_t(900.0 * rng.uniform() * rng.uniform());
            if (std::find(items.begin(), items.end(), i) == items.end())
                items.push_back(i);
        }
        for (std::uint32_t i : items)
            triplets.push_back({ u, i, float(1 + rng.below(20)), 1.0f });
    }
    f.seen = als::InteractionMatrix::fromTriplets(400, 900, triplets);
    als::AlsParams params;
    params.factors = 24;
    params.iterations = 4;
    params.regularization = 1.0f;
    f.model = als::ImplicitAls(params);
    f.model.fit(f.seen);
    // Tie ranks that are not the index order.
    f.tieRank.resize(900);
    for (std::uint32_t i = 0; i < 900; ++i)
        f.tieRank[i] = (i * 7u) % 900u;
    return f;
}

} // namespace

class TestAlsTopK : public QObject
{
    Q_OBJECT
private slots:
    void equalsBruteForceAndExcludesTraining()
    {
        const Fitted f = fitted();
        const std::size_t k = 10;
        td::base::ThreadPool two(2);
        const offline::RecommendationLists got
            = offline::recommendAls(f.model, f.seen, k, f.tieRank, &two);
        QCOMPARE(got.size(), std::size_t(400));
        const int dim = f.model.factors();
        for (std::size_t u = 0; u < 400; ++u) {
            std::vector<std::pair<float, std::uint32_t>> all;
            const als::EntrySpan row = f.seen.row(u);
            for (std::uint32_t i = 0; i < 900; ++i) {
                const bool has = std::any_of(
                    row.begin(), row.end(), [&](const als::Entry &e) { return e.index == i; });
                if (!has)
                    all.emplace_back(
                        kernels::dotSequential(f.model.userFactors().row(Eigen::Index(u)).data(),
                            f.model.itemFactors().row(Eigen::Index(i)).data(), dim),
                        i);
            }
            std::sort(all.begin(), all.end(), [&](const auto &a, const auto &b) {
                return a.first != b.first ? a.first > b.first
                                          : f.tieRank[a.second] < f.tieRank[b.second];
            });
            QCOMPARE(got[u].size(), k);
            for (std::size_t r = 0; r < k; ++r) {
                QCOMPARE(got[u][r].item, all[r].second);
                const float score = float(got[u][r].score);
                QVERIFY(std::memcmp(&score, &all[r].first, sizeof score) == 0);
                QVERIFY(!std::any_of(row.begin(), row.end(),
                    [&](const als::Entry &e) { return e.index == got[u][r].item; }));
            }
        }
        // Serial, portable and unpruned runs agree with it exactly.
        kernels::BatchedTopK::Params plain;
        plain.k = k;
        plain.isa = kernels::Isa::Portable;
        plain.prune = false;
        const offline::RecommendationLists serial
            = offline::recommendAls(f.model, f.seen, f.tieRank, plain, nullptr);
        for (std::size_t u = 0; u < 400; ++u) {
            for (std::size_t r = 0; r < k; ++r) {
                QCOMPARE(serial[u][r].item, got[u][r].item);
                QCOMPARE(serial[u][r].score, got[u][r].score);
            }
        }
    }

    void usersAndItemsBeyondTheModel()
    {
        const Fitted f = fitted();
        // A seen matrix with 3 extra users and 5 extra items: they get no list / never appear.
        const als::InteractionMatrix wider = f.seen.padded(403, 905);
        std::vector<std::uint32_t> ranks(905);
        std::iota(ranks.begin(), ranks.end(), 0u);
        const offline::RecommendationLists got = offline::recommendAls(f.model, wider, 5, ranks);
        QCOMPARE(got.size(), std::size_t(403));
        QVERIFY(got[402].empty());
        for (std::size_t u = 0; u < 400; ++u) {
            QCOMPARE(got[u].size(), std::size_t(5));
            for (const offline::ScoredItem &s : got[u])
                QVERIFY(s.item < 900);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            offline::recommendAls(f.model, wider, 5, std::vector<std::uint32_t>(10)));
    }
};
TD_REGISTER_TEST(TestAlsTopK)
#include "tst_topk.moc"
