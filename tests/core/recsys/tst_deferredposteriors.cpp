// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The ALS item posteriors are built only when a policy reads them (UCB, Thompson): a retrain
// for policies that do not keeps its item-user matrix instead, and the first day a policy
// needs them builds them from it, bit for bit what the retrain would have built.
#include "servingfixture.h"
#include "testregistry.h"

#include <QtTest>

#include <cstring>

using namespace td;

namespace {

/// The fixture's two overlapping listeners (tracks 0–9 and 5–14 of 40), as in
/// tst_collaborativeindex, and a retrain that builds the posteriors now or keeps the matrix.
void trainFixture(test::ServingFixture &f, bool itemPosteriorsNow)
{
    f.streamOverlappingListeners();
    recsys::AlsModelParams als;
    als.factors = 4;
    als.regularization = 0.1;
    als.iterations = 10;
    f.collaborative.retrain(
        f.evidence, f.day, f.catalog.trackCount(), als, nullptr, f.timings, itemPosteriorsNow);
}

/// Every track's item variance along both listeners' vectors, as raw bits.
std::vector<double> variances(const test::ServingFixture &f)
{
    std::vector<double> out;
    for (ListenerId l : { 0u, 1u })
        for (TrackId t = 0; t < 40; ++t)
            out.push_back(
                f.collaborative.itemPosteriors().variance(t, f.collaborative.userVector(l)));
    return out;
}

} // namespace

class TestDeferredPosteriors : public QObject
{
    Q_OBJECT

private slots:
    void deferredPosteriorsAreTheRetrainsOwn()
    {
        test::ServingFixture now, later;
        trainFixture(now, true);
        trainFixture(later, false);
        QVERIFY(!now.collaborative.holdsItemUsers());
        QCOMPARE(now.collaborative.itemPosteriors().factors(), 4);
        QVERIFY(later.collaborative.holdsItemUsers());
        QCOMPARE(later.collaborative.itemPosteriors().factors(), 0); // not built
        // A day whose policies do not read them, and no retrain tonight: still kept, unbuilt.
        later.collaborative.prepareItemPosteriors(false, false, nullptr, later.timings);
        QVERIFY(later.collaborative.holdsItemUsers());
        QCOMPARE(later.collaborative.itemPosteriors().factors(), 0);
        // A day whose policy reads them: built from the kept matrix, which is given back.
        later.collaborative.prepareItemPosteriors(true, false, nullptr, later.timings);
        QVERIFY(!later.collaborative.holdsItemUsers());
        QCOMPARE(later.collaborative.itemPosteriors().factors(), 4);
        const std::vector<double> a = variances(now), b = variances(later);
        QCOMPARE(a.size(), b.size());
        QCOMPARE(std::memcmp(a.data(), b.data(), a.size() * sizeof(double)), 0);
        QVERIFY(a[0] > 0.0 && a[0] != a[20]); // trained and untrained tracks differ
        // Asked again: nothing to do, nothing changes.
        later.collaborative.prepareItemPosteriors(true, false, nullptr, later.timings);
        QCOMPARE(std::memcmp(variances(later).data(), b.data(), b.size() * sizeof(double)), 0);
    }

    /// A day that ends with a retrain is the last that could read the kept matrix: the
    /// matrix is given back and the posteriors stay unbuilt until a policy needs them after
    /// the next retrain.
    void theKeptMatrixIsGivenBackWhenARetrainIsDue()
    {
        test::ServingFixture f;
        trainFixture(f, false);
        f.collaborative.prepareItemPosteriors(false, true, nullptr, f.timings);
        QVERIFY(!f.collaborative.holdsItemUsers());
        QCOMPARE(f.collaborative.itemPosteriors().factors(), 0);
        f.collaborative.prepareItemPosteriors(true, false, nullptr, f.timings);
        QCOMPARE(f.collaborative.itemPosteriors().factors(), 0); // nothing left to build from
    }
};
TD_REGISTER_TEST(TestDeferredPosteriors)

#include "tst_deferredposteriors.moc"
