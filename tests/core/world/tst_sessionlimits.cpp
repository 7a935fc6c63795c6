// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Every range the schema accepts is honoured (issue 16, "silent caps"): as many sessions a day
// as the activity asks for, a daily listening-time budget instead of none, and slate positions
// past 255 in the event log.
#include "testregistry.h"
#include "worldharness.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace td;
using namespace td::world;

namespace {

/// Listening time of each listener in the day whose events the harness holds, in hours.
std::map<ListenerId, double> hoursByListener(const std::vector<events::Event> &events)
{
    std::map<ListenerId, double> hours;
    for (const events::Event &e : events)
        hours[e.listener] += e.listenMs / 3.6e6;
    return hours;
}

/// Sessions on one surface only, no weekly playlists (their day depends on the listener).
void onlySurface(WorldParams &p, events::Surface surface)
{
    p.sessions.homeWeight = surface == events::Surface::Home ? 1.0 : 0.0;
    p.sessions.radioWeight = surface == events::Surface::Radio ? 1.0 : 0.0;
    p.sessions.organicWeight = surface == events::Surface::Organic ? 1.0 : 0.0;
    p.sessions.weeklyPlaylistRate = 0.0;
}

} // namespace

class TestSessionLimits : public QObject
{
    Q_OBJECT
private slots:
    // world.listeners.activity_mean goes to 100 sessions a day; the world once drew at most
    // 12. On day 0 (a Monday) every listener's rate is activity × (0.4 + 1.2 × 0.6), the
    // satisfaction every listener starts with: 40 × 1.12 = 44.8 sessions on average.
    void sessionsPerDayFollowTheActivity()
    {
        WorldHarness h([](WorldParams &p) {
            onlySurface(p, events::Surface::Organic);
            p.sessions.organicTracksMean = 1.0; // one play per session
        });
        h.setAll(&Population::activity, 40.0f);
        const DayCounters day = h.step();
        const double perListener = double(day.sessions) / double(day.startPopulation);
        const double expected = 40.0 * (0.4 + 1.2 * 0.6);
        // The mean of 400 Poisson(44.8) draws: standard error 0.33.
        QVERIFY2(std::abs(perListener - expected) < 1.5, qPrintable(QString::number(perListener)));
        QCOMPARE(day.plays, day.sessions); // every session played its one track
    }

    // Radio of up to 1000 tracks with no quitting: without a budget a listener streamed 70.8
    // hours in a day. The default budget is the whole day; the play that reaches it is the
    // last (a track lasts at most 600 s in a generated catalogue), and no session starts
    // after it. A 1000-track session lasts well over two hours, so with a two-hour budget
    // every listener's first session ends exactly there.
    void listeningStopsAtTheDailyBudget_data()
    {
        QTest::addColumn<double>("budget");
        QTest::addColumn<bool>("firstSessionSpendsIt");
        QTest::newRow("default, a whole day") << 24.0 << false;
        QTest::newRow("two hours") << 2.0 << true;
    }
    void listeningStopsAtTheDailyBudget()
    {
        QFETCH(double, budget);
        QFETCH(bool, firstSessionSpendsIt);
        WorldHarness h([budget](WorldParams &p) {
            onlySurface(p, events::Surface::Radio);
            p.sessions.radioMaxTracks = 1000;
            p.sessions.radioQuitBase = 0.0;
            p.sessions.radioQuitPerSkip = 0.0;
            if (budget != 24.0)
                p.sessions.maxHoursPerDay = budget;
        });
        QCOMPARE(h.params.sessions.maxHoursPerDay, budget);
        h.setAll(&Population::activity, 3.0f);
        const DayCounters day = h.step();
        const auto hours = hoursByListener(h.scratch.events);
        QVERIFY(hours.size() > 300);
        std::size_t reached = 0;
        for (const auto &[listener, listened] : hours) {
            QVERIFY2(listened < budget + 600.0 / 3600.0,
                qPrintable(QStringLiteral("listener %1: %2 h").arg(listener).arg(listened)));
            reached += listened >= budget ? 1 : 0;
        }
        if (firstSessionSpendsIt) {
            QCOMPARE(reached, hours.size());
            QCOMPARE(day.sessions, day.activeListeners); // nobody had a second session
        } else {
            QVERIFY2(reached > hours.size() / 2, qPrintable(QString::number(reached)));
        }
    }

    // A session's clock advances with each play, and a session that runs past midnight keeps
    // the day it began: its later events log hours of 24 and more (docs/cli.md), never a
    // clock wrapped to 00:xx of the same day or stopped at 24. Radio sessions of up to 100
    // tracks with no quitting (hours long), all started near 23:30.
    void aSessionPastMidnightKeepsItsDayAndCountsOn()
    {
        WorldHarness h([](WorldParams &p) {
            onlySurface(p, events::Surface::Radio);
            p.sessions.radioMaxTracks = 100;
            p.sessions.radioQuitBase = 0.0;
            p.sessions.radioQuitPerSkip = 0.0;
        });
        h.setAll(&Population::peakHour, 23.5f);
        h.setAll(&Population::hourSpread, 0.05f); // starts within 23:30 ± 15 min (5 σ)
        h.setAll(&Population::activity, 1.0f);
        h.step();
        const auto listened = hoursByListener(h.scratch.events);
        QVERIFY(listened.size() > 100);
        std::map<ListenerId, float> latest;
        for (const events::Event &e : h.scratch.events) {
            QCOMPARE(e.day, Day(0));
            // Not before the session's start; at most its start plus the listener's day.
            QVERIFY2(e.hour >= 23.0f && e.hour <= 24.0f + float(listened.at(e.listener)),
                qPrintable(QStringLiteral("listener %1: hour %2").arg(e.listener).arg(e.hour)));
            latest[e.listener] = std::max(latest[e.listener], e.hour);
        }
        // Well past it, not held at 24: a 100-track radio session lasts hours.
        std::size_t pastMidnight = 0;
        for (const auto &[listener, hour] : latest)
            pastMidnight += hour > 24.5f ? 1 : 0;
        QVERIFY2(pastMidnight > latest.size() / 2, qPrintable(QString::number(pastMidnight)));
    }

    // recommender.slate_size goes to 1000: positions past 255 reach the log as they are
    // (Event::position is 16-bit; it was 8-bit and clamped to 255).
    void slatePositionsPast255AreLogged()
    {
        WorldHarness h([](WorldParams &p) {
            onlySurface(p, events::Surface::Home);
            p.sessions.examinationDecay = 1.0; // every position is examined
            p.listeners.count = 20;
            p.catalog.tracks = 3000; // a chart long enough for 1000-track slates
        });
        h.world->setHomeSlateSize(1000);
        h.step();
        int next = 0;
        int slates = 0;
        int streamsPast255 = 0;
        for (const events::Event &e : h.scratch.events) {
            if (e.action == events::Action::Impression) {
                if (e.position == 0) {
                    QVERIFY(next == 0 || next == 1000);
                    ++slates;
                }
                QCOMPARE(int(e.position), next == 1000 ? 0 : next);
                next = e.position + 1;
            } else if (e.action == events::Action::Stream && e.position > 255) {
                ++streamsPast255;
            }
        }
        QVERIFY(slates > 0);
        QCOMPARE(next, 1000);
        QVERIFY(streamsPast255 > 0);
    }
};
TD_REGISTER_TEST(TestSessionLimits)

#include "tst_sessionlimits.moc"
