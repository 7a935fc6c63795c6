// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/rankingstage.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace td::recsys {

void RankingStage::configure(const RecommenderParams &params)
{
    m_kind = params.ranker.kind;
    m_objective = params.objective;
    m_noveltyWeight = float(params.objectiveNoveltyWeight);
}

void RankingStage::rank(const LogisticRanker &ranker, std::vector<Candidate> &candidates,
    std::vector<std::size_t> &ranked) const
{
    // The position feature stays at its inference value 0.
    const bool useRanker = usesRanker(ranker);
    const bool retention = m_objective == Objective::Retention;
    // Sorted as compact keys rather than indices into the candidates: the comparisons then
    // read contiguous memory instead of two scattered Candidates each. The order (score
    // descending, then track id) is total, so the result is the same either way.
    struct Key
    {
        float score;
        TrackId track;
        std::uint32_t index;
    };
    thread_local std::vector<Key> keys; // per-thread working memory: no allocation once warm
    keys.clear();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (c.removed != FilterReason::None)
            continue;
        c.rankerScore = useRanker ? float(ranker.logit(c.features.data())) : c.features[kFeatCf];
        if (retention)
            c.rankerScore += m_noveltyWeight * c.features[kFeatNovel];
        keys.push_back(Key { c.rankerScore, c.track, std::uint32_t(i) });
    }
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        return x.score > y.score || (x.score == y.score && x.track < y.track);
    });
    ranked.clear();
    for (const Key &k : keys)
        ranked.push_back(k.index);
}

const char *RankingStage::scoreKind(bool usedRanker) const
{
    const bool retention = m_objective == Objective::Retention;
    if (usedRanker)
        return retention ? "logit_plus_novelty" : "logit";
    return retention ? "cf_plus_novelty" : "cf_score";
}

const char *RankingStage::stageName(bool usedRanker) const
{
    return usedRanker ? "rank: logistic ranker" : "rank: cf score";
}

} // namespace td::recsys
