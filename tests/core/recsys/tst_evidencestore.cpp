// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/filters/filterrules.h"
#include "recsys/pipeline/servingview.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

using namespace td;
using namespace td::recsys;
using events::Action;
using events::Surface;
using test::makeEvent;

namespace {

/// Default ConfidenceParams (what the scenarios run with): α = 2, stream 1, save 4,
/// skip_browse 0.2, skip_radio 0.5, skip_focus 1, half-life 30 days, so an age of 30 days
/// halves a mass and 60 days quarters it.
///
/// Day 0:
///   listener 0, track 10: Home stream + save    P = 1 + 4 = 5, all recommended
///   listener 0, track 11: organic stream        P = 1, none recommended
///   listener 0, track 12: Home skip             P = 0, N = 0.2 (no positive evidence)
///   listener 1, track 10: two organic streams   P = 2, none recommended
///   listener 1, track 13: radio stream + skip   P = 1 (recommended), N = 0.5
///   listener 1, track 14: Home stream, then two skips in a focus session
///                                               P = 1 (recommended), N = 2: net −1
/// Day 30:
///   listener 0, track 10: organic stream  P = 5·½ + 1 = 3.5, R = 5·½ = 2.5 (the recommended
///                                         part decays with the rest)
///   listener 0, track 11: Home stream     P = 1·½ (organic, decayed) + 1 (recommended) = 1.5
///   listener 1, track 11: Discover Weekly stream   P = 1, recommended
void recordDay0(EvidenceStore &store)
{
    store.record(makeEvent(0, 10, Action::Stream, 0, Surface::Home), 0);
    store.record(makeEvent(0, 10, Action::Save, 0, Surface::Home), 0);
    store.record(makeEvent(0, 10, Action::Impression, 0, Surface::Home), 0); // no evidence
    store.record(makeEvent(0, 11, Action::Stream, 0, Surface::Organic), 0);
    store.record(makeEvent(0, 12, Action::Skip, 0, Surface::Home), 0);
    store.record(makeEvent(1, 10, Action::Stream, 0, Surface::Organic), 0);
    store.record(makeEvent(1, 10, Action::Stream, 0, Surface::Organic), 0);
    store.record(makeEvent(1, 13, Action::Stream, 0, Surface::Radio), 0);
    store.record(makeEvent(1, 13, Action::Skip, 0, Surface::Radio), 0);
    store.record(makeEvent(1, 14, Action::Stream, 0, Surface::Home), 0);
    // The recommender is sure these two were in a focus session (focusShare 1).
    store.record(makeEvent(1, 14, Action::Skip, 0, Surface::Home), 0, 1.0f);
    store.record(makeEvent(1, 14, Action::Skip, 0, Surface::Home), 0, 1.0f);
}

void recordDay30(EvidenceStore &store)
{
    store.record(makeEvent(0, 10, Action::Stream, 30, Surface::Organic), 0);
    store.record(makeEvent(0, 11, Action::Stream, 30, Surface::Home), 0);
    store.record(makeEvent(1, 11, Action::Stream, 30, Surface::DiscoverWeekly), 0);
}

void compareShare(double actual, double expected)
{
    // Masses are stored in float: a relative 1e-6 covers their rounding.
    QVERIFY2(std::abs(actual - expected) < 1e-6,
        qPrintable(QStringLiteral("share %1, expected %2").arg(actual, 0, 'g', 10).arg(expected)));
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT
private slots:
    /// The confidence rule of the header: net = decayed (P − N), c = 1 + α·|net|.
    void confidenceOfHandPairs()
    {
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(2);
        recordDay0(store);
        float p = 0.0f, c = 0.0f;
        // Listener 0, track 10: net 5 → c = 11 on day 0; 2.5 → c = 6 on day 30.
        store.confidence(*store.find(0, 10), 0, p, c);
        QCOMPARE(p, 1.0f);
        QCOMPARE(c, 11.0f);
        store.confidence(*store.find(0, 10), 30, p, c);
        QVERIFY(std::abs(c - 6.0f) < 1e-5f);
        // Listener 1, track 14: net 1 − 2 = −1 → preference 0, c = 1 + 2·1 = 3.
        store.confidence(*store.find(1, 14), 0, p, c);
        QCOMPARE(p, 0.0f);
        QCOMPARE(c, 3.0f);
        // Listener 0, track 12: net −0.2 → c = 1.4; listener 1, track 13: net 0.5 → c = 2.
        store.confidence(*store.find(0, 12), 0, p, c);
        QCOMPARE(p, 0.0f);
        QVERIFY(std::abs(c - 1.4f) < 1e-6f);
        store.confidence(*store.find(1, 13), 0, p, c);
        QCOMPARE(c, 2.0f);
        QCOMPARE(store.find(1, 11), nullptr); // impressions leave no evidence
        QCOMPARE(store.find(0, 13), nullptr);
    }

    void findAgreesWithALinearSearch()
    {
        // Rows of every length from 0 to 40 (odd and even halvings) over the odd tracks, each
        // track of 0..90 looked up: present ones return their own pair, absent ones (below,
        // between and above the row's tracks) return nullptr.
        EvidenceStore store;
        store.setParams({});
        store.resize(41);
        for (ListenerId l = 0; l < 41; ++l)
            for (TrackId k = l; k-- > 0;) // odd tracks, recorded from the top down
                store.record(makeEvent(l, 1 + 2 * k, Action::Stream, 0), ArtistId(k));
        for (ListenerId l = 0; l < 41; ++l) {
            const auto &row = store.pairs(l);
            QCOMPARE(row.size(), std::size_t(l));
            for (TrackId t = 0; t <= 90; ++t) {
                const auto it = std::find_if(
                    row.begin(), row.end(), [t](const TrackEvidence &e) { return e.track == t; });
                const TrackEvidence *expected = it == row.end() ? nullptr : &*it;
                QCOMPARE(store.find(l, t), expected);
            }
        }
    }

    /// artistAffinity = Σ over the listener's positive events on the artist's tracks of
    /// weight · 2^(−age / half-life), whatever order the artists first appear in; 0 for an
    /// artist never streamed or only skipped. Against a double-precision sum.
    void artistAffinityIsTheDecayedPositiveMassPerArtist()
    {
        EvidenceStore store;
        store.setParams({}); // stream 1, save 4, half-life 30 days
        store.resize(2);
        std::map<ArtistId, double> expected;
        const Day today = 9;
        // Artists 0..49 in a scrambled order (37 is coprime to 50), over days 0..8; every
        // third artist also gets a save, artist 3·k+1 a skip only on listener 1.
        for (int i = 0; i < 50; ++i) {
            const ArtistId a = ArtistId((i * 37) % 50);
            const Day day = Day(i * 9 / 50); // days go forward, as in a run
            store.record(makeEvent(0, TrackId(1000 + a), Action::Stream, day), a);
            expected[a] += std::pow(0.5, (today - day) / 30.0);
            if (a % 3 == 0) {
                store.record(makeEvent(0, TrackId(2000 + a), Action::Save, day), a);
                expected[a] += 4.0 * std::pow(0.5, (today - day) / 30.0);
            }
            store.record(makeEvent(1, TrackId(1000 + a), Action::Skip, day), a);
        }
        for (ArtistId a = 0; a < 60; ++a) {
            const double want = expected.count(a) ? expected[a] : 0.0;
            const float got = store.artistAffinity(0, a, today);
            QVERIFY2(std::abs(double(got) - want) <= 1e-5 * want,
                qPrintable(QStringLiteral("artist %1: %2, expected %3").arg(a).arg(got).arg(want)));
            QCOMPARE(store.artistAffinity(1, a, today), 0.0f); // skips carry no positive mass
        }
    }

    /// decay() is exp(ln ½ / half-life · gap) bit for bit, whether the gap is in the table
    /// (below kDecayTableDays) or beyond it, for half-lives that do and do not divide a day.
    void decayIsTheHalfLifeExponentialBitForBit_data()
    {
        QTest::addColumn<double>("halfLife");
        QTest::newRow("30 days") << 30.0;
        QTest::newRow("7.5 days") << 7.5;
        QTest::newRow("0.3 days") << 0.3;
        QTest::newRow("36500 days") << 36500.0;
    }
    void decayIsTheHalfLifeExponentialBitForBit()
    {
        QFETCH(double, halfLife);
        ConfidenceParams params;
        params.halfLifeDays = halfLife;
        EvidenceStore store;
        store.setParams(params);
        const double perDay = std::log(0.5) / halfLife;
        for (const Day from : { -100000, -5, 0, 17 }) {
            for (Day gap = -3; gap < 2 * EvidenceStore::kDecayTableDays + 5; ++gap) {
                const double expected = gap <= 0 ? 1.0 : std::exp(perDay * double(gap));
                const double actual = store.decay(from, from + gap);
                if (std::memcmp(&actual, &expected, sizeof(double)) != 0)
                    QFAIL(qPrintable(QStringLiteral("from %1, gap %2: %3, expected %4")
                                         .arg(from)
                                         .arg(gap)
                                         .arg(actual, 0, 'g', 17)
                                         .arg(expected, 0, 'g', 17)));
            }
        }
    }

    /// self_caused_evidence = Σ (c − 1)·R/P / Σ (c − 1) over pairs with positive evidence P > 0
    /// (R = its recommended part), c − 1 = α·|decayed net| (docs/metrics.md).
    void selfCausedShareByHand()
    {
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(2);
        recordDay0(store);
        // Day 0, c − 1 = 2·|net| and R/P per pair:
        //   (0,10) 2·5 = 10, R/P 1      → 10
        //   (0,11) 2·1 = 2,  R/P 0      → 0
        //   (0,12) P = 0: left out (no positive evidence to attribute)
        //   (1,10) 2·2 = 4,  R/P 0      → 0
        //   (1,13) 2·0.5 = 1, R/P 1     → 1
        //   (1,14) 2·|−1| = 2, R/P 1    → 2
        // share = (10 + 1 + 2) / (10 + 2 + 4 + 1 + 2) = 13 / 19.
        compareShare(store.selfCausedShare(0), 13.0 / 19.0);
        // Thirty days later every pair has halved: the share is the same.
        compareShare(store.selfCausedShare(30), 13.0 / 19.0);

        recordDay30(store);
        // Day 30, the day-0 pairs at half their mass:
        //   (0,10) P = 3.5, R = 2.5: 2·3.5 = 7, R/P 5/7 → 5
        //   (0,11) P = 0.5 + 1 = 1.5, R = 1: 2·1.5 = 3, R/P 2/3 → 2
        //   (1,10) 2·1 = 2,  R/P 0                → 0
        //   (1,13) 2·0.25 = 0.5, R/P 1            → 0.5
        //   (1,14) 2·0.5 = 1, R/P 1               → 1
        //   (1,11) 2·1 = 2,  R/P 1                → 2
        // share = (5 + 2 + 0.5 + 1 + 2) / (7 + 3 + 2 + 0.5 + 1 + 2) = 10.5 / 15.5 = 21 / 31.
        // (Without decay it would be 17 / 25: old listening counts less as it ages.)
        compareShare(store.selfCausedShare(30), 21.0 / 31.0);
        // Day 60: every pair halves again (all masses ×½): still 21 / 31.
        compareShare(store.selfCausedShare(60), 21.0 / 31.0);
        // The recorded masses themselves, decayed to day 30 when the pair was touched.
        const TrackEvidence *e = store.find(0, 11);
        QVERIFY(e);
        QVERIFY(std::abs(e->positive - 1.5f) < 1e-6f);
        QCOMPARE(e->positiveRecommended, 1.0f);
        QCOMPARE(e->lastDay, 30);
        e = store.find(0, 10);
        QVERIFY(e);
        QVERIFY(std::abs(e->positive - 3.5f) < 1e-6f);
        QVERIFY(std::abs(e->positiveRecommended - 2.5f) < 1e-6f);
    }

    /// Only recommended or only organic evidence: the share is 1 or 0.
    void closedAndOpenLoop_data()
    {
        QTest::addColumn<int>("surface");
        QTest::addColumn<double>("expected");
        QTest::newRow("home: closed loop") << int(Surface::Home) << 1.0;
        QTest::newRow("radio: closed loop") << int(Surface::Radio) << 1.0;
        QTest::newRow("release radar: closed loop") << int(Surface::ReleaseRadar) << 1.0;
        QTest::newRow("organic: open loop") << int(Surface::Organic) << 0.0;
    }
    void closedAndOpenLoop()
    {
        QFETCH(int, surface);
        QFETCH(double, expected);
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(2);
        const auto s = Surface(surface);
        store.record(makeEvent(0, 3, Action::Stream, 0, s), 0);
        store.record(makeEvent(1, 4, Action::Save, 2, s), 0);
        store.record(makeEvent(1, 5, Action::Skip, 2, s), 0);
        QCOMPARE(store.selfCausedShare(9), expected);
    }

    /// Without positive evidence there is no training signal to attribute: the share is
    /// undefined (NaN, as every undefined metric in docs/metrics.md), not 0, which would read
    /// as "all organic".
    // Issue 18 item 5: the pairs grow by a quarter, not doubling, so a listener's vector is
    // never much more than its pairs; and they are the same pairs, sorted, with the same
    // masses as a plain reference (a map from track to summed stream weight, same day: no
    // decay).
    void evidenceCapacityStaysNearItsPairs()
    {
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(1);
        std::map<TrackId, float> reference;
        std::uint32_t x = 12345;
        for (int i = 0; i < 3000; ++i) {
            x = x * 1664525u + 1013904223u; // a fixed LCG: tracks in scattered order, repeats
            const TrackId t = (x >> 8) % 2000;
            store.record(makeEvent(0, t, Action::Stream, 5, Surface::Organic), 0);
            reference[t] += 1.0f;
            const auto &pairs = store.pairs(0);
            QVERIFY2(pairs.capacity() <= pairs.size() + std::max<std::size_t>(4, pairs.size() / 4),
                qPrintable(QStringLiteral("%1 pairs in a capacity of %2")
                               .arg(pairs.size())
                               .arg(pairs.capacity())));
        }
        const auto &pairs = store.pairs(0);
        QCOMPARE(pairs.size(), reference.size());
        std::size_t i = 0;
        for (const auto &[track, mass] : reference) {
            QCOMPARE(pairs[i].track, track);
            QCOMPARE(pairs[i].positive, mass);
            ++i;
        }
        QCOMPARE(store.pairCount(), reference.size());
    }

    /// The prune drops a pair whose decayed mass fell below epsilon only once its last skip
    /// is older than max(365, skip_window_days) days: the skip filter reads lastSkipDay for
    /// skip_window_days (up to 3,650), and 365 stays the floor so default runs keep their
    /// numbers. Track 7 of listener 0 is skipped on Home on day 0 (N = 0.2, below 0.01 after
    /// 130 days at the 30-day half-life); track 8 is streamed on day 0 (P = 1, below 0.01
    /// after 200 days) and never skipped, so no window keeps it; track 9 is saved every 20
    /// days (P ≥ 4 when pruned), so no age drops it.
    void pruneKeepsWhatTheSkipFilterReads_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("pruneDay");
        QTest::addColumn<bool>("skippedSurvives");
        QTest::newRow("window 500, day 400: still read") << 500 << 400 << true;
        QTest::newRow("window 300, day 400: floor 365 passed") << 300 << 400 << false;
        QTest::newRow("window 14, day 365: the floor") << 14 << 365 << true;
        QTest::newRow("window 14, day 366") << 14 << 366 << false;
        QTest::newRow("window 366, day 366") << 366 << 366 << true;
        QTest::newRow("window 500, day 500") << 500 << 500 << true;
        QTest::newRow("window 500, day 501") << 500 << 501 << false;
        QTest::newRow("window 3650, day 3650") << 3650 << 3650 << true;
        QTest::newRow("window 3650, day 3651") << 3650 << 3651 << false;
    }
    void pruneKeepsWhatTheSkipFilterReads()
    {
        QFETCH(int, window);
        QFETCH(int, pruneDay);
        QFETCH(bool, skippedSurvives);
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(1);
        store.record(makeEvent(0, 7, Action::Skip, 0, Surface::Home), 0);
        store.record(makeEvent(0, 8, Action::Stream, 0, Surface::Organic), 0);
        for (Day d = 0; d < pruneDay; d += 20)
            store.record(makeEvent(0, 9, Action::Save, d, Surface::Organic), 0);
        // The skip's mass really is below epsilon (the age, not the mass, keeps the pair).
        QVERIFY(store.decay(0, pruneDay) * store.find(0, 7)->negative < 0.01);

        store.prune(pruneDay, window);
        QCOMPARE(store.find(0, 7) != nullptr, skippedSurvives);
        QCOMPARE(store.find(0, 8), nullptr);
        QVERIFY(store.find(0, 9));
        QCOMPARE(store.pairCount(), std::size_t(skippedSurvives ? 2 : 1));
        // Whatever the prune dropped, the skip filter removes track 7 on every later day
        // exactly as it would have without the prune (skipped on day 0: while day < window).
        RecommenderParams params;
        params.filters.skipWindowDays = window;
        ServingView view;
        view.params = &params;
        const SkippedRecentlyFilter filter;
        for (Day day = pruneDay; day < pruneDay + 10; ++day) {
            events::RecRequest request;
            request.day = day;
            QCOMPARE(filter.removes(view, request, 7, store.find(0, 7)), day < window);
        }
    }

    /// The evidence window forgets a pair with no event for more than window_days, by age
    /// alone (track 9, saved: mass 4, far above the mass prune's 0.01), and keeps a pair
    /// the skip filter (track 7) or the heard filter (track 8) still reads: each filter
    /// answers on `day` exactly as it would have without the window. Track 6 is streamed on
    /// day 10 and sits inside every window below.
    void windowForgetsByAgeAndKeepsWhatFiltersRead_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("skipWindow");
        QTest::addColumn<int>("heardWindow");
        QTest::addColumn<int>("day");
        QTest::addColumn<QList<int>>("kept");
        // Tracks 7, 8 and 9 had their last event on day 0.
        QTest::newRow("age 28 = window: kept") << 28 << 0 << 0 << 28 << QList<int> { 6, 7, 8, 9 };
        QTest::newRow("age 29 > window: gone") << 28 << 0 << 0 << 29 << QList<int> { 6 };
        QTest::newRow("window 1, day 2") << 1 << 0 << 0 << 2 << QList<int> {};
        QTest::newRow("skip filter reads day 29") << 28 << 30 << 0 << 29 << QList<int> { 6, 7 };
        QTest::newRow("skip filter done on day 30") << 28 << 30 << 0 << 30 << QList<int> { 6 };
        QTest::newRow("heard filter reads day 29") << 28 << 0 << 30 << 29 << QList<int> { 6, 7, 8 };
        QTest::newRow("heard filter done on day 30") << 28 << 0 << 30 << 30 << QList<int> { 6 };
    }
    void windowForgetsByAgeAndKeepsWhatFiltersRead()
    {
        QFETCH(int, window);
        QFETCH(int, skipWindow);
        QFETCH(int, heardWindow);
        QFETCH(int, day);
        QFETCH(QList<int>, kept);
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(1);
        store.record(makeEvent(0, 7, Action::Skip, 0, Surface::Home), 0);
        store.record(makeEvent(0, 8, Action::Stream, 0, Surface::Organic), 0);
        store.record(makeEvent(0, 9, Action::Save, 0, Surface::Organic), 0);
        if (day >= 10 && day - 10 <= window)
            store.record(makeEvent(0, 6, Action::Stream, 10, Surface::Organic), 0);
        else
            kept.removeAll(6);

        RecommenderParams params;
        params.filters.skipWindowDays = skipWindow;
        params.filters.heardWindowDays = heardWindow;
        ServingView view;
        view.params = &params;
        events::RecRequest request;
        request.day = day;
        const SkippedRecentlyFilter skipped;
        const HeardRecentlyFilter heard;
        std::vector<std::pair<bool, bool>> before;
        for (TrackId t = 6; t <= 9; ++t)
            before.emplace_back(skipped.removes(view, request, t, store.find(0, t)),
                heard.removes(view, request, t, store.find(0, t)));

        store.forgetOutsideWindow(day, window, skipWindow, heardWindow);
        QList<int> actual;
        for (const TrackEvidence &e : store.pairs(0))
            actual.append(int(e.track));
        QCOMPARE(actual, kept);
        for (TrackId t = 6; t <= 9; ++t) {
            QCOMPARE(skipped.removes(view, request, t, store.find(0, t)), before[t - 6].first);
            QCOMPARE(heard.removes(view, request, t, store.find(0, t)), before[t - 6].second);
        }
    }

    /// What the window forgets is given back: a listener with 400 pairs of which the window
    /// keeps 10 holds room for at most 1.5× those 10 (+ 8), not the 400 of their busiest time.
    void windowGivesBackTheFreedCapacity()
    {
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(1);
        for (TrackId t = 0; t < 400; ++t)
            store.record(makeEvent(0, t, Action::Stream, t < 10 ? 50 : 0, Surface::Organic), 0);
        const std::size_t full = store.memoryBytes();
        store.forgetOutsideWindow(60, 28, 0, 0);
        QCOMPARE(store.pairCount(), std::size_t(10));
        QVERIFY(store.pairs(0).capacity() <= 10 + 5 + 8);
        QVERIFY(store.memoryBytes() < full - 300 * sizeof(TrackEvidence));
        for (TrackId t = 0; t < 10; ++t)
            QVERIFY(store.find(0, t));
    }

    void noEvidenceNoShare()
    {
        EvidenceStore store;
        store.setParams(ConfidenceParams {});
        store.resize(2);
        QVERIFY(std::isnan(store.selfCausedShare(0)));
        // Skips alone: mass above 1, but none of it positive.
        store.record(makeEvent(0, 3, Action::Skip, 0, Surface::Home), 0);
        store.record(makeEvent(1, 3, Action::Skip, 0, Surface::Organic), 0);
        QVERIFY(std::isnan(store.selfCausedShare(1)));
        store.record(makeEvent(1, 4, Action::Stream, 1, Surface::Organic), 0);
        QCOMPARE(store.selfCausedShare(1), 0.0);
    }
};

TD_REGISTER_TEST(TestEvidenceStore)
#include "tst_evidencestore.moc"
