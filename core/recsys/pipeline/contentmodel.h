// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/catalogview.h"
#include "events/diagnostics.h"
#include "recsys/ann/itemindex.h"
#include "recsys/pipeline/contentprofiles.h"

#include <cstdint>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

/// The pipeline's content side: catalogue-standardised audio features, each listener's
/// content profile per context (ContentProfiles), and a search index over the features.
/// Audio features never change, so the index covers the whole catalogue and is built once;
/// searches skip tracks not yet released, which is what lets a new release join without a
/// rebuild. Its quality is measured like the ALS index's (sampleRecall(): content_recall).
///
/// Threading: ensureBuilt() and resize() on the engine thread between days; addStream() only
/// for the listener being served, on its worker.
class ContentModel
{
public:
    /// Start of a day: builds features and index when the catalogue size changed (the first
    /// day) with `index` (recommender.ann.m and .ef; the defaults are ItemIndex's), and sets
    /// the index's search-time parameters (ef, overfetch) for the day's searches.
    void ensureBuilt(const events::ObservableCatalog &catalog, base::ThreadPool *pool,
        events::RecommenderTimings &timings, const ItemIndex::Params &index = {});
    void resize(std::size_t listeners) { m_profiles.resize(listeners); }
    /// A stream of track t by listener l, into its context profiles with `contextWeights`
    /// (ContentProfiles::addStream).
    void addStream(ListenerId l, const float *contextWeights, TrackId t)
    {
        m_profiles.addStream(l, contextWeights, m_features.row(t));
    }

    const StandardisedFeatures &features() const { return m_features; }
    const ContentProfiles &profiles() const { return m_profiles; }
    const ItemIndex &index() const { return m_index; }

    /// Recall@10 of index() against its exact search with filter `allow` (the content source's:
    /// released by today) on up to `queries` listeners, each searched with their profile in
    /// Context::None (the all-contexts profile, which exists from their first stream; a listener
    /// without one is skipped and another drawn), from the hashed stream (seed, Metrics,
    /// "CRECALL", today) so that no other draw moves (sampleListenerRecall). NaN while no
    /// sampled listener has a profile. Engine thread, between days.
    double sampleRecall(std::uint64_t seed, Day today, int queries, ann::ItemFilter allow,
        int *measured = nullptr) const;

private:
    StandardisedFeatures m_features;
    ContentProfiles m_profiles;
    ItemIndex m_index;
};

} // namespace td::recsys
