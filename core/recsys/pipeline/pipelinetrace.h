// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "events/trace.h"
#include "recsys/pipeline/candidate.h"

#include <cstddef>
#include <vector>

namespace td::recsys {

/// What one built slate leaves behind for its trace.
struct SlateTraceInput
{
    const std::vector<Candidate> *candidates = nullptr; ///< every merged candidate
    const std::vector<std::size_t> *chosen = nullptr; ///< candidate index per slate position
    const std::vector<float> *bonus = nullptr; ///< exploration bonus per slate position
    const events::Slate *slate = nullptr;
    const char *policy = ""; ///< recommender.policy.kind
    const char *scoreKind = ""; ///< RequestTrace::scoreKind
    const char *rankStage = ""; ///< e.g. "rank: logistic ranker"
    bool mmr = false; ///< MMR re-ranking ran after the policy
};

/// Writes the per-stage record of one pipeline request (docs/pipeline.md, "Trace"): a stage
/// entry per candidate source, the merge, one per filter rule, ranking and the policy, then
/// every candidate with its sources, scores, removal reason or slate position. Draws no random
/// numbers.
void tracePipelineSlate(const SlateTraceInput &input, events::RequestTrace &trace);

} // namespace td::recsys
