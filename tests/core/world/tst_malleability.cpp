// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// world.listeners.malleability is the population's mean rate, over its whole range 0..1
// (issue 16: each listener's rate was min(1, m·factor), so the cap silently took the mean
// below the setting: 0.49 for 0.5, 0.76 for 0.9).
#include "testregistry.h"
#include "world/malleability.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace td;
using namespace td::world;

namespace {

/// E[min(1, c·f)] for f ~ Gamma(4, 1/4) by Simpson's rule over the density on [0, 30] (the
/// tail beyond holds less than 1e-45 of the mass): a reference independent of the closed form.
double numericMean(double c)
{
    const int n = 200000; // even
    const double h = 30.0 / n;
    double sum = 0.0;
    for (int i = 0; i <= n; ++i) {
        const double f = i * h;
        const double density = std::pow(4.0, 4) / 6.0 * f * f * f * std::exp(-4.0 * f);
        const double w = (i == 0 || i == n) ? 1.0 : (i % 2 ? 4.0 : 2.0);
        sum += w * std::min(1.0, c * f) * density;
    }
    return sum * h / 3.0;
}

/// The population mean of the rates the world applies today.
double populationMean(const WorldHarness &h)
{
    const auto &factors = h.world->population().malleabilityFactor;
    double sum = 0.0;
    for (float f : factors)
        sum += individualMalleability(h.world->malleabilityScale(), f);
    return sum / double(factors.size());
}

} // namespace

class TestMalleability : public QObject
{
    Q_OBJECT
private slots:
    void closedFormMatchesTheIntegral_data()
    {
        QTest::addColumn<double>("c");
        for (double c : { 0.05, 0.3, 0.9, 1.0, 2.5, 40.0 })
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void closedFormMatchesTheIntegral()
    {
        QFETCH(double, c);
        QVERIFY2(std::abs(meanMalleability(c) - numericMean(c)) < 1e-9,
            qPrintable(QStringLiteral("%1 vs %2").arg(meanMalleability(c)).arg(numericMean(c))));
    }

    void theScaleHonoursTheMean_data()
    {
        QTest::addColumn<double>("mean");
        for (double m : { 0.1, 0.3, 0.5, 0.9, 0.99, 0.999999 })
            QTest::newRow(qPrintable(QString::number(m))) << m;
    }
    void theScaleHonoursTheMean()
    {
        QFETCH(double, mean);
        const double c = malleabilityScale(mean);
        QVERIFY(c > mean); // the cap binds for some listeners
        QVERIFY2(std::abs(meanMalleability(c) - mean) < 1e-12, qPrintable(QString::number(c)));
    }

    void edgesAndTheUncappedRange()
    {
        // Where the cap is out of reach the scale is the mean itself, bit for bit, so the
        // default (0.01) and the filter-bubble preset (0.05) apply exactly mean × factor.
        QCOMPARE(malleabilityScale(0.01), 0.01);
        QCOMPARE(malleabilityScale(0.05), 0.05);
        QCOMPARE(malleabilityScale(0.0), 0.0);
        QVERIFY(std::isinf(malleabilityScale(1.0)));
        QCOMPARE(individualMalleability(std::numeric_limits<double>::infinity(), 0.0f), 1.0);
        QCOMPARE(individualMalleability(0.5, 3.0f), 1.0);
        QCOMPARE(individualMalleability(0.01, 1.5f), 0.015);
        QCOMPARE(meanMalleability(0.0), 0.0);
        // A larger mean never means a smaller rate for anyone.
        double previous = 0.0;
        for (double m = 0.05; m < 1.0; m += 0.05) {
            const double c = malleabilityScale(m);
            QVERIFY(c > previous);
            previous = c;
        }
    }

    // The population the world draws (20,000 listeners): the mean of the rates it applies
    // is the setting, within sampling error (rates lie in [0, 1]: standard error < 0.004),
    // and follows a live change from the next day.
    void thePopulationMeanIsTheSetting()
    {
        WorldHarness h([](WorldParams &p) {
            p.listeners.count = 20000;
            p.listeners.malleability = 0.9;
        });
        QVERIFY2(std::abs(populationMean(h) - 0.9) < 0.015,
            qPrintable(QString::number(populationMean(h))));
        h.params.listeners.malleability = 0.4;
        h.world->beginDay(1);
        QVERIFY2(std::abs(populationMean(h) - 0.4) < 0.015,
            qPrintable(QString::number(populationMean(h))));
        h.params.listeners.malleability = 1.0;
        h.world->beginDay(2);
        QCOMPARE(populationMean(h), 1.0);
    }
};
TD_REGISTER_TEST(TestMalleability)

#include "tst_malleability.moc"
