// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <string>
#include <vector>

namespace td::events {

/// One candidate's life through the pipeline of one request: where it came from, its scores,
/// and either its final slate position or the reason it was removed.
struct TraceCandidate
{
    TrackId track = kNoTrack;
    std::string sources; ///< e.g. "cf_ann+trending"
    float cfScore = 0.0f;
    float contentScore = 0.0f;
    float rankerScore = 0.0f;
    float explorationBonus = 0.0f;
    float finalScore = 0.0f;
    float propensity = 0.0f;
    int slatePosition = -1; ///< -1 if not shown
    std::string removedBy; ///< filter name, empty if kept
    std::string outcome; ///< filled by the engine after the listener reacted
};

/// Per-stage record of one recommendation request (docs/architecture.md §3): what came in, what
/// went out, and why. Filled only when a caller asks for it; filling it draws no random numbers.
struct RequestTrace
{
    std::string recommender;
    std::string policy;
    std::string surface; ///< surfaceName() of the request
    std::string device; ///< deviceName() of the request
    /// The session's true context (contextName()): written by the world after the recommender
    /// answered, so a recommender never reads it. "none" for an inspection request.
    std::string context;
    /// The context the recommender inferred (contextName(); "none" if it infers none).
    std::string inferredContext;
    float hour = 0.0f;
    int k = 0;
    /// What TraceCandidate::rankerScore holds: "logit" (the logistic ranker's log-odds of a
    /// stream), "logit_plus_novelty" (that plus the novelty objective's weight),
    /// "cf_score" / "cf_plus_novelty" (no trained ranker: the CF score),
    /// "stream_probability_plus_value" / "cf_plus_value" (objective = retention: σ(logit), or
    /// the CF score before a ranker is trained, plus objective_weight × the value model's
    /// uplift), empty if no ranking.
    std::string scoreKind;
    struct Stage
    {
        std::string name;
        int in = 0;
        int out = 0;
        std::string note;
    };
    std::vector<Stage> stages;
    std::vector<TraceCandidate> candidates;
};

} // namespace td::events
