// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/rankingstage.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace td::recsys {

void RankingStage::configure(const RecommenderParams &params)
{
    m_kind = params.ranker.kind;
    m_objective = params.objective;
    m_noveltyWeight = float(params.objectiveNoveltyWeight);
    m_objectiveWeight = params.objectiveWeight;
}

void RankingStage::valueFeatures(const LogisticRanker &ranker, const Candidate &c,
    const ValueScoring &value, ValueRow &out) const
{
    const float streamProbability = usesRanker(ranker)
        ? float(1.0 / (1.0 + std::exp(-ranker.logit(c.features.data()))))
        : 0.0f;
    // kFeatArtist = log(1 + decayed positive mass on the artist): 0 = never streamed it.
    value.history->features(value.listener, c.track, streamProbability,
        c.features[kFeatArtist] <= 0.0f, c.uncertainty, value.context, *value.catalog, out);
}

void RankingStage::rank(const LogisticRanker &ranker, std::vector<Candidate> &candidates,
    std::vector<std::size_t> &ranked, const ValueScoring &value) const
{
    // The position feature stays at its inference value 0.
    const bool useRanker = usesRanker(ranker);
    const bool novelty = m_objective == Objective::Novelty;
    const bool retention = m_objective == Objective::Retention && value.model;
    ValueRow row;
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
        if (retention) {
            valueFeatures(ranker, c, value, row);
            const double base = useRanker ? double(row[kValStream]) : double(c.features[kFeatCf]);
            c.rankerScore = float(base + m_objectiveWeight * value.model->uplift(row));
        } else {
            c.rankerScore
                = useRanker ? float(ranker.logit(c.features.data())) : c.features[kFeatCf];
            if (novelty)
                c.rankerScore += m_noveltyWeight * c.features[kFeatNovel];
        }
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
    const bool novelty = m_objective == Objective::Novelty;
    if (m_objective == Objective::Retention)
        return usedRanker ? "stream_probability_plus_value" : "cf_plus_value";
    if (usedRanker)
        return novelty ? "logit_plus_novelty" : "logit";
    return novelty ? "cf_plus_novelty" : "cf_score";
}

const char *RankingStage::stageName(bool usedRanker) const
{
    return usedRanker ? "rank: logistic ranker" : "rank: cf score";
}

} // namespace td::recsys
