// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Radio on the pipeline lasts as long as the listener stays (issue 16: the station's queue
// was 40 tracks while world.sessions.radio_max_tracks goes to 1000, so every pipeline radio
// session ended at 40 with nothing said).
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

#include <map>
#include <set>
#include <vector>

using namespace td;
using namespace td::sim;

class TestRadioSessions : public QObject
{
    Q_OBJECT
private slots:
    void stationsRefillWithoutRepeatingThemselves()
    {
        // Radio only, nobody quits, sessions of up to 130 tracks: three stations' worth.
        const std::vector<std::pair<std::string, std::string>> settings {
            { "run.days", "3" },
            { "run.seed", "5" },
            { "world.listeners.count", "60" },
            { "world.listeners.arrivals_per_day", "0" },
            { "world.catalog.tracks", "3000" },
            { "world.sessions.home_weight", "0" },
            { "world.sessions.organic_weight", "0" },
            { "world.sessions.weekly_playlist_rate", "0" },
            { "world.sessions.radio_quit_base", "0" },
            { "world.sessions.radio_quit_per_skip", "0" },
            { "world.sessions.radio_max_tracks", "130" },
            { "recommender.kind", "pipeline" },
            // A third of each pool from uniformly random tracks, so that a refill always finds
            // tracks the station has not played (a station whose retrieval has nothing new
            // left ends, as any recommender out of candidates does).
            { "recommender.candidates.explore_share", "0.3" },
        };
        Scenario s;
        for (const auto &[path, value] : settings)
            setScenarioValue(s, path, value);
        Engine engine(s, 1);
        int sessions = 0;
        int full = 0; // sessions that played all 130 tracks
        while (!engine.finished()) {
            engine.stepDay();
            struct Session
            {
                ListenerId listener;
                int length;
            };
            std::vector<Session> day;
            std::map<ListenerId, double> hours;
            std::set<TrackId> heard;
            for (const events::Event &e : engine.lastDayEvents()) {
                hours[e.listener] += e.listenMs / 3.6e6;
                if (e.surface != events::Surface::Radio || e.action != events::Action::Impression)
                    continue;
                if (e.position == 0) {
                    day.push_back({ e.listener, 0 });
                    heard.clear();
                }
                QVERIFY(!day.empty());
                QCOMPARE(e.listener, day.back().listener);
                QCOMPARE(int(e.position), day.back().length);
                QVERIFY2(heard.insert(e.track).second,
                    qPrintable(QStringLiteral("listener %1 heard track %2 twice in one session")
                                   .arg(e.listener)
                                   .arg(e.track)));
                ++day.back().length;
            }
            // Only the day's listening budget (world.sessions.max_hours_per_day, 24 hours) ends
            // a session early, and then it is the listener's last of the day.
            for (std::size_t i = 0; i < day.size(); ++i) {
                ++sessions;
                if (day[i].length == 130) {
                    ++full;
                    continue;
                }
                const ListenerId l = day[i].listener;
                QVERIFY2(hours[l] >= 24.0 && (i + 1 == day.size() || day[i + 1].listener != l),
                    qPrintable(QStringLiteral("listener %1: a session of %2 tracks, %3 h")
                                   .arg(l)
                                   .arg(day[i].length)
                                   .arg(hours[l])));
            }
        }
        QVERIFY(sessions > 50);
        QVERIFY2(full > sessions / 2,
            qPrintable(
                QStringLiteral("%1 of %2 sessions played 130 tracks").arg(full).arg(sessions)));
    }
};
TD_REGISTER_TEST(TestRadioSessions)

#include "tst_radiosessions.moc"
