// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/certainty.h"
#include "testregistry.h"

#include "world/world.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace td;
using namespace td::metrics;

class TestCertainty : public QObject
{
    Q_OBJECT
private slots:
    void regretOfAHandSlate()
    {
        // Best two 0.9, 0.7 (mean 0.8); shown 0.2, 0.4 (mean 0.3).
        QCOMPARE(slateRegret({ 0.2, 0.4 }, { 0.9, 0.7 }), 0.5);
        QCOMPARE(slateRegret({ 0.9, 0.7 }, { 0.9, 0.7 }), 0.0);
        QVERIFY(std::isnan(slateRegret({}, {})));
    }

    /// The oracle's best K equals a brute-force ranking of every released track by
    /// ResponseModel::utility, bit for bit, including known, blocked and explicit tracks.
    void oracleMatchesBruteForce()
    {
        world::WorldParams params;
        params.catalog.tracks = 900;
        params.catalog.genres = 6;
        params.catalog.explicitShare = 0.3;
        params.listeners.count = 12;
        world::World w(params, 11);
        auto &pop = w.population();
        const auto &catalog = w.catalog();
        const Day day = 40;
        // Listener 0 knows some tracks (liked, saved, hot); listener 1 blocked two artists;
        // listener 2 has explicit content off.
        for (int s = 0; s < 10; ++s) {
            auto &slot = pop.history[0][std::size_t(s)];
            slot.track = TrackId(7 * s + 3);
            slot.heat = float(s % 4);
            slot.lastDay = day - s % 3;
            slot.liked = std::uint8_t(s % 2);
            slot.saved = std::uint8_t(s % 5 == 0);
        }
        pop.blocked[1][0] = catalog.observable.artist[5];
        pop.blocked[1][1] = catalog.observable.artist[17];
        pop.explicitOff[2] = 1;

        SlateTruth truth(catalog, w.response());
        truth.setDay(day);
        std::size_t released = 0;
        for (TrackId t = 0; t < catalog.trackCount(); ++t)
            released += catalog.observable.isReleased(t, day) ? 1 : 0;
        QCOMPARE(truth.releasedCount(), released);
        QVERIFY(released < catalog.trackCount()); // some releases are still to come

        const int k = 15;
        std::vector<double> shown, ideal;
        std::vector<float> taste(std::size_t(pop.dim));
        for (ListenerId l = 0; l < 4; ++l) {
            for (auto context : { events::Context::None, events::Context::Workout }) {
                w.response().contextTaste(pop, l, context, taste.data());
                std::vector<float> all;
                for (TrackId t = 0; t < catalog.trackCount(); ++t) {
                    if (!catalog.observable.isReleased(t, day))
                        continue;
                    if (pop.explicitOff[l] && catalog.observable.isExplicit[t])
                        continue;
                    all.push_back(
                        w.response().utility(pop, catalog, l, taste.data(), t, day).total());
                }
                std::sort(all.begin(), all.end(), std::greater<>());
                const TrackId slate[] = { 3, 10, 5, 600 };
                truth.evaluate(pop, l, context, slate, 4, shown, ideal);
                QCOMPARE(ideal.size(), std::size_t(4));
                for (std::size_t i = 0; i < 4; ++i) {
                    QCOMPARE(ideal[i], double(all[i])); // exact, not fuzzy
                    QCOMPARE(shown[i],
                        double(w.response()
                                   .utility(pop, catalog, l, taste.data(), slate[i], day)
                                   .total()));
                }
                std::vector<TrackId> many(std::size_t(k), 0);
                for (int i = 0; i < k; ++i)
                    many[std::size_t(i)] = TrackId(i);
                truth.evaluate(pop, l, context, many.data(), many.size(), shown, ideal);
                for (int i = 0; i < k; ++i)
                    QVERIFY(ideal[std::size_t(i)] == double(all[std::size_t(i)]));
                QVERIFY(slateRegret(shown, ideal) >= 0.0);
            }
        }
        // The stream threshold follows patience: θ = 0.22 + 0.2·(½ − patience).
        pop.patience[3] = 0.25f;
        QVERIFY(std::abs(truth.streamThreshold(pop, 3) - (0.22 + 0.2 * 0.25)) < 1e-7);
    }
};

TD_REGISTER_TEST(TestCertainty)
#include "tst_certainty.moc"
