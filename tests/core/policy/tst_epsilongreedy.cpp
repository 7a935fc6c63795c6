// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "policyfixture.h"
#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/epsilongreedypolicy.h"
#include "testregistry.h"

#include <QtTest>

#include <map>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;

namespace {

/// Candidates a, b, c, d with scores 0.9, 0.7, 0.5, 0.3 (stored in the order c, a, d, b, so
/// that candidate order and score order differ).
struct FourCandidates
{
    std::vector<PolicyCandidate> candidates;
    static constexpr std::uint32_t kA = 1, kB = 3, kC = 0, kD = 2;
    FourCandidates()
    {
        const float scores[] = { 0.5f, 0.9f, 0.3f, 0.7f };
        for (int i = 0; i < 4; ++i) {
            PolicyCandidate c;
            c.track = td::TrackId(i);
            c.score = scores[i];
            candidates.push_back(c);
        }
    }
};

} // namespace

class TestEpsilonGreedyPolicy : public QObject
{
    Q_OBJECT
private slots:
    void handComputedFourCandidates_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("0.2") << 0.2;
        QTest::newRow("1") << 1.0;
    }
    void handComputedFourCandidates()
    {
        // Greedy slate (a, b), pool {c, d}, M = 2, K = 2:
        //   slot 1: a 1 − ε, b 0, c ε/2, d ε/2;
        //   slot 2: a ε(1 − ε), b (1 − ε)², c and d ε/2 each: (1 − ε)·ε/2 after a greedy slot 1
        //   plus ε·(1/2)·ε·1 after exploring the other one at slot 1.
        QFETCH(double, epsilon);
        const double e = epsilon;
        FourCandidates four;
        EpsilonGreedyPolicy policy(e);
        PolicyContext context;
        context.k = 2;
        PolicyScratch scratch;
        std::vector<double> m;
        Rng unused(0, Purpose::Policy, 0, 0);
        policy.marginals(four.candidates.data(), 4, context, unused, scratch, 1, m);
        auto at = [&](std::uint32_t i, int j) { return m[i * 2 + std::size_t(j)]; };
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-12; };
        QVERIFY(near(at(FourCandidates::kA, 0), 1 - e));
        QVERIFY(near(at(FourCandidates::kB, 0), 0.0));
        QVERIFY(near(at(FourCandidates::kC, 0), e / 2));
        QVERIFY(near(at(FourCandidates::kD, 0), e / 2));
        QVERIFY(near(at(FourCandidates::kA, 1), e * (1 - e)));
        QVERIFY(near(at(FourCandidates::kB, 1), (1 - e) * (1 - e)));
        QVERIFY(near(at(FourCandidates::kC, 1), e / 2));
        QVERIFY(near(at(FourCandidates::kD, 1), e / 2));

        // Every realised slate logs exactly those numbers.
        std::vector<SlateItem> slate;
        std::map<std::pair<std::uint32_t, int>, int> seen;
        for (int d = 0; d < 4000; ++d) {
            Rng rng(1, Purpose::Policy, std::uint64_t(d), 0);
            policy.select(four.candidates.data(), 4, context, rng, scratch, slate);
            for (int j = 0; j < 2; ++j) {
                QVERIFY(std::abs(double(slate[std::size_t(j)].propensity)
                            - at(slate[std::size_t(j)].candidate, j))
                    < 1e-7);
                ++seen[{ slate[std::size_t(j)].candidate, j }];
            }
        }
        // And the frequencies follow them (4000 draws: 5 standard errors).
        for (const auto &[cell, count] : seen) {
            const double p = at(cell.first, cell.second);
            QVERIFY(std::abs(count / 4000.0 - p) < 5 * std::sqrt(p * (1 - p) / 4000) + 1e-9);
        }
    }

    void poolExhaustion()
    {
        // n = 3, K = 2, ε = 1: the only pool item (d: lowest score) takes slot 1, then the empty
        // pool forces greedy a at slot 2.
        std::vector<PolicyCandidate> c(3);
        c[0].score = 0.9f;
        c[1].score = 0.8f;
        c[2].score = 0.1f;
        EpsilonGreedyPolicy policy(1.0);
        PolicyContext context;
        context.k = 2;
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        Rng rng(4, Purpose::Policy, 0, 0);
        policy.select(c.data(), 3, context, rng, scratch, slate);
        QCOMPARE(slate[0].candidate, 2u);
        QCOMPARE(slate[1].candidate, 0u);
        QCOMPARE(slate[0].propensity, 1.0f);
        QCOMPARE(slate[1].propensity, 1.0f);
        QVERIFY(slate[0].explored && slate[0].offGreedy);
        QVERIFY(slate[1].explored && !slate[1].offGreedy); // a moved from slot 1 to slot 2
    }

    void zeroEpsilonIsGreedy()
    {
        td::test::PolicyFixture fixture(200, 20, 5);
        EpsilonGreedyPolicy epsilon(0.0);
        GreedyPolicy greedy;
        QVERIFY(!epsilon.isStochastic());
        PolicyScratch scratch;
        std::vector<SlateItem> a, b;
        for (int day = 0; day < 20; ++day) {
            Rng rngA(8, Purpose::Policy, 1, day), rngB(8, Purpose::Policy, 1, day);
            epsilon.select(fixture.data(), fixture.size(), fixture.context, rngA, scratch, a);
            greedy.select(fixture.data(), fixture.size(), fixture.context, rngB, scratch, b);
            for (std::size_t j = 0; j < a.size(); ++j) {
                QCOMPARE(a[j].candidate, b[j].candidate);
                QCOMPARE(a[j].propensity, 1.0f);
                QVERIFY(!a[j].explored);
            }
            // ε = 0 draws nothing.
            QCOMPARE(rngA(), Rng(8, Purpose::Policy, 1, day)());
        }
    }

    void greedyIsTopKByScore()
    {
        td::test::PolicyFixture fixture(50, 10, 6);
        GreedyPolicy greedy;
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        Rng rng(1, Purpose::Policy, 0, 0);
        greedy.select(fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
        std::vector<float> scores;
        for (const auto &c : fixture.candidates)
            scores.push_back(c.score);
        std::sort(scores.begin(), scores.end(), std::greater<float>());
        for (std::size_t j = 0; j < slate.size(); ++j) {
            QCOMPARE(fixture.candidates[slate[j].candidate].score, scores[j]);
            QCOMPARE(slate[j].key, scores[j]);
        }
    }
};

TD_REGISTER_TEST(TestEpsilonGreedyPolicy)
#include "tst_epsilongreedy.moc"
