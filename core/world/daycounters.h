// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace td::world {

/// Additive per-day tallies, one per chunk of listeners, summed in chunk order.
struct DayCounters
{
    std::int64_t startPopulation = 0; ///< not churned at the start of the day
    std::int64_t activeListeners = 0; ///< at least one session
    std::int64_t sessions = 0;
    std::int64_t plays = 0; ///< streams + skips
    std::int64_t streams = 0;
    std::int64_t skips = 0;
    std::int64_t recStreams = 0; ///< streams on recommender surfaces
    std::int64_t saves = 0;
    std::int64_t shown = 0; ///< recommended slate items shown
    std::int64_t explored = 0; ///< of those, chosen by exploration
    std::int64_t churned = 0;
    std::int64_t winbacks = 0;
    std::int64_t premiumPopulation = 0; ///< premium and not churned at the end of the day
    std::int64_t cancellations = 0; ///< premium listeners who churned (a logged Cancel event)
    std::int64_t discoveries = 0; ///< liked first streams of an artist
    /// Sessions with a recommender request while contexts are on, and of those the ones
    /// whose first request's inferred context (Slate::inferredContext) was the true one.
    std::int64_t contextGuesses = 0;
    std::int64_t contextHits = 0;
    double listenFractionSum = 0.0;
    /// Off-policy truth: expected streams of the target policy's Home slates under the true
    /// response model, and their slots (ope_truth = the ratio).
    double opeTruthStreams = 0.0;
    std::int64_t opeTruthSlots = 0;
    /// Calls to the recommender: one per Home slate, Discover Weekly or Release Radar list, and
    /// radio track (rec_requests, the unit T-RECS counts in).
    std::int64_t recRequests = 0;

    void add(const DayCounters &o)
    {
        startPopulation += o.startPopulation;
        activeListeners += o.activeListeners;
        sessions += o.sessions;
        plays += o.plays;
        streams += o.streams;
        skips += o.skips;
        recStreams += o.recStreams;
        saves += o.saves;
        shown += o.shown;
        explored += o.explored;
        churned += o.churned;
        winbacks += o.winbacks;
        premiumPopulation += o.premiumPopulation;
        cancellations += o.cancellations;
        discoveries += o.discoveries;
        contextGuesses += o.contextGuesses;
        contextHits += o.contextHits;
        listenFractionSum += o.listenFractionSum;
        opeTruthStreams += o.opeTruthStreams;
        opeTruthSlots += o.opeTruthSlots;
        recRequests += o.recRequests;
    }
};

} // namespace td::world
