// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "policyfixture.h"
#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/epsilongreedypolicy.h"
#include "recsys/policy/mmr.h"
#include "testregistry.h"

#include <QtTest>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;

namespace {

/// Three items with keys 1.0, 0.9, 0.8; items 0 and 1 point the same way, item 2 elsewhere.
struct ThreeItems
{
    const float vectors[3][2] = { { 1, 0 }, { 1, 0 }, { 0, 1 } };
    std::vector<PolicyCandidate> candidates;
    std::vector<SlateItem> slate;
    PolicyContext context;
    ThreeItems()
    {
        candidates.resize(3);
        for (int i = 0; i < 3; ++i) {
            candidates[std::size_t(i)].diversityVector = vectors[i];
            SlateItem item;
            item.candidate = std::uint32_t(i);
            item.key = 1.0f - 0.1f * float(i);
            slate.push_back(item);
        }
        context.k = 3;
        context.diversityDim = 2;
    }
    std::vector<std::uint32_t> order() const
    {
        std::vector<std::uint32_t> out;
        for (const auto &item : slate)
            out.push_back(item.candidate);
        return out;
    }
};

float oppositeOfOne(const void *, std::size_t a, std::size_t b)
{
    // Callback similarity: items 0 and 2 are near-duplicates, item 1 is unlike both.
    return (a == 0 && b == 2) || (a == 2 && b == 0) ? 1.0f : 0.0f;
}

} // namespace

class TestMmr : public QObject
{
    Q_OBJECT
private slots:
    void handComputed()
    {
        // λ = 0.5, relevance scaled to 1, 0.5, 0. Position 1: item 0 (0.5). Position 2:
        // item 1: 0.25 − 0.5·1 = −0.25, item 2: 0 − 0 = 0 → item 2. Then item 1.
        ThreeItems three;
        MmrScratch first;
        mmrRerank(three.slate.data(), 3, 0.5, three.candidates.data(), three.context, first);
        QCOMPARE(three.order(), (std::vector<std::uint32_t> { 0, 2, 1 }));
        // λ = 0.2: item 1: 0.4 − 0.2 = 0.2 > item 2: 0 → order unchanged.
        ThreeItems mild;
        MmrScratch scratch;
        mmrRerank(mild.slate.data(), 3, 0.2, mild.candidates.data(), mild.context, scratch);
        QCOMPARE(mild.order(), (std::vector<std::uint32_t> { 0, 1, 2 }));
        // The callback takes precedence over the vectors.
        ThreeItems called;
        called.context.similarity = SimilarityCallback { &oppositeOfOne, nullptr };
        mmrRerank(called.slate.data(), 3, 0.5, called.candidates.data(), called.context, scratch);
        QCOMPARE(called.order(), (std::vector<std::uint32_t> { 0, 1, 2 }));
        mmrRerank(called.slate.data(), 3, 0.9, called.candidates.data(), called.context, scratch);
        QCOMPARE(called.order(), (std::vector<std::uint32_t> { 0, 1, 2 }));
        QCOMPARE(mmrSimilarity(called.candidates.data(), called.context, 0, 2), 1.0);
        QCOMPARE(mmrSimilarity(three.candidates.data(), three.context, 0, 1), 1.0);
        QCOMPARE(mmrSimilarity(three.candidates.data(), three.context, 0, 2) + 1.0, 1.0);
    }

    void zeroLambdaKeepsOrder_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::newRow("0") << 0.0;
        QTest::newRow("1e-12") << 1e-12;
    }
    void zeroLambdaKeepsOrder()
    {
        // Through the policies: MMR with λ = 0 (off) and with a λ too small to outweigh any
        // relevance gap gives exactly the policy's own slate, ε-greedy's ties included.
        QFETCH(double, lambda);
        td::test::PolicyFixture fixture(100, 15, 3);
        PolicyScratch scratch;
        std::vector<SlateItem> plain, reranked;
        for (int d = 0; d < 50; ++d) {
            Rng a(1, Purpose::Policy, std::uint64_t(d), 0), b = a;
            EpsilonGreedyPolicy(0.3).select(
                fixture.data(), fixture.size(), fixture.context, a, scratch, plain);
            EpsilonGreedyPolicy(0.3, { lambda, 8 })
                .select(fixture.data(), fixture.size(), fixture.context, b, scratch, reranked);
            for (std::size_t j = 0; j < plain.size(); ++j)
                QCOMPARE(plain[j].candidate, reranked[j].candidate);
        }
        ThreeItems three;
        MmrScratch mmrScratch;
        mmrRerank(
            three.slate.data(), 3, lambda, three.candidates.data(), three.context, mmrScratch);
        QCOMPARE(three.order(), (std::vector<std::uint32_t> { 0, 1, 2 }));
    }

    void fullLambdaMaximisesSpread()
    {
        // λ = 1: relevance only breaks ties; the second item is the least similar to the first.
        td::test::PolicyFixture fixture(50, 10, 4);
        GreedyPolicy greedy({ 1.0, 8 });
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        Rng rng(1, Purpose::Policy, 0, 0);
        greedy.select(fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
        GreedyPolicy plain;
        std::vector<SlateItem> top;
        plain.select(fixture.data(), fixture.size(), fixture.context, rng, scratch, top);
        QCOMPARE(slate[0].candidate, top[0].candidate);
        double lowest = 2.0;
        for (std::size_t j = 1; j < top.size(); ++j)
            lowest = std::min(lowest,
                mmrSimilarity(fixture.data(), fixture.context, top[0].candidate, top[j].candidate));
        QCOMPARE(
            mmrSimilarity(fixture.data(), fixture.context, slate[0].candidate, slate[1].candidate),
            lowest);
        // Same set as greedy (MMR only re-ranks), deterministic: propensity 1; the greedy
        // reference went through the same MMR, so nothing counts as explored.
        for (const auto &item : slate) {
            QCOMPARE(item.propensity, 1.0f);
            QVERIFY(!item.explored);
        }
    }

    void stochasticPolicyPropensitiesAfterMmr()
    {
        // ε-greedy then MMR, on candidates where MMR does reorder the greedy slate (items 0
        // and 1 point the same way): the Monte Carlo propensities must be those of the
        // composed procedure. Checked through the inverse-propensity identity per cell:
        // mean of 1{shown}/p̂ = 1 − (1 − p)^{S+1}, p from the empirical frequency.
        const float vectors[6][2]
            = { { 1, 0 }, { 1, 0.05f }, { 0, 1 }, { -1, 0 }, { 0, -1 }, { 1, 1 } };
        std::vector<PolicyCandidate> candidates(6);
        for (int i = 0; i < 6; ++i) {
            candidates[std::size_t(i)].score = 0.9f - 0.1f * float(i);
            candidates[std::size_t(i)].diversityVector = vectors[i];
        }
        PolicyContext context;
        context.k = 3;
        context.diversityDim = 2;
        const EpsilonGreedyPolicy policy(0.3, { 0.5, 16 });
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        // The greedy slate (0, 1, 2) becomes (0, 2, 1) under MMR.
        {
            const EpsilonGreedyPolicy greedy(0.0, { 0.5, 16 });
            Rng rng(1, Purpose::Policy, 0, 0);
            greedy.select(candidates.data(), 6, context, rng, scratch, slate);
            QCOMPARE(slate[1].candidate, 2u);
        }
        constexpr int draws = 20000;
        std::vector<int> counts(18, 0);
        std::vector<double> inverse(18, 0.0);
        for (int d = 0; d < draws; ++d) {
            Rng rng(9, Purpose::Policy, std::uint64_t(d), 0);
            policy.select(candidates.data(), 6, context, rng, scratch, slate);
            for (int j = 0; j < 3; ++j) {
                const std::size_t cell = slate[std::size_t(j)].candidate * 3 + std::size_t(j);
                ++counts[cell];
                inverse[cell] += 1.0 / double(slate[std::size_t(j)].propensity);
            }
        }
        int checked = 0;
        for (std::size_t cell = 0; cell < 18; ++cell) {
            const double p = double(counts[cell]) / draws;
            if (p < 0.05)
                continue;
            const double target = 1.0 - std::pow(1.0 - p, 17);
            const double ips = inverse[cell] / draws;
            QVERIFY2(std::abs(ips - target) < 5.0 * std::sqrt((1.0 - p) / (p * draws)) + 0.02,
                qPrintable(QStringLiteral("cell %1: %2 vs %3").arg(cell).arg(ips).arg(target)));
            ++checked;
        }
        QVERIFY(checked >= 6);
    }
};

TD_REGISTER_TEST(TestMmr)
#include "tst_mmr.moc"
