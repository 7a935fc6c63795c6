// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/params.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/logisticranker.h"

#include <vector>

namespace td::recsys {

/// The ranking stage: scores every kept candidate and orders them, best first (ties by lower
/// track id, so equal scores give one reproducible order). The score is the trained logistic
/// ranker's logit (ranker.kind = logistic, once it has been trained) or the CF score
/// (ranker.kind = cf, and before the ranker has data); objective = retention adds
/// objective_novelty_weight for a track new to the listener.
class RankingStage
{
public:
    /// Settings of the day (between days).
    void configure(const RecommenderParams &params);
    /// Whether the trained ranker scores today's requests.
    bool usesRanker(const LogisticRanker &ranker) const
    {
        return m_kind == RankerKind::Logistic && ranker.trained();
    }
    /// Sets Candidate::rankerScore of every kept candidate and fills `ranked` with their
    /// indices, best first.
    void rank(const LogisticRanker &ranker, std::vector<Candidate> &candidates,
        std::vector<std::size_t> &ranked) const;
    /// What the score means (RequestTrace::scoreKind) and the trace's stage name.
    const char *scoreKind(bool usedRanker) const;
    const char *stageName(bool usedRanker) const;

private:
    RankerKind m_kind = RankerKind::Logistic;
    Objective m_objective = Objective::Stream;
    float m_noveltyWeight = 0.0f;
};

} // namespace td::recsys
