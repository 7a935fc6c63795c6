// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "testregistry.h"
#include "world/churn.h"
#include "world/response.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::world;

class TestResponse : public QObject
{
    Q_OBJECT
private slots:
    void streamProbabilityIncreasesWithUtility()
    {
        WorldParams params;
        AudioProjection projection(16);
        ResponseModel model(params, projection);
        double previous = 0.0;
        for (double u = -1.0; u <= 1.0; u += 0.1) {
            const double p = model.streamProbability(u, 0.5);
            QVERIFY(p > previous);
            previous = p;
        }
        // At the threshold (patience ½) the probability is exactly one half.
        QVERIFY(
            std::abs(model.streamProbability(params.response.streamThreshold, 0.5) - 0.5) < 1e-12);
    }

    void drawnStreamsFollowUtility()
    {
        WorldParams params;
        AudioProjection projection(16);
        ResponseModel model(params, projection);
        base::Rng rng(1, base::Purpose::Response, 0, 0);
        int low = 0, high = 0;
        for (int i = 0; i < 5000; ++i) {
            low += model.play(-0.2, 0.5, 200.0f, 0.0f, rng).streamed ? 1 : 0;
            high += model.play(0.4, 0.5, 200.0f, 0.0f, rng).streamed ? 1 : 0;
        }
        QVERIFY(high > low + 1500);
    }

    void streamsLastAtLeastThirtySecondsAndSkipsLess()
    {
        WorldParams params;
        AudioProjection projection(16);
        ResponseModel model(params, projection);
        base::Rng rng(2, base::Purpose::Response, 0, 0);
        for (int i = 0; i < 2000; ++i) {
            const PlayOutcome o = model.play(0.1, 0.5, 180.0f, 0.0f, rng);
            if (o.streamed)
                QVERIFY(o.listenMs >= events::kStreamThresholdMs && o.listenMs <= 180000);
            else
                QVERIFY(o.listenMs >= 1000 && o.listenMs < events::kStreamThresholdMs);
        }
    }

    void examinationFallsWithPosition()
    {
        double previous = 1.1;
        for (int k = 0; k < 20; ++k) {
            const double e = ResponseModel::examinationProbability(k, 0.85);
            QVERIFY(e < previous);
            previous = e;
        }
        QCOMPARE(ResponseModel::examinationProbability(0, 0.85), 1.0);
        QVERIFY(std::abs(ResponseModel::examinationProbability(2, 0.85) - 0.7225) < 1e-12);
    }

    void examinationDrivesPlaysInSimulation()
    {
        // Home slates: plays at position 0 far outnumber plays at position 10.
        WorldHarness h([](WorldParams &p) {
            p.sessions.radioWeight = 0.0;
            p.sessions.organicWeight = 0.0;
        });
        h.run(3);
        std::array<int, 20> plays {};
        for (const auto &e : h.scratch.events) {
            if ((e.action == events::Action::Stream || e.action == events::Action::Skip)
                && e.surface == events::Surface::Home)
                ++plays[e.position];
        }
        QVERIFY2(plays[0] > 2 * plays[10],
            qPrintable(QStringLiteral("%1 vs %2").arg(plays[0]).arg(plays[10])));
    }

    void repeatFatigueLowersUtility()
    {
        WorldHarness h;
        auto &pop = h.world->population();
        const TrackId t = 5;
        std::vector<float> taste(16);
        h.world->response().contextTaste(pop, 0, events::Context::None, taste.data());
        // Known and liked, played once vs five times today.
        pop.history[0][0] = HistorySlot { t, 1.0f, 0, 1, 0, 1 };
        const float once
            = h.world->response().utility(pop, h.world->catalog(), 0, taste.data(), t, 0).total();
        pop.history[0][0].heat = 5.0f;
        const float five
            = h.world->response().utility(pop, h.world->catalog(), 0, taste.data(), t, 0).total();
        QVERIFY(five < once);
        QVERIFY(std::abs((once - five) - 4.0f * float(h.params.response.fatigue)) < 1e-5f);
        // Fatigue wears off day by day.
        const float later
            = h.world->response().utility(pop, h.world->catalog(), 0, taste.data(), t, 5).total();
        QVERIFY(later > five);
    }

    void blockedArtistIsUnwanted()
    {
        WorldHarness h;
        auto &pop = h.world->population();
        std::vector<float> taste(16);
        h.world->response().contextTaste(pop, 0, events::Context::None, taste.data());
        const TrackId t = 9;
        const float before
            = h.world->response().utility(pop, h.world->catalog(), 0, taste.data(), t, 0).total();
        pop.blocked[0][0] = h.world->catalog().observable.artist[t];
        const float after
            = h.world->response().utility(pop, h.world->catalog(), 0, taste.data(), t, 0).total();
        QVERIFY(after < before - 1.0f);
    }

    void churnHazardHandComputedAndDecreasing()
    {
        ChurnParams p;
        p.baseLogit = -3.0;
        p.satisfactionWeight = -6.0;
        p.premiumLogit = -1.0;
        // σ(-3 - 6·0.5) = σ(-6)
        QVERIFY(
            std::abs(churnHazard(0.5, 0.5, false, 0.0, p) - 1.0 / (1.0 + std::exp(6.0))) < 1e-15);
        QVERIFY(
            std::abs(churnHazard(0.5, 0.5, true, 0.0, p) - 1.0 / (1.0 + std::exp(7.0))) < 1e-15);
        double previous = 1.0;
        for (double s = 0.0; s <= 1.0; s += 0.05) {
            const double h = churnHazard(s, 0.5, false, 0.0, p);
            QVERIFY(h < previous);
            previous = h;
        }
    }
};
TD_REGISTER_TEST(TestResponse)
#include "tst_response.moc"
