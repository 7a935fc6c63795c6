// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/diversity.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::metrics;

class TestDiversity : public QObject
{
    Q_OBJECT
private slots:
    void giniOfHandCases_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("expected");
        // Σ(2i − n − 1)x = (1·1 + 3·3) = 10, n Σx = 16.
        QTest::newRow("0,0,1,3") << std::vector<double> { 0, 0, 1, 3 } << 0.625;
        QTest::newRow("3,1,0,0 (order)") << std::vector<double> { 3, 0, 1, 0 } << 0.625;
        QTest::newRow("equal") << std::vector<double> { 2, 2, 2 } << 0.0;
        QTest::newRow("one has all") << std::vector<double> { 0, 0, 0, 5 } << 0.75;
    }
    void giniOfHandCases()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, expected);
        QCOMPARE(gini(values), expected);
    }
    void giniWithImplicitZeros()
    {
        QCOMPARE(giniWithZeros({ 3, 1 }, 2), 0.625);
        QCOMPARE(giniWithZeros({ 5 }, 3), 0.75);
        QVERIFY(std::isnan(gini({})));
        QVERIFY(std::isnan(gini({ 0, 0 })));
    }
    void entropyOfKnownGenreMixes_data()
    {
        QTest::addColumn<std::vector<double>>("counts");
        QTest::addColumn<double>("bits");
        QTest::newRow("one genre") << std::vector<double> { 0, 7, 0 } << 0.0;
        QTest::newRow("two equal") << std::vector<double> { 3, 3 } << 1.0;
        QTest::newRow("four equal") << std::vector<double> { 1, 1, 1, 1 } << 2.0;
        // p = ½, ¼, ¼: ½·1 + ¼·2 + ¼·2.
        QTest::newRow("half quarter quarter") << std::vector<double> { 2, 1, 1, 0 } << 1.5;
    }
    void entropyOfKnownGenreMixes()
    {
        QFETCH(std::vector<double>, counts);
        QFETCH(double, bits);
        QCOMPARE(entropyBits(counts), bits);
    }
    void entropyOfNothingIsUndefined() { QVERIFY(std::isnan(entropyBits({ 0, 0 }))); }
    void gsScoreOfTwoHandVectors()
    {
        const float x[] = { 1, 0 }, y[] = { 0, 1 };
        // Equal weights: μ = (½, ½), cos(x, μ) = cos(y, μ) = 1/√2.
        QVERIFY(std::abs(gsScore({ x, y }, { 1, 1 }, 2) - 1.0 / std::sqrt(2.0)) < 1e-12);
        // Weights 3, 1: μ = (¾, ¼), |μ| = √10/4; cos = 3/√10 and 1/√10 -> (9 + 1)/(4√10).
        QVERIFY(std::abs(gsScore({ x, y }, { 3, 1 }, 2) - 10.0 / (4.0 * std::sqrt(10.0))) < 1e-12);
        // A specialist: everything in one direction.
        QCOMPARE(gsScore({ x, x }, { 1, 4 }, 2), 1.0);
        const float minusX[] = { -1, 0 };
        QVERIFY(std::isnan(gsScore({ x, minusX }, { 1, 1 }, 2))); // μ = 0
        QVERIFY(std::isnan(gsScore({}, {}, 2)));
    }
    void intraListDiversityOfOrthogonalAndIdenticalVectors()
    {
        const float e1[] = { 1, 0, 0 }, e2[] = { 0, 1, 0 }, e3[] = { 0, 0, 1 }, m1[] = { -1, 0, 0 };
        QCOMPARE(intraListDiversity({ e1, e2, e3 }, 3), 1.0);
        QCOMPARE(intraListDiversity({ e1, e1, e1 }, 3), 0.0);
        QCOMPARE(intraListDiversity({ e1, m1 }, 3), 2.0);
        QVERIFY(std::isnan(intraListDiversity({ e1 }, 3)));
    }
    void coverageOverASevenDayWindow()
    {
        // Four tracks, the fourth released on day 10; t0 shown on day 0, t1 on day 3.
        const std::vector<Day> release { 0, 0, 0, 10 };
        ExposureWindow w(4);
        w.markShown(0, 0);
        w.markShown(1, 3);
        QCOMPARE(w.coverage(3, 7, release), 2.0 / 3.0);
        QCOMPARE(w.coverage(6, 7, release), 2.0 / 3.0); // days 0..6
        QCOMPARE(w.coverage(7, 7, release), 1.0 / 3.0); // day 0 left the window
        QCOMPARE(w.coverage(9, 7, release), 1.0 / 3.0);
        QCOMPARE(w.coverage(10, 7, release), 0.0); // t1 left; four released
        w.markShown(3, 10);
        QCOMPARE(w.coverage(10, 7, release), 0.25);
    }
};

TD_REGISTER_TEST(TestDiversity)
#include "tst_diversity.moc"
