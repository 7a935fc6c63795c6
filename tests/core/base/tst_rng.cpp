// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "testregistry.h"

#include <QtTest>

#include <set>

using td::base::Purpose;
using td::base::Rng;

class TestRng : public QObject
{
    Q_OBJECT
private slots:
    void sameKeySameStream()
    {
        Rng a(42, Purpose::Response, 7, 3), b(42, Purpose::Response, 7, 3);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a(), b());
    }
    void keysGiveDistinctStreams_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("seed") << 0;
        QTest::newRow("purpose") << 1;
        QTest::newRow("listener") << 2;
        QTest::newRow("day") << 3;
    }
    void keysGiveDistinctStreams()
    {
        QFETCH(int, which);
        Rng base(42, Purpose::Response, 7, 3);
        Rng other(which == 0 ? 43 : 42, which == 1 ? Purpose::Drift : Purpose::Response,
            which == 2 ? 8 : 7, which == 3 ? 4 : 3);
        int equal = 0;
        for (int i = 0; i < 64; ++i)
            equal += base() == other() ? 1 : 0;
        QVERIFY(equal < 2);
    }
    void uniformIsUniform()
    {
        // Mean and variance of U[0,1) over many draws, and no value outside [0,1).
        Rng r(1, Purpose::Sessions, 0, 0);
        const int n = 200000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
            sumSq += u * u;
        }
        const double mean = sum / n, var = sumSq / n - mean * mean;
        QVERIFY(std::abs(mean - 0.5) < 0.005);
        QVERIFY(std::abs(var - 1.0 / 12.0) < 0.002);
    }
    void normalMoments()
    {
        Rng r(9, Purpose::Drift, 1, 1);
        const int n = 200000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; ++i) {
            const double x = r.normal();
            sum += x;
            sumSq += x * x;
        }
        QVERIFY(std::abs(sum / n) < 0.01);
        QVERIFY(std::abs(sumSq / n - 1.0) < 0.02);
    }
    void belowCoversRangeOnly()
    {
        Rng r(3, Purpose::Baseline, 0, 0);
        std::set<std::uint32_t> seen;
        for (int i = 0; i < 1000; ++i) {
            const auto v = r.below(7);
            QVERIFY(v < 7);
            seen.insert(v);
        }
        QCOMPARE(int(seen.size()), 7);
    }
    void smallHashesStillSeedValidStates()
    {
        // Hashes 0 and 1 must not produce a stuck generator.
        for (std::uint64_t h : { 0ull, 1ull, 2ull }) {
            Rng r(h);
            std::set<std::uint32_t> values;
            for (int i = 0; i < 16; ++i)
                values.insert(r());
            QVERIFY(values.size() > 10);
        }
    }
};
TD_REGISTER_TEST(TestRng)
#include "tst_rng.moc"
