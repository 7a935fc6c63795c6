// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "events/recommender.h"
#include "recsys/als/posterior.h"
#include "recsys/params.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/servingview.h"
#include "recsys/policy/policyscratch.h"
#include "recsys/policy/policytypes.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace td::recsys {

/// What the policy stage knows about the request beyond the candidates.
struct PolicyRequest
{
    int k = 20;
    const float *userVector = nullptr; ///< x_u, null before the first ALS fit
    int factors = 0;
    /// When set, also compute the off-policy weights P_target(item at slot)/P_logged for the
    /// slate into PolicyScratch::opeWeights (stochastic logging only), then draw one slate of
    /// the target policy into Slate::targetSlate, all from this stream.
    base::Rng *opeRng = nullptr;
};

/// Per-thread working memory of the policy stage, and its outputs besides the slate.
struct PolicyScratch
{
    std::optional<als::Posterior> posterior; ///< set by the pipeline when needsPosterior()
    std::vector<std::size_t> chosen; ///< candidate index of each slate position
    std::vector<float> bonus; ///< exploration bonus of each slate position
    std::vector<float> opeWeights; ///< per slate position; empty when not computed
    std::vector<double> marginals;
    std::vector<policy::PolicyCandidate> candidates;
    std::vector<policy::SlateItem> slate;
    std::vector<policy::SlateItem> targetSlate; ///< off-policy truth draw of the target
    std::vector<float> covFactor; ///< B with Σ_u = B Bᵀ (Thompson)
    policy::PolicyScratch policy;
};

/// The exploration/diversification stage of the pipeline (docs/architecture.md §3, step 4): turns
/// the ranked candidates into a slate and logs, per shown track, the marginal probability of that
/// track at that position under the policy (1 for deterministic policies).
class SlatePolicy
{
public:
    virtual ~SlatePolicy();
    /// recommender.policy.kind this policy implements.
    virtual policy::PolicyKind kind() const = 0;
    /// Small id logged with each event (events::Event::policy).
    virtual std::uint8_t id() const = 0;
    /// Live parameter changes (between days).
    virtual void configure(const RecommenderParams &params) = 0;
    /// Whether select() needs the listener's ALS posterior in the scratch.
    virtual bool needsPosterior() const { return false; }
    /// Whether logged propensities vary (off-policy estimates need a stochastic logger).
    virtual bool logsStochastically() const { return false; }
    /// `ranked`: indices into `candidates` of the kept candidates, best ranker score first.
    /// Fills `out` (track, score, propensity, explored) and scratch.chosen/bonus.
    /// Item factors and audio features come from `items` (read-only).
    virtual void select(const ItemVectors &items, const std::vector<Candidate> &candidates,
        const std::vector<std::size_t> &ranked, const PolicyRequest &request, base::Rng &rng,
        PolicyScratch &scratch, events::Slate &out) const = 0;
    /// End of day learning from the day's labelled impressions (kFeatureCount floats per
    /// row), in three steps so the rows are read where they lie: beginLearning(), then
    /// learnRows() for each listener's rows in listener order, then endLearning().
    virtual void beginLearning() { }
    virtual void learnRows(const float *features, const float *labels, std::size_t rows);
    virtual void endLearning() { }
};

/// The policy named by params.policy.kind (with MMR after it when mmr_lambda > 0).
std::unique_ptr<SlatePolicy> makeSlatePolicy(const RecommenderParams &params);
/// The policy serving `surface` (index into kServedSurfaceNames): params.policyFor(surface).
std::unique_ptr<SlatePolicy> makeSlatePolicy(const RecommenderParams &params, int surface);

} // namespace td::recsys
