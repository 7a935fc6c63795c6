// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/recommender.h"
#include "events/types.h"

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace td::world {
class World;
}

namespace td::sim {

/// One listener as the inspector shows them after a simulated day: the ground truth next to
/// the recommender's belief. Plain data, copied out of the engine (the GUI may keep it).
struct ListenerView
{
    /// Audio-feature profile per context: [Context][AudioFeature], raw units (unit features
    /// 0..1, tempo in BPM, loudness in dB), comparable with track features.
    using Profile
        = std::array<std::array<double, events::kAudioFeatureCount>, events::kContextCount>;

    /// Tracks averaged for the true profile.
    static constexpr int kTopTracks = 50;

    ListenerId listener = 0;
    Day day = -1; ///< the simulated day the view was taken after (-1: before the first day)
    Day signupDay = 0; ///< -1: signed up before the run
    bool churned = false;
    Day churnDay = -1; ///< day of the last churn, -1 if never
    double satisfaction = 0.0; ///< [0, 1] moving average of session quality
    /// trace(Σ_u)/f of the ALS posterior of the listener (larger = less certain); NaN when the
    /// recommender keeps no posterior (random, popular, oracle) or has no model yet.
    double posteriorVariance = 0.0;
    /// ‖taste − initialTaste‖, Euclidean in the latent space: how far the true taste moved
    /// since signup (drift, regime shifts, exposure pull, shocks).
    double driftDistance = 0.0;

    /// trueProfile[c]: mean raw audio features of the kTopTracks tracks released by `day`
    /// with the highest taste term of the listener's true expected utility in context c
    /// (UtilityTerms::taste = contextTaste(c) · track vector; ties: lower id). What the
    /// listener would really love in that context, in the units of tracks.
    Profile trueProfile {};
    /// The recommender's belief in the same units (events::Recommender::tasteBeliefs(); for the
    /// pipeline see PipelineRecommender::tasteBeliefs()); valid where beliefBasis != None.
    Profile beliefProfile {};
    std::array<events::BeliefBasis, events::kContextCount> beliefBasis {};
    /// The recommender keeps beliefs about listeners at all (false: random, popular, oracle).
    bool recommenderHasBeliefs = false;
    /// At least one context has a belief.
    bool beliefAvailable = false;
};

/// Inspector lists that need the ground truth, about one simulated day.
struct TruthLists
{
    Day day = -1; ///< the day described; -1 before the first day
    /// (listener, driftDistance) of the active listeners that drifted furthest, descending,
    /// ties by lower id.
    std::vector<std::pair<ListenerId, double>> mostDrifted;
    /// Listeners whose churn happened on `day` (still churned at its end), ascending id, at
    /// most the limit asked for; churnedTodayTotal counts all of them.
    std::vector<ListenerId> churnedToday;
    std::size_t churnedTodayTotal = 0;
};

/// ‖taste − initialTaste‖ of listener l. Requires l < population size.
double driftDistance(const world::World &world, ListenerId l);

/// The view of listener l after `day` (tracks released by `day` count). Read-only: draws no
/// random numbers and changes neither the world nor the recommender. Requires l < population.
ListenerView makeListenerView(
    const world::World &world, const events::Recommender &recommender, ListenerId l, Day day);

/// Most drifted (top `limit`) and churned-on-`day` listeners.
TruthLists makeTruthLists(const world::World &world, Day day, int limit);

} // namespace td::sim
