// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/pipelinerecommender.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <map>

using namespace td;
using namespace td::recsys;
using events::Action;
using test::makeEvent;

namespace {

/// 24 tracks: artist = track / 4 (six artists), tracks 20..23 explicit, all released.
events::ObservableCatalog tinyCatalog()
{
    events::ObservableCatalog c;
    const int n = 24;
    for (int t = 0; t < n; ++t) {
        c.artist.push_back(ArtistId(t / 4));
        c.genreLabel.push_back(0);
        c.subgenreLabel.push_back(0);
        c.releaseDay.push_back(-100);
        c.durationSeconds.push_back(200.0f);
        c.isExplicit.push_back(t >= 20 ? 1 : 0);
        c.priorPopularity.push_back(float(100 - t)); // chart order = track id
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            c.audioFeatures.push_back(float((t * 7 + f) % 10) / 10.0f);
        c.trackNames.push_back("t" + std::to_string(t));
    }
    for (int a = 0; a < 6; ++a)
        c.artistNames.push_back("a" + std::to_string(a));
    c.genreNames = { "g" };
    c.subgenreNames = { "g 1" };
    return c;
}

/// Removal reason per track in the trace of one request (empty = kept).
std::map<TrackId, std::string> reasons(
    PipelineRecommender &p, events::Surface surface, bool explicitAllowed, Day day)
{
    events::RecRequest req;
    req.listener = 0;
    req.day = day;
    req.surface = surface;
    req.k = 10;
    req.explicitAllowed = explicitAllowed;
    req.inspectOnly = true;
    base::Rng rng(1, base::Purpose::Policy, 0, 0);
    events::Slate slate;
    events::RequestTrace trace;
    p.recommend(req, rng, slate, &trace);
    std::map<TrackId, std::string> out;
    for (const auto &c : trace.candidates)
        out[c.track] = c.removedBy;
    return out;
}

} // namespace

class TestFilters : public QObject
{
    Q_OBJECT
private:
    RecommenderParams m_params;
    events::ObservableCatalog m_catalog = tinyCatalog();

    std::unique_ptr<PipelineRecommender> fresh(Day day)
    {
        m_params.kind = td::recsys::RecommenderKind::Pipeline;
        m_params.filters.artistCap = 2;
        m_params.filters.skipWindowDays = 7;
        m_params.filters.heardWindowDays = 1;
        auto p = std::make_unique<PipelineRecommender>(m_params, 1);
        p->beginDay(day, m_catalog, events::PopulationView { 2 });
        return p;
    }

private slots:
    void eachRuleRemovesExactlyItsTracks()
    {
        auto p = fresh(10);
        // Listener 0: blocks artist 1 (tracks 4-7), skipped track 9 three days ago, streamed
        // track 12 today.
        const std::vector<events::Event> log { makeEvent(0, 5, Action::BlockArtist, 10),
            makeEvent(0, 9, Action::Skip, 7), makeEvent(0, 12, Action::Stream, 10) };
        p->endSession(0, log.data(), log.size());
        const auto r = reasons(*p, events::Surface::Home, false, 10);
        QCOMPARE(int(r.size()), 24); // every track was a candidate (cold start: the chart)
        // Untrained ranking ties at 0, so tracks rank by id; the cap keeps each artist's
        // first two tracks that survived the other filters.
        std::map<ArtistId, int> keptPerArtist;
        for (TrackId t = 0; t < 24; ++t) {
            std::string expected;
            if (t >= 4 && t <= 7)
                expected = "blocked_artist";
            else if (t >= 20)
                expected = "explicit_off";
            else if (t == 9)
                expected = "skipped_recently";
            else if (t == 12)
                expected = "heard_recently";
            else if (++keptPerArtist[t / 4] > 2)
                expected = "artist_cap";
            QCOMPARE(QString::fromStdString(r.at(t)), QString::fromStdString(expected));
        }
        QCOMPARE(r.at(11), std::string("artist_cap")); // 8 and 10 kept, 9 was skipped
        QCOMPARE(r.at(15), std::string("artist_cap")); // 13 and 14 kept, 12 was heard
    }

    void skipsAgeOutOfTheirWindow()
    {
        auto p = fresh(20);
        const std::vector<events::Event> log { makeEvent(0, 9, Action::Skip, 12) }; // 8 days ago
        p->endSession(0, log.data(), log.size());
        QCOMPARE(
            QString::fromStdString(reasons(*p, events::Surface::Home, true, 20).at(9)), QString());
    }

    void explicitAllowedKeepsExplicitTracks()
    {
        auto p = fresh(10);
        const auto r = reasons(*p, events::Surface::Home, true, 10);
        QCOMPARE(QString::fromStdString(r.at(20)), QString());
    }

    void discoverWeeklyWantsNeverHeard()
    {
        auto p = fresh(30);
        // Streamed 20 days ago: fine for Home, not for Discover Weekly.
        const std::vector<events::Event> log { makeEvent(0, 0, Action::Stream, 10) };
        p->endSession(0, log.data(), log.size());
        QCOMPARE(
            QString::fromStdString(reasons(*p, events::Surface::Home, true, 30).at(0)), QString());
        QCOMPARE(
            QString::fromStdString(reasons(*p, events::Surface::DiscoverWeekly, true, 30).at(0)),
            QStringLiteral("heard_before"));
    }

    void otherListenersAreUnaffected()
    {
        auto p = fresh(10);
        const std::vector<events::Event> log { makeEvent(0, 5, Action::BlockArtist, 10) };
        p->endSession(0, log.data(), log.size());
        events::RecRequest req;
        req.listener = 1;
        req.day = 10;
        req.k = 10;
        req.inspectOnly = true;
        base::Rng rng(1, base::Purpose::Policy, 1, 0);
        events::Slate slate;
        events::RequestTrace trace;
        p->recommend(req, rng, slate, &trace);
        for (const auto &c : trace.candidates)
            QVERIFY(c.removedBy != "blocked_artist");
    }
};
TD_REGISTER_TEST(TestFilters)
#include "tst_filters.moc"
