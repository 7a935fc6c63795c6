// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/threadpool.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/pipeline/contentmodel.h"
#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/servingview.h"
#include "recsys/pipeline/trending.h"
#include "testevents.h"

#include <string>
#include <vector>

namespace td::test {

/// Candidates for these tracks, in this order, as the sources would offer them.
inline std::vector<recsys::Candidate> candidatesOf(const std::vector<TrackId> &tracks)
{
    std::vector<recsys::Candidate> out;
    for (TrackId t : tracks) {
        recsys::Candidate c;
        c.track = t;
        out.push_back(c);
    }
    return out;
}

/// The state one serving stage reads, built by hand, without a pipeline: a 40-track catalogue
/// (artist = track / 4; tracks 36..39 explicit; tracks 30..39 released on days 5..14, the rest
/// before the run; prior popularity 100 − track, so the chart starts in track order; audio
/// features from a fixed formula), 3 listeners, and a ServingView over it on `day`.
struct ServingFixture
{
    events::ObservableCatalog catalog;
    recsys::RecommenderParams params;
    recsys::EvidenceStore evidence;
    recsys::ContentModel content;
    recsys::Trending trending;
    recsys::CollaborativeModel collaborative { 4, 1 };
    recsys::ServingView view;
    events::RecommenderTimings timings;
    Day day = 10;

    explicit ServingFixture(Day today = 10) : day(today)
    {
        const int n = 40;
        for (int t = 0; t < n; ++t) {
            catalog.artist.push_back(ArtistId(t / 4));
            catalog.genreLabel.push_back(0);
            catalog.subgenreLabel.push_back(0);
            catalog.releaseDay.push_back(t >= 30 ? Day(t - 25) : Day(-100));
            catalog.durationSeconds.push_back(200.0f);
            catalog.isExplicit.push_back(t >= 36 ? 1 : 0);
            catalog.priorPopularity.push_back(float(100 - t));
            for (int f = 0; f < events::kAudioFeatureCount; ++f)
                catalog.audioFeatures.push_back(float((t * 7 + f * 3) % 11) / 10.0f);
            catalog.trackNames.push_back("t" + std::to_string(t));
        }
        for (int a = 0; a < 10; ++a)
            catalog.artistNames.push_back("a" + std::to_string(a));
        params.poolSize = 20;
        evidence.setParams(params.confidence);
        evidence.resize(3);
        content.resize(3);
        content.ensureBuilt(catalog, nullptr, timings);
        collaborative.growListeners(3);
        open();
    }

    /// Rebuilds the day's lists and the view (after changing evidence, trending or the model).
    void open()
    {
        trending.beginDay(day, catalog);
        view.catalog = &catalog;
        view.day = day;
        view.params = &params;
        view.seed = 17;
        view.evidence = &evidence;
        view.content = &content;
        view.trending = &trending;
        view.collaborative = &collaborative;
        view.items.collaborative = &collaborative;
        view.items.audio = content.features().values().data();
        view.items.factorCount = collaborative.factors();
    }

    /// Listener l streams these tracks (organic, day `day` − 1): evidence and profile.
    /// (The session is known to be in context c: its weight is 1 there.)
    void stream(ListenerId l, const std::vector<TrackId> &tracks, events::Context c)
    {
        std::array<float, events::kContextCount - 1> weights {};
        if (c != events::Context::None)
            weights[std::size_t(c) - 1] = 1.0f;
        for (TrackId t : tracks) {
            evidence.record(
                makeEvent(l, t, events::Action::Stream, day - 1, events::Surface::Organic),
                catalog.artist[t]);
            content.addStream(l, weights.data(), t);
        }
    }

    /// Listener 0 streams tracks 0–9 and listener 1 tracks 5–14: 15 tracks with evidence, 5
    /// of them shared.
    void streamOverlappingListeners()
    {
        std::vector<TrackId> first, second;
        for (TrackId t = 0; t < 10; ++t)
            first.push_back(t);
        for (TrackId t = 5; t < 15; ++t)
            second.push_back(t);
        stream(0, first, events::Context::None);
        stream(1, second, events::Context::None);
    }

    /// Fits ALS on the evidence so far (a real fit) and opens the day again.
    void fit()
    {
        recsys::AlsModelParams als;
        als.factors = 4;
        als.regularization = 0.1;
        als.iterations = 10;
        collaborative.retrain(evidence, day, catalog.trackCount(), als, nullptr, timings);
        collaborative.refreshIndex(day, 0, 64, 16, nullptr, nullptr, timings);
        open();
    }

    events::RecRequest request(ListenerId l, events::Surface s = events::Surface::Home) const
    {
        events::RecRequest r;
        r.listener = l;
        r.day = day;
        r.surface = s;
        r.k = 5;
        return r;
    }

    recsys::ServingRequest serving(const events::RecRequest &r, TrackId playing = kNoTrack) const
    {
        recsys::ServingRequest s;
        s.request = &r;
        s.context = events::Context::None;
        s.seedIsPlaying = playing != kNoTrack;
        s.seedTrack = playing;
        s.userVector = collaborative.userVector(r.listener);
        s.surface = int(r.surface);
        return s;
    }
};

} // namespace td::test
