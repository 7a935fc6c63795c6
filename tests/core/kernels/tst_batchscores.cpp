// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "recsys/kernels/batchscores.h"
#include "recsys/kernels/dotkernel.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

using namespace td::recsys::kernels;

namespace {

/// Values whose magnitudes spread over six orders (and both signs), so that any other
/// summation order than dotSequential's would round differently somewhere.
float spreadValue(td::base::Rng &rng)
{
    return float(rng.normal() * std::pow(10.0, rng.uniform(-3.0, 3.0)));
}

struct Packed
{
    std::unique_ptr<float, decltype(&std::free)> data { nullptr, &std::free };
    std::size_t blocks = 0;
};

/// Packs rows of `dim` floats into dimension-major blocks of kBlockItems (zero padding).
Packed pack(const std::vector<float> &items, std::size_t count, int dim)
{
    Packed p;
    p.blocks = (count + kBlockItems - 1) / kBlockItems;
    const std::size_t floats = p.blocks * std::size_t(dim) * kBlockItems;
    p.data.reset(static_cast<float *>(std::aligned_alloc(64, (floats * 4 + 63) / 64 * 64)));
    std::memset(p.data.get(), 0, floats * 4);
    for (std::size_t i = 0; i < count; ++i) {
        for (int d = 0; d < dim; ++d)
            p.data.get()[((i / kBlockItems) * std::size_t(dim) + std::size_t(d)) * kBlockItems
                + i % kBlockItems]
                = items[i * std::size_t(dim) + std::size_t(d)];
    }
    return p;
}

} // namespace

class TestBatchScores : public QObject
{
    Q_OBJECT
private slots:
    void everyIsaGivesDotSequentialBits_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("items");
        // Shapes around every tile height (2, 4, 6 users) and width (1, 4 blocks), with
        // remainders on both sides and dimensions that are not multiples of anything.
        QTest::newRow("1 x 1 x 1") << 1 << 1 << 1;
        QTest::newRow("dim 3, 7 users, 17 items") << 3 << 7 << 17;
        QTest::newRow("dim 16, 13 users, 80 items") << 16 << 13 << 80;
        QTest::newRow("dim 64, 25 users, 150 items") << 64 << 25 << 150;
        QTest::newRow("dim 67, 6 users, 64 items") << 67 << 6 << 64;
        QTest::newRow("dim 128, 11 users, 91 items") << 128 << 11 << 91;
    }
    void everyIsaGivesDotSequentialBits()
    {
        QFETCH(int, dim);
        QFETCH(int, users);
        QFETCH(int, items);
        td::base::Rng rng(std::uint64_t(dim * 1000 + users), td::base::Purpose::Model, 1, 0);
        std::vector<float> x(std::size_t(users) * std::size_t(dim));
        std::vector<float> y(std::size_t(items) * std::size_t(dim));
        for (float &v : x)
            v = spreadValue(rng);
        for (float &v : y)
            v = spreadValue(rng);
        const Packed p = pack(y, std::size_t(items), dim);
        const std::size_t stride = p.blocks * kBlockItems + 5; // a stride wider than the row
        int checked = 0;
        for (const Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            if (!isaAvailable(isa))
                continue;
            ++checked;
            std::vector<float> out(std::size_t(users) * stride, -1.0f);
            scoreBlocks(isa, x.data(), std::size_t(dim), std::size_t(users), p.data.get(), p.blocks,
                dim, out.data(), stride);
            for (int u = 0; u < users; ++u) {
                for (std::size_t j = 0; j < p.blocks * kBlockItems; ++j) {
                    const float expected = j < std::size_t(items)
                        ? dotSequential(x.data() + u * dim, y.data() + j * std::size_t(dim), dim)
                        : 0.0f;
                    const float got = out[std::size_t(u) * stride + j];
                    if (std::memcmp(&got, &expected, sizeof got) != 0)
                        QFAIL(qPrintable(QStringLiteral("%1: user %2 item %3: %4 != %5")
                                             .arg(QLatin1String(isaName(isa)))
                                             .arg(u)
                                             .arg(j)
                                             .arg(double(got), 0, 'g', 9)
                                             .arg(double(expected), 0, 'g', 9)));
                }
                // Nothing written past the scored columns.
                for (std::size_t j = p.blocks * kBlockItems; j < stride; ++j)
                    QCOMPARE(out[std::size_t(u) * stride + j], -1.0f);
            }
        }
        QVERIFY(checked >= 1);
    }

    void scoreQueryGivesDotSequentialBits_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("items");
        // Around the single-row tile widths (2, 4 and 8 blocks) with remainders.
        QTest::newRow("dim 1, 1 item") << 1 << 1;
        QTest::newRow("dim 23, 40 items") << 23 << 40;
        QTest::newRow("dim 64, 129 items") << 64 << 129;
        QTest::newRow("dim 64, 1000 items") << 64 << 1000;
        QTest::newRow("dim 67, 300 items") << 67 << 300;
    }
    void scoreQueryGivesDotSequentialBits()
    {
        QFETCH(int, dim);
        QFETCH(int, items);
        td::base::Rng rng(std::uint64_t(dim * 7 + items), td::base::Purpose::Model, 2, 0);
        std::vector<float> x(static_cast<std::size_t>(dim));
        std::vector<float> y(std::size_t(items) * std::size_t(dim));
        for (float &v : x)
            v = spreadValue(rng);
        for (float &v : y)
            v = spreadValue(rng);
        const Packed p = pack(y, std::size_t(items), dim);
        int checked = 0;
        for (const Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            if (!isaAvailable(isa))
                continue;
            ++checked;
            std::vector<float> out(p.blocks * kBlockItems + 3, -1.0f);
            scoreQuery(isa, x.data(), p.data.get(), p.blocks, dim, out.data());
            for (std::size_t j = 0; j < p.blocks * kBlockItems; ++j) {
                const float expected = j < std::size_t(items)
                    ? dotSequential(x.data(), y.data() + j * std::size_t(dim), dim)
                    : 0.0f;
                if (std::memcmp(&out[j], &expected, sizeof expected) != 0)
                    QFAIL(qPrintable(QStringLiteral("%1: item %2: %3 != %4")
                                         .arg(QLatin1String(isaName(isa)))
                                         .arg(j)
                                         .arg(double(out[j]), 0, 'g', 9)
                                         .arg(double(expected), 0, 'g', 9)));
            }
            for (std::size_t j = p.blocks * kBlockItems; j < out.size(); ++j)
                QCOMPARE(out[j], -1.0f); // nothing written past the blocks
        }
        QVERIFY(checked >= 1);
    }

    void laneDotGivesDotLanesBits()
    {
        // The graphs' distance on every instruction set is dotLanes(), bit for bit, at the
        // padded lengths the index uses (16 .. 128).
        td::base::Rng rng(11, td::base::Purpose::Model, 3, 0);
        int checked = 0;
        for (const Isa isa : { Isa::Portable, Isa::Avx2, Isa::Avx512 }) {
            if (!isaAvailable(isa))
                continue;
            ++checked;
            const LaneDotFunction dot = laneDot(isa);
            for (int n = 16; n <= 128; n += 16) {
                for (int t = 0; t < 50; ++t) {
                    std::vector<float> a(std::size_t(n) + 1), b(std::size_t(n) + 1);
                    for (std::size_t d = 0; d < a.size(); ++d) {
                        a[d] = spreadValue(rng);
                        b[d] = spreadValue(rng);
                    }
                    // Unaligned on purpose (offset 1): the index pads, it does not align.
                    const float expected = dotLanes(a.data() + 1, b.data() + 1, n);
                    const float got = dot(a.data() + 1, b.data() + 1, n);
                    if (std::memcmp(&got, &expected, sizeof got) != 0)
                        QFAIL(qPrintable(QStringLiteral("%1: n %2: %3 != %4")
                                             .arg(QLatin1String(isaName(isa)))
                                             .arg(n)
                                             .arg(double(got), 0, 'g', 9)
                                             .arg(double(expected), 0, 'g', 9)));
                }
            }
        }
        QVERIFY(checked >= 1);
    }

    void orderMattersForTheseValues()
    {
        // The data above must be able to tell summation orders apart, or the test proves
        // nothing: the pairwise order of dotLanes() differs from dotSequential() here.
        td::base::Rng rng(7, td::base::Purpose::Model, 1, 0);
        int differ = 0;
        for (int t = 0; t < 100; ++t) {
            std::vector<float> a(64), b(64);
            for (int d = 0; d < 64; ++d) {
                a[std::size_t(d)] = spreadValue(rng);
                b[std::size_t(d)] = spreadValue(rng);
            }
            differ += dotLanes(a.data(), b.data(), 64) != dotSequential(a.data(), b.data(), 64);
        }
        QVERIFY2(differ > 20, qPrintable(QString::number(differ)));
    }

    void bestIsaIsAvailable()
    {
        QVERIFY(isaAvailable(bestIsa()));
#if defined(__x86_64__)
        // The fast paths must be built in (a build that lost them still passes the bit tests,
        // only slowly): on a CPU that has the instructions, they are available.
        if (__builtin_cpu_supports("avx2"))
            QVERIFY(isaAvailable(Isa::Avx2));
        if (__builtin_cpu_supports("avx512f"))
            QVERIFY(isaAvailable(Isa::Avx512));
#endif
        QVERIFY(isaAvailable(Isa::Portable));
        QCOMPARE(QLatin1String(isaName(Isa::Avx512)), QLatin1String("avx512"));
    }
};
TD_REGISTER_TEST(TestBatchScores)
#include "tst_batchscores.moc"
