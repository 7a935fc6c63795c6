// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/params.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/logisticranker.h"
#include "recsys/pipeline/valuemodel.h"

#include <vector>

namespace td::recsys {

/// What objective = retention needs to score a request's candidates: the value model and
/// what the service knows of the listener (docs/policies.md, "Objectives").
struct ValueScoring
{
    const ValueModel *model = nullptr;
    const ListenerHistory *history = nullptr;
    const events::ObservableCatalog *catalog = nullptr;
    ListenerId listener = 0;
    events::Context context = events::Context::None;
};

/// The ranking stage: scores every kept candidate and orders them, best first (ties by lower
/// track id, so equal scores give one reproducible order). The base score is the trained
/// logistic ranker's logit (ranker.kind = logistic, once it has been trained) or the CF score
/// (ranker.kind = cf, and before the ranker has data). objective = novelty adds
/// objective_novelty_weight for a track new to the listener to it; objective = retention
/// scores σ(logit) + objective_weight × ValueModel::uplift() (the CF score stands in for
/// σ(logit) before the ranker is trained).
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
    Objective objective() const { return m_objective; }
    /// Sets Candidate::rankerScore of every kept candidate and fills `ranked` with their
    /// indices, best first. `value` is read only for objective = retention.
    void rank(const LogisticRanker &ranker, std::vector<Candidate> &candidates,
        std::vector<std::size_t> &ranked, const ValueScoring &value = {}) const;
    /// The value features of serving candidate `c` (objective = retention), with the stream
    /// probability the ranking used.
    void valueFeatures(const LogisticRanker &ranker, const Candidate &c, const ValueScoring &value,
        ValueRow &out) const;
    /// What the score means (RequestTrace::scoreKind) and the trace's stage name.
    const char *scoreKind(bool usedRanker) const;
    const char *stageName(bool usedRanker) const;

private:
    RankerKind m_kind = RankerKind::Logistic;
    Objective m_objective = Objective::Stream;
    float m_noveltyWeight = 0.0f;
    double m_objectiveWeight = 0.0;
};

} // namespace td::recsys
