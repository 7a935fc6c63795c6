// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The Benjamini–Hochberg step-up procedure and its adjusted p-values, by hand.
#include "testregistry.h"

#include "stats/multipletesting.h"

#include <QtTest>

#include <cmath>

using namespace td;

class TestMultipleTesting : public QObject
{
    Q_OBJECT
private slots:
    void stepUpByHand()
    {
        // m = 5 finite p-values (the NaN is no test). Sorted: 0.001, 0.025, 0.028, 0.6, 0.9
        // against i · 0.05 / 5 = 0.01, 0.02, 0.03, 0.04, 0.05. Rank 2 (0.025) misses its own
        // threshold, but rank 3 (0.028 <= 0.03) is the largest that passes, so the step-up
        // rejects ranks 1 to 3: a procedure that stopped at the first miss would keep 0.025.
        const std::vector<double> p { 0.6, 0.028, NAN, 0.001, 0.9, 0.025 };
        const std::vector<bool> rejected = stats::benjaminiHochberg(p, 0.05);
        const std::vector<bool> expected { false, true, false, true, false, true };
        QCOMPARE(rejected, expected);
    }

    void adjustedByHand()
    {
        // m·p/j: 0.005, 0.0625, 0.046667, 0.75, 0.9; running minimum from the largest down:
        // 0.9, 0.75, 0.046667, 0.046667, 0.005.
        const std::vector<double> p { 0.6, 0.028, NAN, 0.001, 0.9, 0.025 };
        const std::vector<double> adjusted = stats::benjaminiHochbergAdjusted(p);
        const double expected[] = { 0.75, 0.14 / 3.0, NAN, 0.005, 0.9, 0.14 / 3.0 };
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (std::isnan(expected[i]))
                QVERIFY(std::isnan(adjusted[i]));
            else
                QVERIFY2(
                    std::abs(adjusted[i] - expected[i]) < 1e-12, qPrintable(QString::number(i)));
        }
        // Rejected at q exactly where the adjusted p-value is at most q.
        for (double q : { 0.001, 0.005, 0.01, 0.05, 0.1, 0.8, 1.0 }) {
            const std::vector<bool> rejected = stats::benjaminiHochberg(p, q);
            for (std::size_t i = 0; i < p.size(); ++i)
                QCOMPARE(bool(rejected[i]), !std::isnan(adjusted[i]) && adjusted[i] <= q);
        }
    }

    void lessStrictThanBonferroni()
    {
        // Three p-values of 0.03: Bonferroni (0.05 / 3 = 0.0167) keeps none; BH rejects all,
        // since p_(3) = 0.03 <= 3 · 0.05 / 3.
        const std::vector<bool> rejected = stats::benjaminiHochberg({ 0.03, 0.03, 0.03 }, 0.05);
        QCOMPARE(rejected, std::vector<bool>(3, true));
        // One test alone is tested at q itself.
        QCOMPARE(stats::benjaminiHochberg({ 0.049 }, 0.05), std::vector<bool> { true });
        QCOMPARE(stats::benjaminiHochberg({ 0.051 }, 0.05), std::vector<bool> { false });
    }

    void empty()
    {
        QVERIFY(stats::benjaminiHochberg({}, 0.05).empty());
        QCOMPARE(stats::benjaminiHochberg({ NAN, NAN }, 0.05), std::vector<bool>(2, false));
    }
};

TD_REGISTER_TEST(TestMultipleTesting)
#include "tst_multipletesting.moc"
