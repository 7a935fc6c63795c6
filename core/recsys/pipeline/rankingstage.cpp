// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/rankingstage.h"

#include <algorithm>

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
    ranked.clear();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (c.removed != FilterReason::None)
            continue;
        c.rankerScore = useRanker ? float(ranker.logit(c.features.data())) : c.features[kFeatCf];
        if (retention)
            c.rankerScore += m_noveltyWeight * c.features[kFeatNovel];
        ranked.push_back(i);
    }
    std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
        const Candidate &x = candidates[a], &y = candidates[b];
        return x.rankerScore > y.rankerScore
            || (x.rankerScore == y.rankerScore && x.track < y.track);
    });
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
