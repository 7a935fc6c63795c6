// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// LaggedIndex (recommender.index_lag_days): which model's index serves which day, that the
// served index is the one built from that model's factors (even after the model moved on), and
// that at most one build is pending.
#include "../ann/naivereference.h"
#include "recsys/ann/itemindex.h"
#include "recsys/ann/syntheticfactors.h"
#include "recsys/pipeline/laggedindex.h"
#include "testregistry.h"

#include <QtTest>

using td::Day;
using td::recsys::ItemIndex;
using td::recsys::LaggedIndex;
using td::recsys::ScoredItem;

namespace {

constexpr std::size_t kItems = 600;
constexpr int kDim = 8;

std::vector<float> factors(std::uint64_t seed)
{
    td::recsys::ann::SyntheticFactorParams shape;
    shape.dim = kDim;
    shape.seed = seed;
    return td::recsys::ann::syntheticItemFactors(shape, kItems);
}

/// The top 20 of a fixed query set, ids and score bits: the index's fingerprint.
std::vector<ScoredItem> fingerprint(const ItemIndex &index)
{
    td::recsys::ann::SyntheticFactorParams shape;
    shape.dim = kDim;
    const auto queries = td::recsys::ann::syntheticUserFactors(shape, 8);
    std::vector<ScoredItem> all, hits;
    for (std::size_t q = 0; q < 8; ++q) {
        index.search(queries.data() + q * kDim, 20, hits);
        all.insert(all.end(), hits.begin(), hits.end());
    }
    return all;
}

/// Bitwise equality of two answers (the retrieval tests' own helper).
using td::test::identical;

std::vector<ScoredItem> directFingerprint(const std::vector<float> &f)
{
    ItemIndex index;
    index.build(f.data(), kItems, kDim, ItemIndex::Params {});
    return fingerprint(index);
}

} // namespace

class TestLaggedIndex : public QObject
{
    Q_OBJECT
private slots:
    /// The served model day of each day for a retrain at the end of every day d with
    /// (d + 1) % every == 0 (the model first served on d + 1), as the pipeline drives it;
    /// '-' = no index yet. Derived by hand from "ready max(model day + lag, start day + 1), one
    /// pending build, the newest model waits for its swap".
    void servedModelDays_data()
    {
        QTest::addColumn<int>("lag");
        QTest::addColumn<int>("every");
        QTest::addColumn<QString>("ages"); // today − served model day, days 0..9
        QTest::newRow("lag 0, daily") << 0 << 1 << "- 0 0 0 0 0 0 0 0 0";
        QTest::newRow("lag 1, daily") << 1 << 1 << "- - 1 1 1 1 1 1 1 1";
        QTest::newRow("lag 2, daily") << 2 << 1 << "- - - 2 3 2 3 2 3 2";
        QTest::newRow("lag 0, every 3") << 0 << 3 << "- - - 0 1 2 0 1 2 0";
        QTest::newRow("lag 1, every 3") << 1 << 3 << "- - - - 1 2 3 1 2 3";
        QTest::newRow("lag 2, every 3") << 2 << 3 << "- - - - - 2 3 4 2 3";
        QTest::newRow("lag 4, every 3") << 4 << 3 << "- - - - - - - 4 5 6";
    }
    void servedModelDays()
    {
        QFETCH(int, lag);
        QFETCH(int, every);
        QFETCH(QString, ages);
        const std::vector<float> f = factors(1);
        LaggedIndex lagged;
        LaggedIndex::Model model;
        QStringList seen;
        for (Day day = 0; day < 10; ++day) {
            lagged.beginDay(day, model, lag, ItemIndex::Params {}, nullptr);
            QVERIFY(!lagged.pending() || lag > 0);
            seen << (lagged.hasIndex() ? QString::number(day - lagged.servedModelDay())
                                       : QStringLiteral("-"));
            QCOMPARE(lagged.served().size() > 0, lagged.hasIndex());
            if ((day + 1) % every == 0) { // end of day: retrain
                model.itemFactors = f.data();
                model.itemCount = kItems;
                model.dim = kDim;
                model.modelDay = day + 1;
                ++model.generation;
            }
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), ages);
    }

    /// Lag 1: day 2 serves model A's index while B's builds; day 3 serves B's, built from B's
    /// factors as they were at the start of the build (the model may move on meanwhile).
    void servesTheOldIndexWhileTheNewOneBuilds()
    {
        const std::vector<float> a = factors(11), b = factors(12);
        const auto expectA = directFingerprint(a), expectB = directFingerprint(b);
        QVERIFY(!identical(expectA, expectB));
        std::vector<float> live = a; // the model's own buffer, overwritten by each retrain
        LaggedIndex lagged;
        LaggedIndex::Model model { live.data(), kItems, kDim, 1, 1 };
        lagged.beginDay(1, model, 1, ItemIndex::Params {}, nullptr);
        QVERIFY(!lagged.hasIndex());
        QCOMPARE(lagged.pendingReadyDay(), Day(2));
        live = b; // retrain at the end of day 1: the model moves while A's build may still run
        model.modelDay = 2;
        model.generation = 2;
        lagged.beginDay(2, model, 1, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.servedModelDay(), Day(1));
        QVERIFY(identical(fingerprint(lagged.served()), expectA));
        QCOMPARE(lagged.pendingReadyDay(), Day(3));
        std::fill(live.begin(), live.end(), 0.0f); // the next retrain moves it again
        lagged.beginDay(3, model, 1, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.servedModelDay(), Day(2));
        QVERIFY(identical(fingerprint(lagged.served()), expectB));
        QVERIFY(!lagged.pending()); // same generation: nothing new to build
    }

    /// At most one pending build: a retrain while one is pending waits for its swap, and the
    /// newest model is built then (an intermediate model is skipped).
    void aRetrainWhileABuildIsPendingWaits()
    {
        const std::vector<float> f1 = factors(21), f2 = factors(22), f3 = factors(23);
        LaggedIndex lagged;
        lagged.beginDay(1, { f1.data(), kItems, kDim, 1, 1 }, 3, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.pendingReadyDay(), Day(4));
        lagged.beginDay(2, { f2.data(), kItems, kDim, 2, 2 }, 3, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.pendingReadyDay(), Day(4)); // still model 1's build
        lagged.beginDay(3, { f3.data(), kItems, kDim, 3, 3 }, 3, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.pendingReadyDay(), Day(4));
        QVERIFY(!lagged.hasIndex());
        lagged.beginDay(4, { f3.data(), kItems, kDim, 3, 3 }, 3, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.servedModelDay(), Day(1));
        QVERIFY(identical(fingerprint(lagged.served()), directFingerprint(f1)));
        QCOMPARE(lagged.pendingReadyDay(), Day(6)); // model 3: max(3 + 3, 4 + 1)
        lagged.beginDay(6, { f3.data(), kItems, kDim, 3, 3 }, 3, ItemIndex::Params {}, nullptr);
        QCOMPARE(lagged.servedModelDay(), Day(3));
        QVERIFY(identical(fingerprint(lagged.served()), directFingerprint(f3)));
    }

    /// Lag lowered to 0 with a build pending: today serves the newest model's index at once.
    void lagLoweredToZeroServesTheNewestAtOnce()
    {
        const std::vector<float> f1 = factors(31), f2 = factors(32);
        LaggedIndex lagged;
        lagged.beginDay(1, { f1.data(), kItems, kDim, 1, 1 }, 2, ItemIndex::Params {}, nullptr);
        QVERIFY(lagged.pending());
        lagged.beginDay(2, { f2.data(), kItems, kDim, 2, 2 }, 0, ItemIndex::Params {}, nullptr);
        QVERIFY(!lagged.pending());
        QCOMPARE(lagged.servedModelDay(), Day(2));
        QVERIFY(identical(fingerprint(lagged.served()), directFingerprint(f2)));
    }

    /// Destroying the index with a build running joins it (no crash, no leak under ASan).
    void destructionJoinsAPendingBuild()
    {
        const std::vector<float> f1 = factors(41);
        auto lagged = std::make_unique<LaggedIndex>();
        lagged->beginDay(0, { f1.data(), kItems, kDim, 0, 1 }, 5, ItemIndex::Params {}, nullptr);
        QVERIFY(lagged->pending());
        lagged.reset();
    }
};

TD_REGISTER_TEST(TestLaggedIndex)
#include "tst_laggedindex.moc"
