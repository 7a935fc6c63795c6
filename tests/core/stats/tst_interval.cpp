// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// t quantiles, the paired difference with its 95 % interval, the paired t test's p-value and
// the seeds needed for 80 % power, against values computed by hand (closed forms of Student's
// t for 1 and 2 degrees of freedom, printed t tables).
#include "testregistry.h"

#include "stats/interval.h"
#include "stats/power.h"

#include <QtTest>

#include <cmath>

using namespace td;

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}
} // namespace

class TestInterval : public QObject
{
    Q_OBJECT
private slots:
    void tQuantiles()
    {
        // Printed tables of Student's t.
        QVERIFY(near(stats::tQuantile975(1), 12.7062047));
        QVERIFY(near(stats::tQuantile975(3), 3.18244631));
        QVERIFY(near(stats::tQuantile(0.8, 9), 0.88340386));
        QVERIFY(near(stats::tQuantile(0.8, 1), 1.37638192));
        // Symmetric: the lower quantile is the negated upper one.
        QVERIFY(near(stats::tQuantile(0.025, 9), -stats::tQuantile975(9)));
    }

    void pairedDifferenceByHand()
    {
        // Differences b - a = {2, 3, 1, 3}: mean 2.25, Σ(d - mean)² = 2.75, sd = sqrt(2.75/3),
        // half width t(0.975, 3) · sd / 2. The fifth pair has no A value: it does not count.
        const std::vector<double> a { 10, 12, 11, 13, NAN };
        const std::vector<double> b { 12, 15, 12, 16, 5 };
        const stats::MeanInterval d = stats::pairedDifference(a, b);
        QCOMPARE(d.n, 4);
        QVERIFY(near(d.mean, 2.25, 1e-12));
        const double sd = std::sqrt(2.75 / 3.0);
        QVERIFY(near(d.sd, sd, 1e-12));
        const double half = 3.18244631 * sd / 2.0;
        QVERIFY(near(d.low, 2.25 - half));
        QVERIFY(near(d.high, 2.25 + half));
        // Paired, not two independent means: the arms' own spread (sd 1.29 and 1.83) would
        // give a much wider interval than the differences' (0.96).
        QVERIFY(d.high - d.low < 3.1);
    }

    void pValueClosedForms()
    {
        // df = 1 (Cauchy): p = 1 - 2 atan(|t|) / π. Differences {1, 3}: mean 2, sd √2, t = 2.
        const stats::MeanInterval two = stats::meanInterval({ 1, 3 });
        QVERIFY(near(stats::tTestPValue(two), 1.0 - 2.0 * std::atan(2.0) / M_PI, 1e-9));
        QVERIFY(near(stats::tTestPValue(two), 0.2951672, 1e-6));
        // df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t²)), so p = 1 - |t| / sqrt(2 + t²).
        // Differences {1, 2, 3}: mean 2, sd 1, t = 2 √3.
        const double t = 2.0 * std::sqrt(3.0);
        const stats::MeanInterval three = stats::meanInterval({ 3, 1, 2 });
        QVERIFY(near(stats::tTestPValue(three), 1.0 - t / std::sqrt(2.0 + t * t), 1e-9));
        // A negative difference gives the same two-sided p.
        QVERIFY(near(stats::tTestPValue(stats::meanInterval({ -1, -2, -3 })),
            stats::tTestPValue(three), 1e-12));
        // df = 3, the pairs above: t = 4.70010, p = 0.0182199 (numerical integration).
        const stats::MeanInterval d
            = stats::pairedDifference({ 10, 12, 11, 13 }, { 12, 15, 12, 16 });
        QVERIFY(near(stats::tTestPValue(d), 0.01821985, 1e-7));
    }

    void pValueEdgeCases()
    {
        QVERIFY(std::isnan(stats::tTestPValue(stats::meanInterval({ 4 }))));
        QVERIFY(std::isnan(stats::tTestPValue(stats::meanInterval({}))));
        // No noise: every seed differs by the same amount (0 if there is no difference).
        QCOMPARE(stats::tTestPValue(stats::meanInterval({ 2, 2, 2 })), 0.0);
        QCOMPARE(stats::tTestPValue(stats::meanInterval({ 0, 0, 0 })), 1.0);
    }

    void seedsForPowerByHand_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<double>("sd");
        QTest::addColumn<long long>("seeds");
        // n = smallest n with n >= ((t(0.975, n-1) + t(0.8, n-1)) · sd / delta)²:
        // sd/delta = 1: n = 9 needs (2.30600 + 0.88889)² = 10.21 > 9; n = 10 needs
        // (2.26216 + 0.88340)² = 9.89 <= 10.
        QTest::newRow("sd = delta") << 3.0 << 3.0 << 10LL;
        // sd/delta = 0.5: n = 4 needs (3.18245 + 0.97847)² / 4 = 4.33; n = 5 needs 3.45.
        QTest::newRow("sd = delta / 2") << 2.0 << 1.0 << 5LL;
        // sd/delta = 2: n = 33 needs 4 (2.03693 + 0.85300)² = 33.41; n = 34 needs 33.34.
        QTest::newRow("sd = 2 delta") << -0.5 << 1.0 << 34LL;
        QTest::newRow("no noise") << 1.0 << 0.0 << 2LL;
    }
    void seedsForPowerByHand()
    {
        QFETCH(double, delta);
        QFETCH(double, sd);
        QFETCH(long long, seeds);
        const auto n = stats::seedsForPower(delta, sd);
        QVERIFY(n.has_value());
        QCOMPARE(*n, seeds);
    }

    void seedsForPowerMatchesALinearSearch()
    {
        // The search starts near the normal approximation: it must find what trying every n
        // from 2 up finds.
        for (double ratio : { 0.0, 0.1, 0.3, 0.5, 0.8, 1.0, 1.3, 2.0, 3.7, 6.0 }) {
            long long n = 2;
            while (true) {
                const double t
                    = stats::tQuantile(0.975, int(n - 1)) + stats::tQuantile(0.8, int(n - 1));
                if (double(n) >= t * t * ratio * ratio)
                    break;
                ++n;
            }
            QCOMPARE(*stats::seedsForPower(1.0, ratio), n);
        }
    }

    void seedsForPowerRefusals()
    {
        QVERIFY(!stats::seedsForPower(0.0, 1.0));
        QVERIFY(!stats::seedsForPower(NAN, 1.0));
        QVERIFY(!stats::seedsForPower(1.0, NAN));
        // A tiny difference in big noise: capped, not an overflow.
        QCOMPARE(*stats::seedsForPower(1e-9, 1.0), 1'000'000'001LL);
        // Large n: close to the normal approximation 7.849 (sd/delta)².
        const long long n = *stats::seedsForPower(0.1, 1.0);
        QVERIFY(n >= 785 && n <= 790);
    }
};

TD_REGISTER_TEST(TestInterval)
#include "tst_interval.moc"
