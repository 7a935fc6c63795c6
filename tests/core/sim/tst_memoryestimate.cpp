// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// sim::estimateMemory and the refusal before set-up (issue 16, item 5).
#include "sim/engine.h"
#include "sim/memoryestimate.h"
#include "testregistry.h"

#include <QtTest>

#include <cstdlib>

namespace {

using td::sim::Scenario;

Scenario small()
{
    Scenario s;
    s.run.days = 10;
    s.world.listeners.count = 1000;
    s.world.listeners.arrivalsPerDay = 0.0;
    s.world.catalog.tracks = 1000;
    return s;
}

/// Sets TD_MEMORY_AVAILABLE for one scope.
struct ForcedLimit
{
    explicit ForcedLimit(const char *bytes) { ::setenv("TD_MEMORY_AVAILABLE", bytes, 1); }
    ~ForcedLimit() { ::unsetenv("TD_MEMORY_AVAILABLE"); }
};

} // namespace

class TestMemoryEstimate : public QObject
{
    Q_OBJECT
private slots:
    void growsWithWhatTheRunHolds()
    {
        const double base = td::sim::estimateMemory(small()).totalBytes();
        Scenario more = small();
        more.world.listeners.count *= 10;
        QVERIFY(td::sim::estimateMemory(more).totalBytes() > base);
        Scenario arrivals = small();
        arrivals.world.listeners.arrivalsPerDay = 1000.0; // 10 days: 10,000 more listeners
        QCOMPARE(td::sim::estimateMemory(arrivals).totalBytes(), [] {
            Scenario s = small();
            s.world.listeners.count += 10000;
            return td::sim::estimateMemory(s).totalBytes();
        }());
        Scenario tracks = small();
        tracks.world.catalog.tracks *= 100;
        QVERIFY(td::sim::estimateMemory(tracks).totalBytes() > base);
        Scenario dims = small();
        dims.world.latentDim = 128;
        QVERIFY(td::sim::estimateMemory(dims).totalBytes() > base);
        Scenario longer = small();
        longer.recommender.kind = td::recsys::RecommenderKind::Pipeline;
        const double pipeline10 = td::sim::estimateMemory(longer).totalBytes();
        longer.run.days = 100;
        QVERIFY(td::sim::estimateMemory(longer).totalBytes() > pipeline10);
    }

    void tenMillionListenersAreTensOfGigabytes()
    {
        // The case: measured ~23 GB, killed without a message in a 1 GiB cgroup.
        Scenario s;
        s.world.listeners.count = 10'000'000;
        const double gib = td::sim::estimateMemory(s).totalBytes() / (1024.0 * 1024 * 1024);
        QVERIFY2(gib > 20.0 && gib < 35.0, qPrintable(QString::number(gib)));
    }

    /// The pipeline at 1M listeners × 1M tracks: above the peak measured on day 20 (13,008 MiB,
    /// docs/performance.md; measured before the retrain lost its triplet copy, so an upper
    /// bound of today's peak) and not far above it. An evidence window stops the evidence's
    /// growth: the same estimate while the window has not filled, less after.
    void pipelineAtOneMillionAndTheEvidenceWindow()
    {
        Scenario s;
        s.recommender.kind = td::recsys::RecommenderKind::Pipeline;
        s.world.listeners.count = 1'000'000;
        s.world.listeners.arrivalsPerDay = 0.0;
        s.world.catalog.tracks = 1'000'000;
        s.run.days = 20;
        const double mib = td::sim::estimateMemory(s).totalBytes() / (1024.0 * 1024.0);
        QVERIFY2(mib >= 13008.0 && mib < 1.25 * 13008.0, qPrintable(QString::number(mib)));

        Scenario windowed = s;
        windowed.recommender.confidence.windowDays = 28;
        QCOMPARE(td::sim::estimateMemory(windowed).totalBytes(),
            td::sim::estimateMemory(s).totalBytes());
        s.run.days = windowed.run.days = 60;
        const double open = td::sim::estimateMemory(s).totalBytes();
        const double bounded = td::sim::estimateMemory(windowed).totalBytes();
        QVERIFY(bounded < open);
        windowed.run.days = 365;
        QCOMPARE(td::sim::estimateMemory(windowed).totalBytes(), bounded);
    }

    void refusedBeforeSetUp()
    {
        Scenario s = small();
        s.world.listeners.count = 10'000'000;
        const ForcedLimit limit("1073741824"); // 1 GiB, like the cgroup
        const auto available = td::sim::availableMemory();
        QVERIFY(available);
        QCOMPARE(available->bytes, 1073741824.0);
        try {
            td::sim::Engine engine(s, 1);
            QFAIL("a 10-million-listener world was set up in 1 GiB");
        } catch (const td::sim::InsufficientMemoryError &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.startsWith(QStringLiteral("this scenario needs about ")), e.what());
            QVERIFY2(what.contains(QStringLiteral("but only 1.00 GiB is available "
                                                  "(TD_MEMORY_AVAILABLE)")),
                e.what());
            QVERIFY2(what.contains(QStringLiteral("world.listeners.count")), e.what());
        }
        // What fits is not refused.
        td::sim::Engine fits(small(), 1);
        QCOMPARE(fits.currentDay(), 0);
    }

    void bytesText_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << 512.0 << "512 bytes";
        QTest::newRow("KiB") << 1536.0 << "1.50 KiB";
        QTest::newRow("MiB") << 156.0 * 1024 * 1024 << "156 MiB";
        QTest::newRow("GiB") << 26.6 * 1024 * 1024 * 1024 << "26.6 GiB";
    }
    void bytesText()
    {
        QFETCH(double, bytes);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(td::sim::bytesText(bytes)), text);
    }
};

TD_REGISTER_TEST(TestMemoryEstimate)
#include "tst_memoryestimate.moc"
