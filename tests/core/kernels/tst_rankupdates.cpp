// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "recsys/kernels/rankupdates.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <vector>

using namespace td::recsys::kernels;

namespace {

/// Magnitudes over six orders and both signs: a different order of any element's sum would
/// round differently somewhere.
double spreadValue(td::base::Rng &rng)
{
    return rng.normal() * std::pow(10.0, rng.uniform(-3.0, 3.0));
}

/// The definition, one element at a time, pair after pair.
void reference(std::vector<double> &a, int f, const std::vector<double> &y,
    const std::vector<double> &t, std::size_t pairs)
{
    const std::size_t n = std::size_t(f);
    for (std::size_t p = 0; p < pairs; ++p)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = i; k < n; ++k)
                a[i * n + k] = a[i * n + k] + t[p * n + i] * y[p * n + k];
}

} // namespace

class TestRankUpdates : public QObject
{
    Q_OBJECT

private slots:
    void everyIsaAddsInPairOrder_data()
    {
        QTest::addColumn<int>("isa");
        QTest::addColumn<int>("factors");
        QTest::addColumn<int>("pairs");
        for (Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            // Widths around every vector size (2, 4, 8 doubles) and tile size (8 columns).
            for (int f : { 1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 20, 24, 31, 32, 33, 40, 64 })
                for (int n : { 0, 1, 2, 7, 32 })
                    QTest::addRow("%s f%d n%d", isaName(isa), f, n) << int(isa) << f << n;
        }
    }

    void everyIsaAddsInPairOrder()
    {
        QFETCH(int, isa);
        QFETCH(int, factors);
        QFETCH(int, pairs);
        if (!isaAvailable(Isa(isa)))
            QSKIP("this CPU or build has no such instruction set");
        td::base::Rng rng(
            5, td::base::Purpose::Metrics, std::uint64_t(factors), std::uint64_t(pairs));
        const std::size_t n = std::size_t(factors);
        std::vector<double> a(n * n), y(std::size_t(pairs) * n), t(y.size());
        for (double &v : a)
            v = spreadValue(rng);
        for (std::size_t i = 0; i < y.size(); ++i) {
            y[i] = spreadValue(rng);
            t[i] = spreadValue(rng) * y[i];
        }
        std::vector<double> expected = a;
        reference(expected, factors, y, t, std::size_t(pairs));
        addRankOneUpdates(Isa(isa), a.data(), factors, y.data(), t.data(), std::size_t(pairs));
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = i; k < n; ++k)
                QVERIFY2(std::memcmp(&a[i * n + k], &expected[i * n + k], sizeof(double)) == 0,
                    qPrintable(QStringLiteral("a(%1, %2)").arg(k).arg(i)));
    }
};

TD_REGISTER_TEST(TestRankUpdates)
#include "tst_rankupdates.moc"
