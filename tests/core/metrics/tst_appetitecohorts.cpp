// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Novelty-appetite terciles (core/metrics/appetitecohorts.h) on a hand-made population; the
// engine's tallies against the event log are in tests/core/sim/tst_engine.cpp.
#include "metrics/appetitecohorts.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;

class TestAppetiteCohorts : public QObject
{
    Q_OBJECT
private slots:
    /// Six initial listeners with appetites 0.9, 0.1, 0.5, 0.3, 0.7, 0.2: sorted 0.1, 0.2,
    /// 0.3, 0.5, 0.7, 0.9, so low = a₍₂₎ = 0.3 and high = a₍₄₎ = 0.7; below 0.3 is low
    /// (listeners 1, 5), below 0.7 middle (2, 3: 0.3 is not below the cut), the rest high
    /// (0, 4). Two arrivals on day 2 with appetites 0.3 (middle) and 0.05 (low).
    void tercilesByHand()
    {
        world::Population pop;
        pop.grow(6);
        pop.noveltyAppetite = { 0.9f, 0.1f, 0.5f, 0.3f, 0.7f, 0.2f };
        for (auto &d : pop.signupDay)
            d = -1;
        metrics::AppetiteTerciles terciles(pop);
        QCOMPARE(terciles.lowCut(), 0.3f);
        QCOMPARE(terciles.highCut(), 0.7f);
        const int expected[] = { 2, 0, 1, 1, 2, 0 };
        for (ListenerId l = 0; l < 6; ++l)
            QCOMPARE(terciles.tercileOf(l), expected[l]);

        pop.grow(2);
        pop.noveltyAppetite[6] = 0.3f;
        pop.noveltyAppetite[7] = 0.05f;
        pop.signupDay[6] = pop.signupDay[7] = 2;
        terciles.assign(pop);
        QCOMPARE(terciles.tercileOf(6), 1);
        QCOMPARE(terciles.tercileOf(7), 0);
        // Fixed at signup: a later change of appetite does not move a listener.
        pop.noveltyAppetite[1] = 0.95f;
        terciles.assign(pop);
        QCOMPARE(terciles.tercileOf(1), 0);
        QCOMPARE(metrics::AppetiteTerciles::name(0), std::string_view("low"));
        QCOMPARE(metrics::AppetiteTerciles::name(1), std::string_view("middle"));
        QCOMPARE(metrics::AppetiteTerciles::name(2), std::string_view("high"));

        // Day 1: the arrivals are not there yet. Listener 5 churned today (satisfaction not
        // counted), listener 2 churned earlier; streams and activity from the tallies.
        pop.satisfaction = { 0.8f, 0.4f, 0.5f, 0.6f, 0.2f, 0.9f, 0.25f, 0.75f };
        pop.slowSatisfaction = { 0.7f, 0.3f, 0.1f, 0.65f, 0.5f, 0.2f, 0.45f, 0.55f };
        pop.churned = { 0, 0, 1, 0, 0, 1, 0, 0 };
        std::vector<metrics::ListenerDayTally> tallies(8);
        tallies[0] = { 7, 1, 0 };
        tallies[1] = { 3, 1, 0 };
        tallies[3] = { 2, 1, 0 };
        tallies[4] = { 0, 1, 0 };
        tallies[5] = { 4, 1, 1 };
        tallies[6] = { 9, 1, 0 }; // not signed up on day 1: ignored
        auto rows = terciles.day(pop, tallies, 1);
        // low {1, 5}: active 2, streams 7, churned 1, satisfaction of 1 alone 0.4.
        QCOMPARE(rows[0].listeners, 2);
        QCOMPARE(rows[0].active, 2);
        QCOMPARE(rows[0].streams, std::int64_t(7));
        QCOMPARE(rows[0].churned, 1);
        QCOMPARE(rows[0].satisfaction, double(0.4f));
        QCOMPARE(rows[0].slowSatisfaction, double(0.3f));
        // middle {2, 3}: 2 churned before; active 1, streams 2, satisfaction 0.6.
        QCOMPARE(rows[1].listeners, 2);
        QCOMPARE(rows[1].active, 1);
        QCOMPARE(rows[1].streams, std::int64_t(2));
        QCOMPARE(rows[1].churned, 0);
        QCOMPARE(rows[1].satisfaction, double(0.6f));
        // high {0, 4}: active 2, streams 7, satisfaction (0.8 + 0.2) / 2.
        QCOMPARE(rows[2].active, 2);
        QCOMPARE(rows[2].streams, std::int64_t(7));
        QCOMPARE(rows[2].satisfaction, (double(0.8f) + double(0.2f)) / 2.0);
        QCOMPARE(rows[2].slowSatisfaction, (double(0.7f) + double(0.5f)) / 2.0);

        // Day 2: the arrivals count; a tercile whose members all churned has no satisfaction.
        tallies[7] = { 1, 1, 0 };
        rows = terciles.day(pop, tallies, 2);
        QCOMPARE(rows[0].listeners, 3); // 1, 5, 7
        QCOMPARE(rows[0].streams, std::int64_t(8));
        QCOMPARE(rows[0].satisfaction, (double(0.4f) + double(0.75f)) / 2.0);
        QCOMPARE(rows[1].listeners, 3); // 2, 3, 6
        QCOMPARE(rows[1].active, 2);
        QCOMPARE(rows[1].streams, std::int64_t(11));
        pop.churned = { 1, 0, 0, 0, 1, 0, 0, 0 };
        rows = terciles.day(pop, tallies, 2);
        QVERIFY(std::isnan(rows[2].satisfaction));
        QVERIFY(std::isnan(rows[2].slowSatisfaction));
    }
};

TD_REGISTER_TEST(TestAppetiteCohorts)
#include "tst_appetitecohorts.moc"
