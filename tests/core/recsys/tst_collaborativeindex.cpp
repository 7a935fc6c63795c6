// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The ALS retrieval index holds the tracks the last fit trained, nothing else (simulation
// model 7): an untrained track's factors only decay from the random start towards 0, so its
// score is noise, and at 200,000 tracks those tracks were most of the index build.
#include "recsys/ann/itemindex.h"
#include "recsys/ann/syntheticfactors.h"
#include "recsys/pipeline/laggedindex.h"
#include "servingfixture.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <limits>
#include <set>

using namespace td;
using td::recsys::ItemIndex;
using td::recsys::LaggedIndex;
using td::recsys::ScoredItem;

namespace {

std::set<TrackId> ids(const std::vector<ScoredItem> &hits)
{
    std::set<TrackId> out;
    for (const ScoredItem &h : hits)
        out.insert(h.id);
    return out;
}

} // namespace

class TestCollaborativeIndex : public QObject
{
    Q_OBJECT

private slots:
    /// Two listeners stream tracks 0–9 and 5–14 of a 40-track catalogue: after the fit, the
    /// index holds exactly those 15 tracks, and an exhaustive search returns them and only them
    /// (before model 7 it returned all 40: the other 25 scoring ~0).
    void indexHoldsTheTrainedTracksOnly()
    {
        test::ServingFixture f;
        f.streamOverlappingListeners();
        f.fit();
        const ItemIndex &index = f.collaborative.index();
        QCOMPARE(index.size(), std::size_t(15));
        std::set<TrackId> trained;
        for (TrackId t = 0; t < 15; ++t)
            trained.insert(t);
        for (ListenerId l : { 0u, 1u }) {
            std::vector<ScoredItem> all, exact;
            index.search(f.collaborative.userVector(l), 40, all);
            index.exactSearch(f.collaborative.userVector(l), 40, exact);
            QCOMPARE(ids(all), trained);
            QCOMPARE(ids(exact), trained);
        }
        // The untrained tracks still have factors (other stages may read them), just tiny ones.
        QVERIFY(f.collaborative.itemVector(30) != nullptr);
    }

    /// A background build (index_lag_days ≥ 1) indexes the same rows as a synchronous one: its
    /// own copy of the table, taken at the start of the build, even if the model's table
    /// changes meanwhile.
    void backgroundBuildIndexesTheSameRows()
    {
        constexpr std::size_t kItems = 500;
        constexpr int kDim = 8;
        recsys::ann::SyntheticFactorParams shape;
        shape.dim = kDim;
        const std::vector<float> factors = recsys::ann::syntheticItemFactors(shape, kItems);
        std::vector<Day> indexedFrom(kItems, std::numeric_limits<Day>::max());
        for (std::size_t t = 0; t < kItems; t += 3)
            indexedFrom[t] = 0;
        const std::size_t want = (kItems + 2) / 3;

        LaggedIndex now, later;
        LaggedIndex::Model model { factors.data(), kItems, kDim, 1, 1, indexedFrom.data() };
        now.beginDay(1, model, 0, ItemIndex::Params {}, nullptr);
        QCOMPARE(now.served().size(), want);
        later.beginDay(1, model, 1, ItemIndex::Params {}, nullptr);
        std::fill(indexedFrom.begin(), indexedFrom.end(), 0); // the model moves on
        later.beginDay(2, model, 1, ItemIndex::Params {}, nullptr);
        QCOMPARE(later.served().size(), want);
        const auto queries = recsys::ann::syntheticUserFactors(shape, 4);
        for (std::size_t q = 0; q < 4; ++q) {
            std::vector<ScoredItem> a, b;
            now.served().search(queries.data() + q * kDim, 400, a);
            later.served().search(queries.data() + q * kDim, 400, b);
            QCOMPARE(a.size(), want);
            QCOMPARE(ids(a), ids(b));
            for (const ScoredItem &h : a)
                QCOMPARE(h.id % 3, TrackId(0));
        }
    }
};
TD_REGISTER_TEST(TestCollaborativeIndex)

#include "tst_collaborativeindex.moc"
