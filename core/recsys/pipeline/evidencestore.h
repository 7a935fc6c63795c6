// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/event.h"
#include "recsys/params.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace td::recsys {

/// Decayed evidence of one (listener, track) pair. Masses are stored as of `lastDay` and decay
/// by 2^(-age / half-life) when read.
struct TrackEvidence
{
    TrackId track = kNoTrack;
    float positive = 0.0f; ///< weighted streams, replays, saves, playlist adds, follows
    float negative = 0.0f; ///< weighted skips (< 30 s)
    float positiveRecommended = 0.0f; ///< part of `positive` from recommender surfaces
    Day lastDay = 0; ///< day the masses refer to
    Day lastPlayDay = -100000; ///< last stream or skip
    Day lastSkipDay = -100000;
};

/// Everything the pipeline has learned from the event log, per listener (docs/architecture.md §3,
/// Interactions). Confidence rule for ALS, for a pair with positive mass P and negative mass N
/// (both decayed):
///     net = P − N,  preference p = 1 if net > 0 else 0,  confidence c = 1 + α·|net|
/// so a pair with both streams and skips keeps the sign of the larger side and a confidence
/// that shrinks as the two cancel; explicit actions weigh more than streams; skip weight
/// depends on surface and context (ConfidenceParams).
///
/// Thread contract: record()/decay reads of listener l happen only on the worker that runs l
/// (inside a day) or on the engine thread (between days).
class EvidenceStore
{
public:
    static constexpr int kFollowSlots = 16;
    static constexpr int kBlockSlots = 8;

    void setParams(const ConfidenceParams &params);
    void resize(std::size_t listeners);
    std::size_t listenerCount() const { return m_pairs.size(); }

    /// Adds one event of listener e.listener. `focusShare`: how sure the recommender is that
    /// the session was a focus session (its inferred probability; 0 for a context-blind
    /// service): a skip weighs focusShare·skip_focus + (1 − focusShare)·(the surface's weight).
    void record(const events::Event &e, ArtistId artist, float focusShare = 0.0f);

    /// Evidence of listener l, sorted by track.
    const std::vector<TrackEvidence> &pairs(ListenerId l) const { return m_pairs[l]; }
    /// The pair, or nullptr.
    const TrackEvidence *find(ListenerId l, TrackId t) const;

    /// Decay factor from `from` to `to` days: exp(ln ½ / half-life · (to − from)), 1 when
    /// `to` <= `from`. Gaps below kDecayTableDays come from a table of exactly those values
    /// (the same std::exp calls, made once in setParams()): every candidate, every pair of
    /// the nightly matrix and every recorded event asks for one.
    double decay(Day from, Day to) const
    {
        if (to <= from)
            return 1.0;
        const auto gap = std::uint32_t(to - from);
        return gap < m_decayByGap.size() ? m_decayByGap[gap] : decayByExp(to - from);
    }
    /// (preference, confidence) of a pair on `day`; confidence 0 means "no usable evidence".
    void confidence(const TrackEvidence &e, Day day, float &preference, float &confidence) const;

    bool follows(ListenerId l, ArtistId a) const;
    /// Whether the listener follows any artist (a new follow always enters slot 0, and empty
    /// slots hold 0xFFFFFFFF, which is no artist's id).
    bool followsAnyone(ListenerId l) const { return m_follows[l][0] != 0xFFFFFFFFu; }
    bool blocked(ListenerId l, ArtistId a) const;
    /// Whether the listener blocked any artist (a new block always enters slot 0, as a follow).
    bool blocksAnyone(ListenerId l) const { return m_blocks[l][0] != 0xFFFFFFFFu; }
    const std::array<ArtistId, kFollowSlots> &followedArtists(ListenerId l) const
    {
        return m_follows[l];
    }
    /// Sum of decayed positive mass on the artist's tracks (artist affinity).
    float artistAffinity(ListenerId l, ArtistId a, Day day) const;

    /// Share of the confidence mass above 1 that comes from recommended exposures
    /// (self-caused evidence), over all pairs with positive evidence on `day`:
    /// Σ (c − 1)·R/P / Σ (c − 1), R the recommended part of the positive mass P. NaN when
    /// there is no such mass (the share is undefined, docs/metrics.md).
    double selfCausedShare(Day day) const;

    /// Skipped pairs are kept at least this long after their last skip, whatever the skip
    /// window: the prune's rule before it knew the window, kept as a floor so that runs with
    /// windows up to a year keep their numbers.
    static constexpr int kMinSkipKeepDays = 365;
    /// Drops pairs whose decayed masses fell below `epsilon` (keeps memory bounded), unless
    /// the last skip is at most max(kMinSkipKeepDays, skipWindowDays) days before `day`: the
    /// skip filter (filters.skip_window_days, up to 3,650) still reads such a pair's
    /// lastSkipDay. A pair never skipped is kept by its mass alone.
    void prune(Day day, int skipWindowDays, float epsilon = 0.01f);
    /// The evidence window (recommender.confidence.window_days): drops the pairs with no event
    /// for more than `windowDays` days before `day`, except a pair a filter still reads on
    /// `day`: skipped less than `skipWindowDays` or played less than `heardWindowDays` ago.
    /// Runs at the end of every day, before the retrain, so the model sees only the window.
    void forgetOutsideWindow(Day day, int windowDays, int skipWindowDays, int heardWindowDays);

    /// Stored (listener, track) pairs, over all listeners.
    std::size_t pairCount() const;
    /// Heap bytes held (vector capacities), for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const;

    /// Gaps (days) whose decay factor setParams() tabulates.
    static constexpr int kDecayTableDays = 1024;

private:
    double decayByExp(Day gap) const { return std::exp(m_logDecayPerDay * double(gap)); }

    ConfidenceParams m_params;
    double m_logDecayPerDay = 0.0;
    std::vector<double> m_decayByGap; ///< decay for gaps 0 .. kDecayTableDays − 1
    std::vector<std::vector<TrackEvidence>> m_pairs;
    std::vector<std::array<ArtistId, kFollowSlots>> m_follows;
    std::vector<std::array<ArtistId, kBlockSlots>> m_blocks;
    std::vector<std::vector<std::pair<ArtistId, float>>>
        m_artistMass; ///< (artist, positive) as of m_artistDay, sorted by artist
    std::vector<Day> m_artistDay;
};

} // namespace td::recsys
