// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "events/types.h"
#include "world/audioprojection.h"
#include "world/catalog.h"
#include "world/params.h"
#include "world/population.h"

namespace td::world {

/// The parts of a listener's utility for one track (docs/architecture.md §2, Response).
struct UtilityTerms
{
    float taste = 0.0f; ///< context-adjusted taste · track vector
    float familiarity = 0.0f; ///< + bonus for a known, liked track
    float fatigue = 0.0f; ///< − fatigue × recent plays (repetition boredom)
    float novelty = 0.0f; ///< (appetite − ½)·2·w for a track never heard
    float mainstream = 0.0f; ///< mainstreamness·w·popularity z-score
    float blocked = 0.0f; ///< large penalty if the artist is blocked
    float satiation = 0.0f; ///< − boredom with the track's artist and sub-genre (Satiation)
    float total() const
    {
        return taste + familiarity + fatigue + novelty + mainstream + blocked + satiation;
    }
};

/// What the listener did with one examined track.
struct PlayOutcome
{
    bool streamed = false; ///< played >= 30 s
    std::int32_t listenMs = 0;
    float listenFraction = 0.0f;
    bool replay = false;
    bool save = false;
    bool playlistAdd = false;
    bool followArtist = false;
    bool blockArtist = false;
    float utility = 0.0f; ///< realised utility (with noise)
};

/// Maps (listener, context, track) to utility and behaviour. Stateless apart from parameters;
/// safe to share across threads. Reads listener state, never writes it.
class ResponseModel
{
public:
    ResponseModel(const WorldParams &params, const AudioProjection &projection);

    /// Taste shifted by the context offset: x + strength·sensitivity[c]·dir(c). Writes d floats.
    void contextTaste(const Population &pop, ListenerId l, events::Context c, float *out) const;

    /// Expected utility terms (no noise) of track t for listener l on `day`.
    UtilityTerms utility(const Population &pop, const Catalog &catalog, ListenerId l,
        const float *contextTaste, TrackId t, Day day) const;

    /// P(stream >= 30 s) = σ((u − θ_l)/τ), θ_l = stream_threshold + patience_weight·(½ − patience).
    double streamProbability(double utility, double patience) const;

    /// P(stream >= 30 s) averaged over the utility noise: E_z[streamProbability(expected +
    /// noise·z)], z ~ N(0, 1), by 20-point Gauss–Legendre quadrature on z in [−6, 6]. What
    /// play() streams with, in expectation: the truth behind the off-policy estimates.
    double expectedStreamProbability(double expected, double patience) const;

    /// P(examine slate position k), k from 0: decay^k.
    static double examinationProbability(int position, double decay);

    /// Draws the behaviour for an examined track with expected utility `expected`.
    PlayOutcome play(double expected, double patience, float durationSeconds,
        float priorArtistSkips, base::Rng &rng) const;

    /// Quality of one play for the satisfaction average, in [0, 1].
    static double playQuality(const PlayOutcome &o);

    /// How sated listener l is with track t's artist and sub-genre on `day`, in [0, 1): the
    /// mean of the two saturation fractions level / (level + half-saturation).
    double boredom(
        const Population &pop, const Catalog &catalog, ListenerId l, TrackId t, Day day) const;

    const WorldParams &params() const { return m_params; }
    const AudioProjection &projection() const { return m_projection; }

private:
    const WorldParams &m_params;
    const AudioProjection &m_projection;
};

/// Heat of a history slot on `day` (decayed since its last play).
float currentHeat(const HistorySlot &slot, Day day);

/// Finds the history slot of a track, or nullptr.
const HistorySlot *findHistory(const Population &pop, ListenerId l, TrackId t);

} // namespace td::world
