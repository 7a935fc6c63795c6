// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/radiostations.h"
#include "testregistry.h"

#include <QtTest>

using namespace td;
using namespace td::recsys;

/// A station's queue by session position, across refills (docs/pipeline.md, "Surfaces").
class TestRadioStations : public QObject
{
    Q_OBJECT

    static events::RecRequest radio(std::uint32_t session, std::uint32_t position)
    {
        events::RecRequest r;
        r.listener = 1;
        r.day = 4;
        r.surface = events::Surface::Radio;
        r.k = 1;
        r.sessionIndex = session;
        r.positionInSession = position;
        return r;
    }

    static std::vector<events::SlateEntry> queueOf(const std::vector<TrackId> &tracks)
    {
        std::vector<events::SlateEntry> q;
        for (TrackId t : tracks)
            q.push_back({ t, 0.0f, 0.5f, 0, 0 });
        return q;
    }

    static std::vector<std::array<float, kFeatureCount>> featuresOf(std::size_t n, float first)
    {
        std::vector<std::array<float, kFeatureCount>> f(n);
        for (std::size_t i = 0; i < n; ++i)
            f[i][kFeatCf] = first + float(i);
        return f;
    }

private slots:
    void servesByPositionAcrossRefills()
    {
        RadioStations stations;
        stations.resize(2);
        QVERIFY(stations.startsStation(radio(0, 0)));
        stations.start(radio(0, 0), queueOf({ 12, 10, 11 }), featuresOf(3, 100.0f));
        QVERIFY(!stations.startsStation(radio(0, 1)));
        QCOMPARE(stations.track(1, 2)->track, TrackId(11));
        QVERIFY(!stations.needsRefill(radio(0, 2)));
        QVERIFY(stations.track(1, 3) == nullptr);
        QVERIFY(stations.needsRefill(radio(0, 3)));
        QVERIFY(stations.played(1).empty());

        stations.retireQueue(1);
        QCOMPARE(stations.played(1), (std::vector<TrackId> { 10, 11, 12 }));
        stations.refill(radio(0, 3), queueOf({ 30, 5 }), featuresOf(2, 200.0f));
        QVERIFY(stations.track(1, 2) == nullptr); // the retired queue is gone
        QCOMPARE(stations.track(1, 3)->track, TrackId(30));
        QCOMPARE(stations.track(1, 4)->track, TrackId(5));
        QCOMPARE(stations.features(1, 4)[kFeatCf], 201.0f);
        QVERIFY(stations.track(1, 5) == nullptr);
        QVERIFY(stations.needsRefill(radio(0, 5)));
        stations.retireQueue(1);
        QCOMPARE(stations.played(1), (std::vector<TrackId> { 5, 10, 11, 12, 30 }));

        // The next session starts a new station with nothing played.
        QVERIFY(stations.startsStation(radio(1, 0)));
        stations.start(radio(1, 0), queueOf({ 7 }), featuresOf(1, 0.0f));
        QVERIFY(stations.played(1).empty());
        QCOMPARE(stations.track(1, 0)->track, TrackId(7));
    }

    // Issue 18 item 5: a finished session's station gives its memory back (it is never read
    // again), and the next station serves exactly what a fresh one would.
    void endedStationsHoldNothingAndRestartLikeFresh()
    {
        RadioStations stations;
        stations.resize(2);
        for (std::uint32_t session = 0; session < 50; ++session) {
            stations.start(radio(session, 0), queueOf({ 12, 10, 11 }), featuresOf(3, 1.0f));
            for (std::uint32_t refill = 1; refill <= session % 7; ++refill) {
                stations.retireQueue(1);
                stations.refill(radio(session, 3 * refill), queueOf({ 20 + refill, 2, 3 }),
                    featuresOf(3, float(refill)));
            }
            QVERIFY(!stations.released(1));
            stations.endSession(1);
            QVERIFY(stations.released(1));
            QVERIFY(stations.startsStation(radio(session, 5))); // ended: a new one starts
        }
        RadioStations fresh;
        fresh.resize(2);
        for (RadioStations *s : { &stations, &fresh }) {
            s->start(radio(99, 0), queueOf({ 7, 8 }), featuresOf(2, 40.0f));
            s->retireQueue(1);
            s->refill(radio(99, 2), queueOf({ 9 }), featuresOf(1, 50.0f));
        }
        QCOMPARE(stations.played(1), fresh.played(1));
        QCOMPARE(stations.played(1), (std::vector<TrackId> { 7, 8 }));
        for (std::size_t p = 0; p < 4; ++p) {
            QCOMPARE(stations.track(1, p) == nullptr, fresh.track(1, p) == nullptr);
            if (fresh.track(1, p)) {
                QCOMPARE(stations.track(1, p)->track, fresh.track(1, p)->track);
                QCOMPARE(stations.features(1, p)[kFeatCf], fresh.features(1, p)[kFeatCf]);
            }
        }
    }
};
TD_REGISTER_TEST(TestRadioStations)

#include "tst_radiostations.moc"
