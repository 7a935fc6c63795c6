// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Each candidate source on its own, over a hand-built ServingView (no pipeline): what it
// offers, how many, and which share of the mix it reads; the generator's quotas and order.
#include "recsys/pipeline/candidategenerator.h"
#include "recsys/pipeline/sources/cfsource.h"
#include "recsys/pipeline/sources/contentsource.h"
#include "recsys/pipeline/sources/exploresource.h"
#include "recsys/pipeline/sources/followedsource.h"
#include "recsys/pipeline/sources/newreleasesource.h"
#include "recsys/pipeline/sources/similarsource.h"
#include "recsys/pipeline/sources/trendingsource.h"
#include "servingfixture.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <limits>

using namespace td;
using namespace td::recsys;
using events::Action;
using events::Surface;
using test::ServingFixture;

namespace {

/// Tracks the pool holds, in offer order, and whether each carries `bit`.
std::vector<TrackId> offered(const CandidatePool &pool, std::uint8_t bit)
{
    std::vector<TrackId> out;
    for (const auto &c : pool.candidates()) {
        if (c.sources & bit)
            out.push_back(c.track);
    }
    return out;
}

std::vector<TrackId> run(const CandidateSource &source, const ServingFixture &f,
    const ServingRequest &request, int quota)
{
    CandidatePool pool;
    pool.reset(f.catalog.trackCount());
    SourceScratch scratch;
    source.offer(f.view, request, quota, scratch, pool);
    if (pool.candidates().size() != offered(pool, source.bit()).size())
        QTest::qFail("a source offered a track without its own bit", __FILE__, __LINE__);
    return offered(pool, source.bit());
}

/// The `n` released tracks with the largest score, ties by lower id (brute force).
std::vector<TrackId> bruteTop(const ServingFixture &f, int n,
    const std::function<float(TrackId)> &score, TrackId skip = kNoTrack)
{
    std::vector<std::pair<float, TrackId>> all;
    for (TrackId t = 0; t < f.catalog.trackCount(); ++t) {
        if (f.catalog.isReleased(t, f.day) && t != skip)
            all.emplace_back(score(t), t);
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    std::vector<TrackId> out;
    for (int i = 0; i < n && i < int(all.size()); ++i)
        out.push_back(all[std::size_t(i)].second);
    return out;
}

float dot(const float *a, const float *b, int n)
{
    float s = 0.0f;
    for (int i = 0; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

/// Three listeners with separate tastes, and a fitted model.
void trainTastes(ServingFixture &f)
{
    f.stream(0, { 0, 1, 2, 3, 4, 5, 6, 7 }, events::Context::Evening);
    f.stream(1, { 8, 9, 10, 11, 12, 13, 14, 15 }, events::Context::Evening);
    f.stream(2, { 0, 1, 2, 3, 16, 17, 18, 19 }, events::Context::Focus);
    f.fit();
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT
private slots:
    void quotaIsTheFlooredShareWithAtLeastOne()
    {
        QCOMPARE(sourceQuota(300, 0.35), 105); // 300 · 0.35 is 104.999… in binary
        QCOMPARE(sourceQuota(300, 0.05), 15);
        QCOMPARE(sourceQuota(300, 0.5), 150);
        QCOMPARE(sourceQuota(7, 0.5), 3);
        QCOMPARE(sourceQuota(5, 0.1), 1); // a positive share always offers something
        QCOMPARE(sourceQuota(300, 0.0), 0);
        QCOMPARE(sourceQuota(300, 1.0), 300);
    }

    void trendingOffersTheChartHead()
    {
        ServingFixture f;
        const auto r = f.request(0);
        // Before any play the chart is the prior popularity: track order.
        QCOMPARE(run(TrendingSource(), f, f.serving(r), 3), (std::vector<TrackId> { 0, 1, 2 }));
        // A day of streams of track 20 lifts it to the top.
        f.trending.endDay({ test::makeEvent(1, 20, Action::Stream, 9),
            test::makeEvent(2, 20, Action::Stream, 9) });
        f.open();
        QCOMPARE(run(TrendingSource(), f, f.serving(r), 2), (std::vector<TrackId> { 20, 0 }));
    }

    void trendingUsesTheColdStartShareWithoutAVector()
    {
        ServingFixture f;
        f.params.candidateMix.home.trending = 0.1;
        f.params.candidateMix.home.trendingColdStart = 0.5;
        const auto r = f.request(0);
        QCOMPARE(TrendingSource().share(f.view, f.serving(r)), 0.5); // no model yet
        trainTastes(f);
        QVERIFY(f.collaborative.userVector(0));
        QCOMPARE(TrendingSource().share(f.view, f.serving(r)), 0.1);
    }

    void newReleasesComeNewestFirst()
    {
        ServingFixture f; // day 10: tracks 30..35 released on days 5..10, 36.. not yet
        QCOMPARE(run(NewReleaseSource(), f, f.serving(f.request(0)), 3),
            (std::vector<TrackId> { 35, 34, 33 }));
        QCOMPARE(run(NewReleaseSource(), f, f.serving(f.request(0)), 100),
            (std::vector<TrackId> { 35, 34, 33, 32, 31, 30 }));
    }

    void followedOffersOnlyFollowedArtistsNewReleases()
    {
        ServingFixture f;
        // Listener 0 follows artist 8 (tracks 32..35); listener 1 follows nobody.
        f.evidence.record(test::makeEvent(0, 33, Action::FollowArtist, 9), 8);
        f.open();
        QCOMPARE(run(FollowedSource(), f, f.serving(f.request(0)), 10),
            (std::vector<TrackId> { 35, 34, 33, 32 }));
        QCOMPARE(run(FollowedSource(), f, f.serving(f.request(0)), 2),
            (std::vector<TrackId> { 35, 34 }));
        QVERIFY(run(FollowedSource(), f, f.serving(f.request(1)), 10).empty());
    }

    void followedMergesSeveralArtistsNewestFirst()
    {
        // Day 20: tracks 30..39 released on days 5..14, all recent; artist 7 has 30-31,
        // artist 8 has 32-35, artist 9 has 36-39. Listener 0 follows 9, then 7 (not 8): the
        // newer follow holds the older releases, so the artists' runs must be merged.
        ServingFixture f(20);
        f.evidence.record(test::makeEvent(0, 36, Action::FollowArtist, 15), 9);
        f.evidence.record(test::makeEvent(0, 30, Action::FollowArtist, 16), 7);
        f.open();
        // The definition: walk every recent release, newest first, keep followed artists'.
        const auto walk = [&](int quota) {
            std::vector<TrackId> out;
            for (TrackId t : f.trending.recentReleases()) {
                if (int(out.size()) < quota && f.evidence.follows(0, f.catalog.artist[t]))
                    out.push_back(t);
            }
            return out;
        };
        QCOMPARE(walk(100), (std::vector<TrackId> { 39, 38, 37, 36, 31, 30 }));
        for (int quota : { 1, 4, 5, 6, 100 })
            QCOMPARE(run(FollowedSource(), f, f.serving(f.request(0)), quota), walk(quota));
    }

    void exploreDrawsReleasedTracksFromItsOwnStream()
    {
        ServingFixture f;
        f.params.exploreShare = 0.25;
        auto r = f.request(0);
        const auto a = run(ExploreSource(), f, f.serving(r), 8);
        const auto b = run(ExploreSource(), f, f.serving(r), 8);
        QCOMPARE(a, b); // the same request draws the same tracks
        QVERIFY(!a.empty() && a.size() <= 8);
        for (TrackId t : a)
            QVERIFY(f.catalog.isReleased(t, f.day));
        r.requestIndex = 1;
        QVERIFY(run(ExploreSource(), f, f.serving(r), 8) != a); // another request, other draws
        QCOMPARE(ExploreSource().share(f.view, f.serving(r)), 0.25);
        const auto radar = f.request(0, Surface::ReleaseRadar);
        QCOMPARE(ExploreSource().share(f.view, f.serving(radar)), 0.0);
    }

    void cfOffersTheExactTopByInnerProduct()
    {
        ServingFixture f;
        trainTastes(f);
        for (ListenerId l = 0; l < 3; ++l) {
            const auto r = f.request(l);
            const float *x = f.collaborative.userVector(l);
            QVERIFY(x);
            // The index holds the trained tracks only (tracks 0–19 here).
            const auto expected = bruteTop(f, 6, [&](TrackId t) {
                return f.collaborative.trained(t)
                    ? dot(x, f.collaborative.itemVector(t), f.collaborative.factors())
                    : -std::numeric_limits<float>::infinity();
            });
            QCOMPARE(run(CfSource(), f, f.serving(r), 6), expected);
        }
        // Cold start: no vector, no candidates.
        ServingFixture cold;
        QVERIFY(run(CfSource(), cold, cold.serving(cold.request(0)), 6).empty());
    }

    void similarOffersNeighboursOfTheSeedButNotTheSeed()
    {
        ServingFixture f;
        trainTastes(f);
        const auto r = f.request(1, Surface::Radio);
        const float *seed = f.collaborative.itemVector(9);
        const auto top = bruteTop(f, 5, [&](TrackId t) {
            return f.collaborative.trained(t) ? dot(seed, f.collaborative.itemVector(t), 4)
                                              : -std::numeric_limits<float>::infinity();
        });
        std::vector<TrackId> expected;
        for (TrackId t : top) {
            if (t != 9)
                expected.push_back(t);
        }
        const auto got = run(SimilarSource(), f, f.serving(r, 9), 4);
        QCOMPARE(got, expected);
        QVERIFY(std::find(got.begin(), got.end(), TrackId(9)) == got.end());
        // The share: the track playing now (radio 0.3) or the listener's history (0.1).
        QCOMPARE(SimilarSource().share(f.view, f.serving(r, 9)), 0.3);
        auto history = f.serving(r);
        history.seedTrack = 9;
        QCOMPARE(SimilarSource().share(f.view, history), 0.1);
        // An untrained seed (nobody streamed track 25): its factors are noise near 0, so no
        // neighbours (model 7; before, every track scored ~0 and the nearest were arbitrary).
        QVERIFY(f.collaborative.trained(9));
        QVERIFY(!f.collaborative.trained(25));
        QVERIFY(run(SimilarSource(), f, f.serving(r, 25), 4).empty());
        // No model: nothing.
        ServingFixture cold;
        QVERIFY(run(SimilarSource(), cold, cold.serving(cold.request(0), 3), 4).empty());
    }

    void contentSearchesWithTheServedContextsProfile()
    {
        ServingFixture f;
        f.stream(0, { 1, 2, 3, 4 }, events::Context::Evening);
        f.open();
        auto r = f.request(0);
        auto s = f.serving(r);
        s.context = events::Context::Evening;
        const float *profile = f.content.profiles().profile(0, events::Context::Evening);
        QVERIFY(profile);
        const auto expected = bruteTop(f, 5, [&](TrackId t) {
            return dot(profile, f.content.features().row(t), events::kAudioFeatureCount);
        });
        QCOMPARE(run(ContentSource(), f, s, 5), expected);
        // Listener 1 has no profile: nothing.
        QVERIFY(run(ContentSource(), f, f.serving(f.request(1)), 5).empty());
    }

    void generatorFillsEachSourcesQuotaInOrder()
    {
        ServingFixture f;
        f.params.poolSize = 20;
        f.params.candidateMix.home.trendingColdStart = 0.5; // 10 chart tracks
        f.params.candidateMix.home.newRelease = 0.05; // floor(1) = 1
        const auto r = f.request(0);
        CandidatePool pool;
        SourceScratch scratch;
        CandidateGenerator().generate(f.view, f.serving(r), scratch, pool);
        QCOMPARE(offered(pool, kSourceTrending),
            (std::vector<TrackId> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        QCOMPARE(offered(pool, kSourceNewRelease), (std::vector<TrackId> { 35 }));
        QCOMPARE(pool.candidates().size(), std::size_t(11));
        // The chart comes before the new release: offer order is the source order.
        QCOMPARE(pool.candidates().back().track, TrackId(35));
        // Release Radar's mix: followed and new releases only.
        const auto radar = f.request(0, Surface::ReleaseRadar);
        CandidateGenerator().generate(f.view, f.serving(radar), scratch, pool);
        QCOMPARE(
            offered(pool, kSourceNewRelease), (std::vector<TrackId> { 35, 34, 33, 32, 31, 30 }));
        QCOMPARE(pool.candidates().size(), std::size_t(6));
        // A zero share switches a source off.
        f.params.candidateMix.home.trendingColdStart = 0.0;
        CandidateGenerator().generate(f.view, f.serving(r), scratch, pool);
        QVERIFY(offered(pool, kSourceTrending).empty());
    }
};
TD_REGISTER_TEST(TestSources)

#include "tst_sources.moc"
