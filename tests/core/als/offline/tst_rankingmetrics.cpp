// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/interactionmatrix.h"
#include "recsys/als/offline/rankingmetrics.h"
#include "recsys/als/offline/topk.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td::recsys;
using namespace td::recsys::offline;

namespace {

std::vector<ScoredItem> list(std::initializer_list<std::uint32_t> items)
{
    std::vector<ScoredItem> out;
    for (std::uint32_t i : items)
        out.push_back(ScoredItem { i, 0.0 });
    return out;
}

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestRankingMetrics : public QObject
{
    Q_OBJECT
private slots:
    void handComputedCase()
    {
        // K = 3.
        // A: relevant {1, 4, 7}, list (4, 2, 7): hits at ranks 1 and 3, m = 3.
        // B: relevant {9}, list (1, 9): hit at rank 2, m = 1.
        // C: no relevant item: not counted.
        // D: relevant {5, 6, 8, 10}, no list: zeros, counted (m = 3).
        const RecommendationLists lists { list({ 4, 2, 7 }), list({ 1, 9 }), list({ 3 }) };
        const std::vector<std::vector<std::uint32_t>> relevant { { 1, 4, 7 }, { 9 }, {},
            { 5, 6, 8, 10 } };
        const RankingScores s = evaluateRanking(lists, relevant, 3);
        QCOMPARE(s.users, std::size_t(3));
        // recall: A 2/3, B 1/1, D 0.
        QVERIFY(close(s.recall, (2.0 / 3.0 + 1.0 + 0.0) / 3.0));
        // precision: A 2/3, B 1/3, D 0.
        QVERIFY(close(s.precision, (2.0 / 3.0 + 1.0 / 3.0) / 3.0));
        // NDCG: A (1 + 1/2) / (1 + 1/log2(3) + 1/2) = 0.703918..., B (1/log2(3)) / 1.
        const double ndcgA = 1.5 / (1.5 + 1.0 / std::log2(3.0));
        const double ndcgB = 1.0 / std::log2(3.0);
        QVERIFY(close(ndcgA, 0.7039180890341347));
        QVERIFY(close(s.ndcg, (ndcgA + ndcgB) / 3.0));
        // AP: A (1/1 + 2/3) / 3 = 5/9, B (1/2) / 1.
        QVERIFY(close(s.map, (5.0 / 9.0 + 0.5) / 3.0));
    }

    void perfectAndEdgeLists()
    {
        // More relevant items than K: a perfect list still scores 1 (m = min(K, |T|)).
        const RankingScores perfect = scoreUser(list({ 3, 1, 2 }), { 1, 2, 3, 4, 5 }, 3);
        QCOMPARE(perfect.recall, 1.0);
        QCOMPARE(perfect.precision, 1.0);
        QVERIFY(close(perfect.ndcg, 1.0));
        QCOMPARE(perfect.map, 1.0);
        // A list longer than K is cut at K; duplicates count once.
        const RankingScores cut = scoreUser(list({ 8, 8, 9, 1 }), { 1, 8 }, 3);
        QCOMPARE(cut.recall, 0.5);
        QVERIFY(close(cut.precision, 1.0 / 3.0));
        QCOMPARE(cut.map, 0.5);
        QCOMPARE(scoreUser(list({ 1 }), {}, 3).users, std::size_t(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scoreUser(list({ 1 }), { 1 }, 0));
    }

    void popularBaselineRanksByUsersThenId()
    {
        // 4 users × 5 items. Users per item: 0→1, 1→3, 2→2, 3→2, 4→0.
        const als::InteractionMatrix seen = als::InteractionMatrix::fromTriplets(4, 5,
            { { 0, 1, 1, 1 }, { 1, 1, 9, 1 }, { 2, 1, 1, 1 }, { 0, 2, 1, 1 }, { 1, 3, 1, 1 },
                { 3, 2, 1, 1 }, { 2, 3, 1, 1 }, { 3, 0, 1, 1 } });
        // Ties by id rank: item 3 ranks before item 2 here.
        const std::vector<std::uint32_t> ties { 0, 1, 3, 2, 4 };
        const RecommendationLists lists = recommendPopular(seen, 3, ties);
        auto items = [](const std::vector<ScoredItem> &l) {
            std::vector<std::uint32_t> out;
            for (const ScoredItem &s : l)
                out.push_back(s.item);
            return out;
        };
        // Chart: 1 (3 users), 3 (2), 2 (2), 0 (1), 4 (0).
        QCOMPARE(items(lists[0]), (std::vector<std::uint32_t> { 3, 0, 4 }));
        QCOMPARE(items(lists[1]), (std::vector<std::uint32_t> { 2, 0, 4 }));
        QCOMPARE(items(lists[3]), (std::vector<std::uint32_t> { 1, 3, 4 }));
        QCOMPARE(lists[0][0].score, 2.0);
    }

    void alsTopKExcludesSeenAndBreaksTiesById()
    {
        als::AlsParams params;
        params.factors = 2;
        als::ImplicitAls model(params);
        als::FactorMatrix users(1, 2), items(4, 2);
        users << 1, 0;
        items << 0.5f, 0, 0.9f, 0, 0.5f, 1, 0.1f, 0;
        model.setFactors(users, items);
        const als::InteractionMatrix seen
            = als::InteractionMatrix::fromTriplets(1, 4, { { 0, 1, 2, 1 } });
        // Items 0 and 2 tie at 0.5; id ranks put 2 first.
        const RecommendationLists lists = recommendAls(model, seen, 2, { 3, 0, 1, 2 });
        QCOMPARE(lists[0].size(), std::size_t(2));
        QCOMPARE(lists[0][0].item, 2u);
        QCOMPARE(lists[0][1].item, 0u);
        QCOMPARE(lists[0][0].score, 0.5);
        QCOMPARE(recommendAls(model, seen, 10, { 0, 1, 2, 3 })[0].size(), std::size_t(3));
    }
};
TD_REGISTER_TEST(TestRankingMetrics)
#include "tst_rankingmetrics.moc"
