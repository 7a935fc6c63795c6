// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/recommender.h"
#include "recsys/ann/itemfilter.h"
#include "recsys/params.h"

#include <cstdint>
#include <vector>

namespace td::recsys {

class CollaborativeModel;
class ContentModel;
class EvidenceStore;
class RankerTrackTable;
class Trending;

/// Read-only view of the item-side vectors that the ranking and policy stages read: ALS item
/// factors (absent before the first fit) and catalogue-standardised audio features.
struct ItemVectors
{
    const CollaborativeModel *collaborative = nullptr;
    const float *audio = nullptr; ///< trackCount × kAudioFeatureCount, standardised
    int factorCount = 0;

    /// y_t, or null when the model has no vector for the track (yet).
    const float *factors(TrackId t) const;
    /// Standardised audio features of the track (kAudioFeatureCount floats).
    const float *audioFeatures(TrackId t) const
    {
        return audio + std::size_t(t) * events::kAudioFeatureCount;
    }
};

/// What every serving stage (sources, filters, features, ranking, policy) may read during a
/// day: the frozen shared state and, for the listener being served, that listener's own
/// evidence and profile. Const access only: a stage cannot change the pipeline. Built by the
/// pipeline at the start of each day; valid until the next.
struct ServingView
{
    const events::ObservableCatalog *catalog = nullptr;
    Day day = 0;
    const RecommenderParams *params = nullptr;
    std::uint64_t seed = 0; ///< the run seed (the explore source's own stream)
    const EvidenceStore *evidence = nullptr;
    const ContentModel *content = nullptr;
    const Trending *trending = nullptr;
    const CollaborativeModel *collaborative = nullptr;
    ItemVectors items;
    /// The day's per-track records the ranker features read (null: they compute them).
    const RankerTrackTable *trackFacts = nullptr;

    /// Index searches return only tracks released by `day` (the catalogue's release days).
    ann::ItemFilter released() const { return { catalog->releaseDay.data(), day }; }
};

/// One request as the serving stages see it: the request, plus what the pipeline derived from
/// it once (the context it serves, the radio seed, the listener's vector).
struct ServingRequest
{
    const events::RecRequest *request = nullptr;
    /// The listening context the service serves: the most likely one of its inference, or
    /// Context::None when the scenario makes the service context-blind
    /// (recommender.context_aware = false).
    events::Context context = events::Context::None;
    /// "Because you listened to…": the track playing now, else the listener's last stream.
    TrackId seedTrack = kNoTrack;
    bool seedIsPlaying = false; ///< seedTrack is the track playing now (not history)
    const float *userVector = nullptr; ///< x_u; null when the model has none for the listener
    int surface = 0; ///< index into kServedSurfaceNames (Organic never asks)
    /// A radio refill: the tracks this station already played, sorted; the filters leave them
    /// out as heard recently (FilterChain::applyPlayedOnStation). Null otherwise.
    const std::vector<TrackId> *playedOnStation = nullptr;
    /// Candidates to merge when not recommender.candidates.pool_size (0): a radio refill
    /// retrieves one more per track the station played, which the filters then leave out.
    int poolSize = 0;
};

} // namespace td::recsys
