// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "testregistry.h"
#include "world/drift.h"
#include "world/latent.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::world;

class TestDrift : public QObject
{
    Q_OBJECT
private slots:
    void ouMeanReversionAndVariance()
    {
        // Fixed anchor (anchor_sigma = 0): per coordinate x' - a = (1 - θ)(x - a) + σε.
        DriftParams p;
        p.ouTheta = 0.1;
        p.ouSigma = 0.05;
        p.anchorSigma = 0.0;
        const int d = 16;
        std::vector<float> x(d, 0.0f), a(d, 0.0f);
        a[0] = 1.0f;
        base::Rng rng(3, base::Purpose::Drift, 0, 0);
        // Burn in, then measure the regression slope and stationary variance.
        for (int i = 0; i < 500; ++i)
            ouStep(x.data(), a.data(), d, p, rng);
        double sxy = 0, sxx = 0, var = 0;
        long n = 0;
        for (int i = 0; i < 40000; ++i) {
            std::vector<float> before = x;
            ouStep(x.data(), a.data(), d, p, rng);
            for (int k = 0; k < d; ++k) {
                const double dx = before[k] - a[k], dy = x[k] - a[k];
                sxy += dx * dy;
                sxx += dx * dx;
                var += dy * dy;
                ++n;
            }
        }
        const double slope = sxy / sxx;
        const double expectedVar
            = p.ouSigma * p.ouSigma / (1.0 - (1.0 - p.ouTheta) * (1.0 - p.ouTheta));
        QVERIFY2(std::abs(slope - (1.0 - p.ouTheta)) < 0.01, qPrintable(QString::number(slope)));
        QVERIFY2(std::abs(var / n - expectedVar) < 0.05 * expectedVar,
            qPrintable(QString::number(var / n)));
    }

    void anchorStaysUnitAndMovesSlowly()
    {
        DriftParams p;
        p.anchorSigma = 0.01;
        std::vector<float> x(16, 0.0f), a(16, 0.0f), a0;
        a[2] = 1.0f;
        a0 = a;
        base::Rng rng(5, base::Purpose::Drift, 0, 0);
        for (int i = 0; i < 10; ++i)
            ouStep(x.data(), a.data(), 16, p, rng);
        QVERIFY(std::abs(norm(a.data(), 16) - 1.0f) < 1e-5f);
        QVERIFY(dot(a.data(), a0.data(), 16) > 0.99f);
    }

    void regimeShiftMovesAnchorTowardGenre()
    {
        std::vector<float> a(16, 0.0f), g(16, 0.0f);
        a[0] = 1.0f;
        g[1] = 1.0f;
        regimeShift(a.data(), g.data(), 0.5, 16);
        QCOMPARE(a[0], a[1]); // half way, renormalised: equal components
        QVERIFY(std::abs(norm(a.data(), 16) - 1.0f) < 1e-6f);
    }

    void exposurePullHandComputed()
    {
        std::vector<float> x { 1.0f, 0.0f }, t { 0.0f, 1.0f };
        exposurePull(x.data(), t.data(), 0.25, 2);
        QCOMPARE(x[0], 0.75f);
        QCOMPARE(x[1], 0.25f);
        exposurePull(x.data(), t.data(), 0.0, 2); // malleability 0: no pull at all
        QCOMPARE(x[0], 0.75f);
        QCOMPARE(x[1], 0.25f);
    }

    void malleabilityZeroMeansNoExposurePull()
    {
        // With all other drift off, taste changes only through exposure: not at all when
        // malleability is 0, measurably when it is positive.
        auto still = [](WorldParams &p) {
            p.drift.ouTheta = 0.0;
            p.drift.ouSigma = 0.0;
            p.drift.anchorSigma = 0.0;
            p.drift.regimeShiftRate = 0.0;
        };
        WorldHarness frozen([&](WorldParams &p) {
            still(p);
            p.listeners.malleability = 0.0;
        });
        frozen.run(5);
        QVERIFY(frozen.world->population().taste == frozen.world->population().initialTaste);

        WorldHarness malleable([&](WorldParams &p) {
            still(p);
            p.listeners.malleability = 0.05;
        });
        malleable.run(5);
        const auto &pop = malleable.world->population();
        double moved = 0;
        for (std::size_t i = 0; i < pop.taste.size(); ++i)
            moved += std::abs(pop.taste[i] - pop.initialTaste[i]);
        QVERIFY(moved > 1.0);
    }

    void exposurePullsTowardWhatWasPlayed()
    {
        // Malleable listeners fed the popular chart end up closer to the chart's tracks.
        auto setup = [](double m) {
            return [m](WorldParams &p) {
                p.drift.ouTheta = 0.0;
                p.drift.ouSigma = 0.0;
                p.drift.anchorSigma = 0.0;
                p.drift.regimeShiftRate = 0.0;
                p.listeners.malleability = m;
            };
        };
        auto alignment = [](WorldHarness &h) {
            // Mean cosine between each listener's taste and the centroid of all tastes.
            const auto &pop = h.world->population();
            const int d = pop.dim;
            std::vector<float> centroid(std::size_t(d), 0.0f);
            for (ListenerId l = 0; l < pop.size(); ++l)
                axpy(centroid.data(), 1.0f, pop.tasteOf(l), d);
            normalize(centroid.data(), d);
            double s = 0;
            for (ListenerId l = 0; l < pop.size(); ++l)
                s += dot(pop.tasteOf(l), centroid.data(), d) / norm(pop.tasteOf(l), d);
            return s / double(pop.size());
        };
        WorldHarness none(setup(0.0)), some(setup(0.03));
        none.run(20);
        some.run(20);
        // Homogenisation: a shared chart pulls tastes together only when malleable.
        QVERIFY2(alignment(some) > alignment(none) + 0.02,
            qPrintable(QStringLiteral("%1 vs %2").arg(alignment(some)).arg(alignment(none))));
    }
};
TD_REGISTER_TEST(TestDrift)
#include "tst_drift.moc"
