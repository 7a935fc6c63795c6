// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/feedbackloop.h"
#include "testregistry.h"

#include "base/rng.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::metrics;

class TestFeedbackLoop : public QObject
{
    Q_OBJECT
private slots:
    void jaccardOfThreeListeners()
    {
        // A = {1,2,3}, B = {2,3,4}, C = {5}: J(A,B) = 2/4, J(A,C) = J(B,C) = 0.
        const std::vector<TrackId> a { 1, 2, 3 }, b { 2, 3, 4 }, c { 5 }, none;
        QCOMPARE(jaccard(a, b), 0.5);
        QCOMPARE(jaccard(a, c), 0.0);
        QCOMPARE(jaccard(a, a), 1.0);
        QCOMPARE(jaccard(a, none), 0.0);
        QVERIFY(std::isnan(jaccard(none, none)));
        // Every pair (3 <= maxPairs): (0.5 + 0 + 0) / 3.
        QCOMPARE(meanPairwiseJaccard({ &a, &b, &c }, 2000, 1), 0.5 / 3.0);
        QVERIFY(std::isnan(meanPairwiseJaccard({ &a }, 2000, 1)));
    }
    void nearestByCosineOnHandPickedVectors()
    {
        // Rows a = (1,0), b = (2,0.2), c = (0,1), d = (0,0), e = (-1,0). Nearest of a: b
        // (cos 0.995); of b: a; of c: b (cos 0.0995 beats a's and e's 0); of e: c (0 beats
        // a's -1 and b's -0.995); d is zero: no partner.
        const std::vector<float> rows { 1, 0, 2, 0.2f, 0, 1, 0, 0, -1, 0 };
        const auto partner = nearestByCosine(rows.data(), 5, 2);
        QCOMPARE(partner.size(), std::size_t(5));
        QCOMPARE(partner[0], std::size_t(1));
        QCOMPARE(partner[1], std::size_t(0));
        QCOMPARE(partner[2], std::size_t(1));
        QCOMPARE(partner[3], kNoPartner);
        QCOMPARE(partner[4], std::size_t(2));
        // A tie (a = (1,1) is as close to b = (1,0) as to c = (0,1)) goes to the lower index.
        const std::vector<float> tie { 1, 1, 1, 0, 0, 1 };
        QCOMPARE(nearestByCosine(tie.data(), 3, 2)[0], std::size_t(1));
        // One non-zero row has no one to pair with.
        const std::vector<float> lonely { 0, 0, 3, 4 };
        const auto alone = nearestByCosine(lonely.data(), 2, 2);
        QCOMPARE(alone[0], kNoPartner);
        QCOMPARE(alone[1], kNoPartner);
    }
    void partnerJaccardAveragesOverPairsThatCount()
    {
        // Sets A = {1,2,3}, B = {2,3,4}, C = {}, D = {}: pairs A->B (0.5), B->A (0.5),
        // C->A (0: one side empty still counts), D->C (both empty: left out), and one listener
        // without a partner: mean (0.5 + 0.5 + 0) / 3.
        const std::vector<std::vector<TrackId>> sets { { 1, 2, 3 }, { 2, 3, 4 }, {}, {}, { 9 } };
        const std::vector<std::size_t> partner { 1, 0, 0, 2, kNoPartner };
        QCOMPARE(meanPartnerJaccard(sets, partner), 1.0 / 3.0);
        QVERIFY(std::isnan(meanPartnerJaccard(sets, { kNoPartner, kNoPartner, 3, 2, kNoPartner })));
    }
    void sampledPairsApproachTheExactMean()
    {
        // 60 listeners in two taste camps: exact mean over 1770 pairs vs 500 sampled pairs.
        std::vector<std::vector<TrackId>> sets(60);
        for (std::size_t i = 0; i < sets.size(); ++i) {
            const TrackId base = i % 2 == 0 ? 0 : 100;
            for (TrackId t = 0; t < 10; ++t)
                sets[i].push_back(base + (t * TrackId(i + 1)) % 20);
            std::sort(sets[i].begin(), sets[i].end());
            sets[i].erase(std::unique(sets[i].begin(), sets[i].end()), sets[i].end());
        }
        std::vector<const std::vector<TrackId> *> ptrs;
        for (const auto &s : sets)
            ptrs.push_back(&s);
        const double exact = meanPairwiseJaccard(ptrs, 1'000'000, 7);
        const double sampled = meanPairwiseJaccard(ptrs, 500, 7);
        QCOMPARE(meanPairwiseJaccard(ptrs, 500, 7), sampled); // same stream, same pairs
        QVERIFY(sampled != meanPairwiseJaccard(ptrs, 500, 8));
        QVERIFY2(std::abs(sampled - exact) < 0.03,
            qPrintable(QStringLiteral("exact %1 sampled %2").arg(exact).arg(sampled)));
    }
    void popularityPercentileIsAMidRank()
    {
        // Appeal 0.1, 0.4, 0.2, 0.4 released on day 0, 0.9 on day 5.
        PopularityRanks ranks({ 0.1f, 0.4f, 0.2f, 0.4f, 0.9f }, { 0, 0, 0, 0, 5 });
        ranks.advanceTo(0);
        QCOMPARE(ranks.releasedCount(), std::size_t(4));
        QCOMPARE(ranks.percentile(0), 0.125); // (0 + ½) / 4
        QCOMPARE(ranks.percentile(2), 0.375); // (1 + ½) / 4
        QCOMPARE(ranks.percentile(1), 0.75); // a tie: (2 + ½·2) / 4
        QCOMPARE(ranks.percentile(3), 0.75);
        QCOMPARE(ranks.percentile(4), 1.0); // not released: above all four
        double mean = 0.0;
        for (TrackId t = 0; t < 4; ++t)
            mean += ranks.percentile(t) / 4.0;
        QCOMPARE(mean, 0.5); // the released catalogue's mean, by construction
        ranks.advanceTo(4);
        QCOMPARE(ranks.releasedCount(), std::size_t(4));
        ranks.advanceTo(5);
        QCOMPARE(ranks.releasedCount(), std::size_t(5));
        QCOMPARE(ranks.percentile(4), 0.9); // (4 + ½) / 5
        QCOMPARE(ranks.percentile(0), 0.1);
    }
    void meanPairwiseCosineByTheSumTrick()
    {
        // (1,0), (0,1), (2,2): cosines 0, 1/√2, 1/√2 -> mean √2/3.
        MeanPairwiseCosine c(2);
        const float a[] = { 1, 0 }, b[] = { 0, 1 }, d[] = { 2, 2 }, zero[] = { 0, 0 };
        c.add(a);
        QVERIFY(std::isnan(c.value()));
        c.add(b);
        c.add(d);
        c.add(zero); // skipped: no direction
        QCOMPARE(c.count(), std::size_t(3));
        QVERIFY(std::abs(c.value() - std::sqrt(2.0) / 3.0) < 1e-12);
        // Brute force over 30 random vectors.
        base::Rng rng(5, base::Purpose::Metrics, 0, 0);
        std::vector<std::array<float, 4>> v(30);
        MeanPairwiseCosine fast(4);
        for (auto &x : v) {
            for (float &f : x)
                f = float(rng.normal());
            fast.add(x.data());
        }
        double sum = 0.0;
        int pairs = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            for (std::size_t j = i + 1; j < v.size(); ++j) {
                double dot = 0, ni = 0, nj = 0;
                for (int k = 0; k < 4; ++k) {
                    dot += double(v[i][k]) * v[j][k];
                    ni += double(v[i][k]) * v[i][k];
                    nj += double(v[j][k]) * v[j][k];
                }
                sum += dot / std::sqrt(ni * nj);
                ++pairs;
            }
        }
        QVERIFY(std::abs(fast.value() - sum / pairs) < 1e-9);
    }
    void averageRanksShareTies()
    {
        const std::vector<double> ranks = averageRanks({ 10, 20, 10, 30, 20 });
        QCOMPARE(ranks, (std::vector<double> { 1.5, 3.5, 1.5, 5.0, 3.5 }));
    }
    void spearmanWithTies()
    {
        // Ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): Σdadb = 4.5, Σda² = 4.5, Σdb² = 5 -> 3/√10.
        QVERIFY(std::abs(spearman({ 1, 2, 2, 3 }, { 1, 3, 2, 4 }) - 3.0 / std::sqrt(10.0)) < 1e-12);
        QCOMPARE(spearman({ 1, 2, 3 }, { 10, 20, 30 }), 1.0);
        QCOMPARE(spearman({ 1, 2, 3 }, { 3, 2, 1 }), -1.0);
        // Monotone transforms do not matter.
        QCOMPARE(spearman({ 0.1, 5, 7 }, { 1, 100, 1000 }), 1.0);
        QVERIFY(std::isnan(spearman({ 1, 1, 1 }, { 1, 2, 3 })));
        QVERIFY(std::isnan(spearman({ 1 }, { 1 })));
    }
    void sampledIndicesAreDistinctSortedAndReproducible()
    {
        const auto a = sampleIndices(100, 10, 42);
        QCOMPARE(a.size(), std::size_t(10));
        QVERIFY(std::is_sorted(a.begin(), a.end()));
        QVERIFY(std::adjacent_find(a.begin(), a.end()) == a.end());
        QVERIFY(a.back() < 100);
        QCOMPARE(sampleIndices(100, 10, 42), a);
        QVERIFY(sampleIndices(100, 10, 43) != a);
        QCOMPARE(sampleIndices(5, 10, 42), (std::vector<std::size_t> { 0, 1, 2, 3, 4 }));
    }
};

TD_REGISTER_TEST(TestFeedbackLoop)
#include "tst_feedbackloop.moc"
