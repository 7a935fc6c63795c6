// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"

#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

struct ServingView;

/// What the ranker features read of a candidate track that is the same for every request of
/// a day, in one 64-byte record (one cache line) per track. computeRankerFeatures() reads a
/// random track of up to a million for every candidate; from the separate tables (audio row,
/// its norm, trending count, release day, prior popularity, item evidence, artist) that was
/// seven cache lines a candidate, and the loads waited on one another for line-fill buffers.
/// Each field holds exactly the value the feature computed from those tables, so the features
/// keep their bits.
struct alignas(64) RankerTrackFacts
{
    float audio[events::kAudioFeatureCount] = {}; ///< standardised audio features
    float audioSquares = 0.0f; ///< ContentProfiles::squaredNorm() of `audio`
    float trend = 0.0f; ///< log1p(trending count)
    float recency = 0.0f; ///< exp(−max(0, day − release day) / 30)
    float prior = 0.0f; ///< prior popularity / 100 (0 when the catalogue has none)
    float evidenceRoot = 1.0f; ///< √(1 + positive item evidence), the uncertainty's divisor
    ArtistId artist = 0;
    std::uint32_t unused = 0; ///< fills the line (no padding bytes: records compare whole)
};
static_assert(sizeof(RankerTrackFacts) == 64, "one cache line per track");

/// The record of track t as the view shows it, with the recency of `day`: what
/// RankerTrackTable holds for the view's day, and what the features compute on the spot when
/// no table for the request's day is at hand (tests that build a view by hand).
RankerTrackFacts rankerTrackFacts(const ServingView &view, TrackId t, Day day);

/// The day's RankerTrackFacts of every track, rebuilt at the start of each day from the frozen
/// state a ServingView shows (trending counts, item evidence and the model change only between
/// days).
class RankerTrackTable
{
public:
    /// Fills one record per catalogue track for `view.day`, in chunks of `tracksPerChunk` on
    /// `pool` (serial if null); each record depends on its own track only.
    void build(const ServingView &view, base::ThreadPool *pool,
        std::size_t tracksPerChunk = kTracksPerChunk);

    static constexpr std::size_t kTracksPerChunk = 16384;

    Day day() const { return m_day; }
    std::size_t size() const { return m_facts.size(); }
    const RankerTrackFacts &operator[](TrackId t) const { return m_facts[t]; }
    /// Heap bytes held, for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const { return m_facts.capacity() * sizeof(RankerTrackFacts); }

private:
    std::vector<RankerTrackFacts> m_facts;
    Day m_day = 0;
};

} // namespace td::recsys
