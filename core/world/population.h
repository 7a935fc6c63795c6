// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"
#include "world/satiation.h"

#include <array>
#include <cstdint>
#include <vector>

namespace td::world {

/// A track a listener knows: play "heat" (decays daily; drives repetition fatigue), whether
/// the last listen was liked, and when it was last played.
struct HistorySlot
{
    TrackId track = kNoTrack;
    float heat = 0.0f; ///< recent plays, decayed by kHeatDecayPerDay per day
    Day lastDay = 0;
    std::uint8_t liked = 0; ///< last play was a stream with positive utility
    std::uint8_t saved = 0;
    std::uint16_t plays = 0;
};

/// Capacities of the fixed per-listener arrays (no per-event heap allocation in the day loop).
inline constexpr int kHistorySlots = 32;
inline constexpr int kFollowSlots = 8;
inline constexpr int kBlockSlots = 4;
inline constexpr int kSkipMemorySlots = 4;
inline constexpr float kHeatDecayPerDay = 0.6f;
/// Contexts with a per-listener sensitivity (all but None).
inline constexpr int kContextTraits = events::kContextCount - 1;

/// Artist a listener skipped recently and how often (for the rare block decision).
struct ArtistSkips
{
    ArtistId artist = 0xFFFFFFFFu;
    float count = 0.0f;
};

/// Every listener, as structure-of-arrays indexed by ListenerId (docs/architecture.md §5:
/// contiguous per-listener arrays). Arrivals are appended at day boundaries. During a day, listener
/// i's entries are written only by the worker that simulates listener i.
struct Population
{
    int dim = 16;

    // Taste (ground truth).
    std::vector<float> taste; ///< N × dim, current taste
    std::vector<float> anchor; ///< N × dim, slowly moving centre of the OU drift
    std::vector<float> initialTaste; ///< N × dim, taste at signup (for drift metrics)
    std::vector<std::array<float, kContextTraits>> contextSensitivity; ///< [0,1] per context

    // Traits (fixed at signup).
    std::vector<float> peakHour; ///< hour of day sessions cluster around
    std::vector<float> hourSpread; ///< hours
    std::vector<float> workoutHabit; ///< P(early-evening session is a workout)
    /// Habitual device per context (Context order; None = the device when contexts are off).
    std::vector<std::array<events::Device, events::kContextCount>> deviceHabit;
    /// The true context of the listener's current session (written by the listener's worker
    /// at each session start; read by the oracle, which may see the truth).
    std::vector<events::Context> currentContext;
    std::vector<float> activity; ///< mean sessions per day
    std::vector<float> patience; ///< [0,1], higher = skips later and less
    std::vector<float> noveltyAppetite; ///< [0,1], higher = likes unfamiliar tracks
    std::vector<float> mainstreamness; ///< [0,1], higher = likes popular tracks
    /// individual factor of the malleability, Gamma(4) with mean 1 (world/malleability.h)
    std::vector<float> malleabilityFactor;
    std::vector<float> churnTendency; ///< logit offset of the churn hazard
    std::vector<std::uint8_t> premium; ///< tier: 1 premium, 0 free
    std::vector<std::uint8_t> explicitOff;
    std::vector<std::uint8_t> specialist;
    std::vector<Day> signupDay;

    // State.
    std::vector<float> satisfaction; ///< [0,1] moving average of session quality (fast)
    /// [0,1] the slow component: session quality, discovery and variety over weeks
    std::vector<float> slowSatisfaction;
    std::vector<Satiation> satiation; ///< per-artist and per-sub-genre satiation
    /// Artists the listener has streamed (or knew at signup): a 1,024-bit Bloom filter, so a
    /// rare false positive makes a first stream look known (no discovery), never the reverse.
    std::vector<std::array<std::uint64_t, 16>> knownArtists;
    std::vector<std::uint8_t> churned;
    std::vector<Day> churnDay; ///< day of the last churn, -1 if never
    std::vector<std::uint32_t> lifetimeStreams;
    std::vector<std::array<HistorySlot, kHistorySlots>> history;
    std::vector<std::array<ArtistId, kFollowSlots>> followed; ///< 0xFFFFFFFF = empty
    std::vector<std::array<ArtistId, kBlockSlots>> blocked; ///< 0xFFFFFFFF = empty
    std::vector<std::array<ArtistSkips, kSkipMemorySlots>> skipMemory;

    std::size_t size() const { return signupDay.size(); }
    float *tasteOf(ListenerId l) { return taste.data() + std::size_t(l) * dim; }
    const float *tasteOf(ListenerId l) const { return taste.data() + std::size_t(l) * dim; }
    float *anchorOf(ListenerId l) { return anchor.data() + std::size_t(l) * dim; }
    bool isActive(ListenerId l) const { return !churned[l]; }
    bool hasBlocked(ListenerId l, ArtistId a) const;
    bool follows(ListenerId l, ArtistId a) const;
    /// Whether listener l knows artist a (has streamed them, or knew them at signup).
    bool knowsArtist(ListenerId l, ArtistId a) const;
    /// Marks artist a as known to listener l.
    void learnArtist(ListenerId l, ArtistId a);

    /// Grows every array by `count` default-initialised listeners.
    void grow(std::size_t count);
};

} // namespace td::world
