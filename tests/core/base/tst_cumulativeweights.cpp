// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// base::CumulativeWeights: firstAbove() against std::upper_bound over the same sums.
#include "base/cumulativeweights.h"
#include "base/rng.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

std::size_t reference(const td::base::CumulativeWeights &w, double x)
{
    return std::size_t(std::upper_bound(w.sums().begin(), w.sums().end(), x) - w.sums().begin());
}

/// Every probe that can sit on an edge: each sum, the values just either side of it, each
/// guide slice's start and its neighbours, 0, the total and beyond, negatives and NaN; then
/// uniform draws.
bool agreesEverywhere(const td::base::CumulativeWeights &w, std::uint64_t seed)
{
    std::vector<double> probes = { 0.0, -0.0, -1.0, w.total(), 2.0 * w.total() + 1.0,
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity() };
    for (double s : w.sums())
        probes.insert(probes.end(), { s, std::nextafter(s, -1e300), std::nextafter(s, 1e300) });
    const double width = w.size() ? w.total() / double(w.size()) : 0.0;
    for (std::size_t g = 0; g <= w.size(); ++g) {
        const double start = double(g) * width;
        probes.insert(
            probes.end(), { start, std::nextafter(start, -1e300), std::nextafter(start, 1e300) });
    }
    td::base::Rng rng(seed);
    for (int i = 0; i < 20000; ++i)
        probes.push_back(rng.uniform() * w.total());
    for (double x : probes) {
        if (w.firstAbove(x) != reference(w, x)) {
            qWarning("x %.17g: guided %zu, upper_bound %zu", x, w.firstAbove(x), reference(w, x));
            return false;
        }
    }
    return true;
}

} // namespace

class TestCumulativeWeights : public QObject
{
    Q_OBJECT
private slots:
    void handComputed()
    {
        // Weights 1, 0, 3, 0.5: sums 1, 1, 4, 4.5.
        td::base::CumulativeWeights w;
        for (double weight : { 1.0, 0.0, 3.0, 0.5 })
            w.add(weight);
        w.finish();
        QCOMPARE(w.total(), 4.5);
        QCOMPARE(w.firstAbove(0.0), std::size_t(0));
        QCOMPARE(w.firstAbove(0.999), std::size_t(0));
        QCOMPARE(w.firstAbove(1.0), std::size_t(2)); // the zero weight is never drawn
        QCOMPARE(w.firstAbove(3.999), std::size_t(2));
        QCOMPARE(w.firstAbove(4.0), std::size_t(3));
        QCOMPARE(w.firstAbove(4.5), std::size_t(4));
        QCOMPARE(w.firstAbove(-1.0), std::size_t(0));
    }

    void sliceFromRoundedDivision()
    {
        // Sums 0, 0.875, 1, 1, 1.67 over 5 slices of width 1/3: for x just below 1 the
        // division x / width rounds to 3, whose slice starts at 1 > x. The search must step
        // back a slice, or it starts past index 2, whose sum (1) is the answer.
        td::base::CumulativeWeights w;
        for (double weight : { 0.0, 0.875, 0.125, 0.0, 2.0 / 3.0 })
            w.add(weight);
        w.finish();
        const double x = std::nextafter(1.0, 0.0);
        QCOMPARE(w.firstAbove(x), std::size_t(2));
        QCOMPARE(w.firstAbove(x), reference(w, x));
    }

    void matchesUpperBound_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("uniform weights") << 0;
        QTest::newRow("heavy tail") << 1;
        QTest::newRow("runs of zeros") << 2;
        QTest::newRow("equal weights") << 3;
        QTest::newRow("one giant") << 4;
    }
    void matchesUpperBound()
    {
        QFETCH(int, shape);
        td::base::Rng rng(std::uint64_t(shape) + 11);
        td::base::CumulativeWeights w;
        for (std::size_t n :
            { std::size_t(1), std::size_t(2), std::size_t(7), std::size_t(5000) }) {
            w.clear();
            for (std::size_t i = 0; i < n; ++i) {
                double weight = rng.uniform();
                if (shape == 1)
                    weight = std::exp(12.0 * rng.uniform()); // spans five orders of magnitude
                else if (shape == 2)
                    weight = (i / 13) % 3 == 0 ? 0.0 : weight;
                else if (shape == 3)
                    weight = 0.1; // sums land exactly on or next to slice starts
                else if (shape == 4)
                    weight = i == n / 2 ? 1e9 : weight;
                w.add(weight);
            }
            w.finish();
            QVERIFY2(agreesEverywhere(w, n), qPrintable(QStringLiteral("n %1").arg(n)));
        }
    }

    void emptyAndZeroTotal()
    {
        td::base::CumulativeWeights w;
        w.finish();
        QCOMPARE(w.firstAbove(0.5), std::size_t(0));
        for (int i = 0; i < 4; ++i)
            w.add(0.0);
        w.finish();
        QVERIFY(agreesEverywhere(w, 3));
    }
};
TD_REGISTER_TEST(TestCumulativeWeights)
#include "tst_cumulativeweights.moc"
