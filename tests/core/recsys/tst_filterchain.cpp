// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Each filter rule on its own and the chain's priority and artist cap, over a hand-built
// ServingView (no pipeline).
#include "recsys/pipeline/filters/filterchain.h"
#include "recsys/pipeline/filters/filterrules.h"
#include "recsys/pipeline/rankertrackfacts.h"
#include "servingfixture.h"
#include "testregistry.h"

#include <QtTest>

using namespace td;
using namespace td::recsys;
using events::Action;
using events::Surface;
using test::candidatesOf;
using test::makeEvent;
using test::ServingFixture;

namespace {

/// Tracks 0..39 that `rule` removes for `request`.
std::vector<TrackId> removedBy(
    const CandidateFilter &rule, const ServingFixture &f, const events::RecRequest &request)
{
    std::vector<TrackId> out;
    for (TrackId t = 0; t < f.catalog.trackCount(); ++t) {
        if (rule.removes(f.view, request, t, f.evidence.find(request.listener, t)))
            out.push_back(t);
    }
    return out;
}

} // namespace

class TestFilterChain : public QObject
{
    Q_OBJECT
private slots:
    void blockedArtistRemovesTheArtistsTracks()
    {
        ServingFixture f;
        QVERIFY(!f.evidence.blocksAnyone(0));
        f.evidence.record(makeEvent(0, 5, Action::BlockArtist, 9), 1);
        QVERIFY(f.evidence.blocksAnyone(0));
        QVERIFY(!f.evidence.blocksAnyone(1));
        QCOMPARE(removedBy(BlockedArtistFilter(), f, f.request(0)),
            (std::vector<TrackId> { 4, 5, 6, 7 }));
        QVERIFY(removedBy(BlockedArtistFilter(), f, f.request(1)).empty());
    }

    void explicitRemovesExplicitTracksOnlyWhenTurnedOff()
    {
        ServingFixture f;
        auto r = f.request(0);
        r.explicitAllowed = false;
        QCOMPARE(removedBy(ExplicitFilter(), f, r), (std::vector<TrackId> { 36, 37, 38, 39 }));
        r.explicitAllowed = true;
        QVERIFY(removedBy(ExplicitFilter(), f, r).empty());
    }

    void skippedRecentlyHonoursItsWindow()
    {
        ServingFixture f; // day 10
        f.params.filters.skipWindowDays = 7;
        f.evidence.record(makeEvent(0, 2, Action::Skip, 3), 0); // 7 days ago: out of window
        f.evidence.record(makeEvent(0, 3, Action::Skip, 4), 0); // 6 days ago: in window
        QCOMPARE(removedBy(SkippedRecentlyFilter(), f, f.request(0)), (std::vector<TrackId> { 3 }));
        f.params.filters.skipWindowDays = 8;
        QCOMPARE(
            removedBy(SkippedRecentlyFilter(), f, f.request(0)), (std::vector<TrackId> { 2, 3 }));
    }

    void heardBeforeOnlyOnDiscoverWeekly()
    {
        ServingFixture f;
        f.evidence.record(makeEvent(0, 12, Action::Stream, 1), 3);
        QVERIFY(removedBy(HeardBeforeFilter(), f, f.request(0, Surface::Home)).empty());
        QCOMPARE(removedBy(HeardBeforeFilter(), f, f.request(0, Surface::DiscoverWeekly)),
            (std::vector<TrackId> { 12 }));
    }

    void heardRecentlyHonoursItsWindow()
    {
        ServingFixture f;
        f.params.filters.heardWindowDays = 2;
        f.evidence.record(makeEvent(0, 12, Action::Stream, 9), 3); // yesterday
        f.evidence.record(makeEvent(0, 13, Action::Stream, 8), 3); // two days ago
        QCOMPARE(removedBy(HeardRecentlyFilter(), f, f.request(0)), (std::vector<TrackId> { 12 }));
    }

    void theFirstMatchingRuleNamesTheRemoval()
    {
        ServingFixture f;
        f.evidence.record(makeEvent(0, 37, Action::BlockArtist, 9), 9); // artist 9: 36..39
        f.evidence.record(makeEvent(0, 20, Action::Skip, 9), 5);
        auto r = f.request(0);
        r.explicitAllowed = false;
        auto candidates = candidatesOf({ 36, 20, 21 });
        FilterChain().applyBeforeRanking(f.view, r, candidates);
        QCOMPARE(candidates[0].removed, FilterReason::BlockedArtist); // also explicit
        QCOMPARE(candidates[1].removed, FilterReason::SkippedRecently); // also heard recently
        QCOMPARE(candidates[2].removed, FilterReason::None);
        // A chain of one rule knows only that rule.
        std::vector<std::unique_ptr<CandidateFilter>> rules;
        rules.push_back(std::make_unique<ExplicitFilter>());
        candidates = candidatesOf({ 36, 20 });
        FilterChain(std::move(rules)).applyBeforeRanking(f.view, r, candidates);
        QCOMPARE(candidates[0].removed, FilterReason::ExplicitOff);
        QCOMPARE(candidates[1].removed, FilterReason::None);
    }

    // The same decisions whether the artist comes from the catalogue or from the day's
    // per-track records (what the pipeline serves with).
    void artistCapKeepsEachArtistsBestTracks_data()
    {
        QTest::addColumn<bool>("fromTheDaysTable");
        QTest::newRow("catalogue") << false;
        QTest::newRow("day's table") << true;
    }
    void artistCapKeepsEachArtistsBestTracks()
    {
        QFETCH(bool, fromTheDaysTable);
        ServingFixture f;
        RankerTrackTable table;
        if (fromTheDaysTable) {
            table.build(f.view, nullptr);
            f.view.trackFacts = &table;
        }
        f.params.filters.artistCap = 2;
        // Ranked best first: artist 0 has 0, 1, 2, 3; artist 1 has 4, 5.
        auto candidates = candidatesOf({ 0, 4, 1, 2, 5, 3 });
        std::vector<std::size_t> ranked { 0, 2, 1, 3, 4, 5 }; // tracks 0, 1, 4, 2, 5, 3
        FilterChain().applyArtistCap(f.view, candidates, ranked);
        QCOMPARE(ranked, (std::vector<std::size_t> { 0, 2, 1, 4 })); // tracks 0, 1, 4, 5
        QCOMPARE(candidates[3].removed, FilterReason::ArtistCap); // track 2
        QCOMPARE(candidates[5].removed, FilterReason::ArtistCap); // track 3
        QCOMPARE(candidates[4].removed, FilterReason::None);
        f.params.filters.artistCap = 1;
        candidates = candidatesOf({ 0, 4, 1, 2, 5, 3 });
        ranked = { 0, 2, 1, 3, 4, 5 };
        FilterChain().applyArtistCap(f.view, candidates, ranked);
        QCOMPARE(ranked, (std::vector<std::size_t> { 0, 1 })); // tracks 0 and 4
    }

    // A radio refill leaves out what the station played this session, as heard recently,
    // even with heard_window_days = 0; a reason already given stays.
    void aRefillLeavesOutWhatTheStationPlayed()
    {
        ServingFixture f;
        f.params.filters.heardWindowDays = 0;
        auto candidates = candidatesOf({ 3, 9, 14, 20, 31 });
        candidates[4].removed = FilterReason::ExplicitOff;
        const std::vector<TrackId> played { 1, 9, 20, 31, 33 }; // sorted
        FilterChain().applyPlayedOnStation(played, candidates);
        QCOMPARE(candidates[0].removed, FilterReason::None);
        QCOMPARE(candidates[1].removed, FilterReason::HeardRecently);
        QCOMPARE(candidates[2].removed, FilterReason::None);
        QCOMPARE(candidates[3].removed, FilterReason::HeardRecently);
        QCOMPARE(candidates[4].removed, FilterReason::ExplicitOff);
    }
};
TD_REGISTER_TEST(TestFilterChain)

#include "tst_filterchain.moc"
