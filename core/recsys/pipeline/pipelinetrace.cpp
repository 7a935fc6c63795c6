// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/pipelinetrace.h"

#include <array>
#include <string>

namespace td::recsys {

void tracePipelineSlate(const SlateTraceInput &input, events::RequestTrace &trace)
{
    const auto &candidates = *input.candidates;
    const auto &slate = *input.slate;
    trace.recommender = "pipeline";
    trace.policy = input.policy;
    trace.scoreKind = input.scoreKind;
    std::array<int, kSourceCount> perSource {};
    std::array<int, kFilterReasonCount> perReason {};
    for (const auto &c : candidates) {
        for (int b = 0; b < kSourceCount; ++b)
            perSource[std::size_t(b)] += (c.sources >> b) & 1u;
        ++perReason[std::size_t(c.removed)];
    }
    for (int b = 0; b < kSourceCount; ++b)
        trace.stages.push_back(
            { std::string("source: ") + sourceName(b), 0, perSource[std::size_t(b)], "" });
    trace.stages.push_back(
        { "merge", int(candidates.size()), int(candidates.size()), "distinct tracks" });
    int remaining = int(candidates.size());
    for (int r = 1; r < kFilterReasonCount; ++r) {
        trace.stages.push_back({ std::string("filter: ") + filterReasonName(FilterReason(r)),
            remaining, remaining - perReason[std::size_t(r)], "" });
        remaining -= perReason[std::size_t(r)];
    }
    trace.stages.push_back({ input.rankStage, remaining, remaining, "" });
    trace.stages.push_back({ std::string("policy: ") + input.policy, remaining,
        int(slate.items.size()), input.mmr ? "then MMR re-ranking" : "" });
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        events::TraceCandidate t;
        t.track = c.track;
        t.sources = sourceNames(c.sources);
        t.cfScore = c.features[kFeatCf];
        t.contentScore = c.features[kFeatContent];
        t.rankerScore = c.rankerScore;
        t.removedBy = filterReasonName(c.removed);
        for (std::size_t pos = 0; pos < slate.items.size(); ++pos) {
            if ((*input.chosen)[pos] == i) {
                t.slatePosition = int(pos);
                t.propensity = slate.items[pos].propensity;
                t.explorationBonus = (*input.bonus)[pos];
                t.finalScore = slate.items[pos].score;
            }
        }
        trace.candidates.push_back(t);
    }
}

} // namespace td::recsys
