// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "recsys/params.h"
#include "recsys/policy/policyscratch.h"
#include "recsys/policy/policytypes.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace td::recsys::policy {

/// Monte Carlo draws per select() where propensities are estimated (Thompson; any stochastic
/// policy followed by MMR). See ExplorationPolicy::select() for the estimator.
inline constexpr int kDefaultPropensitySamples = 64;

/// How select() obtains propensities for a policy with its current options.
enum class PropensityMethod {
    Deterministic, ///< one possible slate: every propensity is 1
    Exact, ///< closed form (ε-greedy, softmax slot 0) or exact quadrature (softmax)
    MonteCarlo, ///< estimated from propensitySamples() further draws of the same procedure
};

/// The exploration and diversification stage (docs/architecture.md §3, step 4): turns scored
/// candidates into a slate and logs, per shown track, the marginal probability of that track at
/// that position under the whole procedure (the policy, then optional MMR re-ranking).
///
/// Contract (tst_policy, TestPolicyContract, for every kind):
/// - the slate has min(k, n) distinct candidates; propensities are in (0, 1];
/// - same inputs and same rng state → same slate, same propensities (only the rng passed in
///   is drawn from; deterministic policies draw nothing);
/// - SlateItem::explored / offGreedy compare with the greedy procedure (see policytypes.h).
///
/// Threading: immutable after construction; select() and marginals() are const and may run
/// concurrently on different threads, each with its own scratch and rng. Candidates must have
/// finite scores. Implementations override the protected hooks (non-virtual interface).
class ExplorationPolicy
{
public:
    struct Options
    {
        double mmrLambda = 0.0; ///< diversity.mmr_lambda, [0, 1]; 0 = off
        int propensitySamples = kDefaultPropensitySamples; ///< ≥ 1
    };

    explicit ExplorationPolicy(const Options &options);
    virtual ~ExplorationPolicy();
    ExplorationPolicy(const ExplorationPolicy &) = delete;
    ExplorationPolicy &operator=(const ExplorationPolicy &) = delete;

    virtual PolicyKind kind() const = 0;
    /// Whether the policy itself draws random numbers with its parameters (ε-greedy with
    /// ε = 0 does not, for instance).
    virtual bool isStochastic() const = 0;
    PropensityMethod propensityMethod() const;
    double mmrLambda() const { return m_options.mmrLambda; }
    int propensitySamples() const { return m_options.propensitySamples; }

    /// Fills `out` with the slate (min(k, n) items, slate order) for `n` candidates.
    ///
    /// Propensities: 1 for a deterministic procedure; exact for ε-greedy and softmax without
    /// MMR; otherwise Monte Carlo: S = propensitySamples() further draws of the same procedure
    /// from the same rng, and p̂ = (1 + hits) / (S + 1) where hits counts draws that put the same
    /// candidate at the same position. Counting the realised slate as one of the S + 1 draws
    /// keeps p̂ > 0 and makes inverse-propensity weights almost unbiased:
    /// E[1/p̂ | shown] · p = 1 − (1 − p)^{S+1}. Cost of the Monte Carlo: S × one draw (+ MMR).
    void select(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        base::Rng &rng, PolicyScratch &scratch, std::vector<SlateItem> &out) const;

    /// One slate of the procedure (policy, then MMR) without propensities or the greedy
    /// comparison: what the policy would show on this request. Off-policy truth draws the
    /// target policy's slate this way (its own rng stream), at the cost of one draw.
    void drawSlate(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        base::Rng &rng, PolicyScratch &scratch, std::vector<SlateItem> &out) const;

    /// The whole marginal matrix: out[i · k' + j] = P(candidate i at position j), k' = min(k, n),
    /// computed as select() would (exact, or Monte Carlo with `samples` draws, p̂ = hits / S).
    /// For tests, the inspector and off-policy evaluation; draws from `rng` only for Monte Carlo.
    void marginals(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        base::Rng &rng, PolicyScratch &scratch, int samples, std::vector<double> &out) const;

protected:
    /// Per-request deterministic work (orders, bounds, weights); must fill scratch.reference
    /// with the greedy slate (k items: candidate and key). Called once before any draw().
    virtual void prepare(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, PolicyScratch &scratch) const = 0;
    /// One slate of the policy alone: k items (candidate, key, bonus), after prepare().
    virtual void draw(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, base::Rng &rng, PolicyScratch &scratch,
        SlateItem *out) const = 0;
    /// Whether exactPropensities() / exactMarginals() are implemented (stochastic policies).
    virtual bool hasExactMarginals() const { return false; }
    /// Writes the exact marginal of each slate[j].candidate at j into slate[j].propensity.
    virtual void exactPropensities(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, PolicyScratch &scratch, SlateItem *slate) const;
    /// Writes the exact n × k marginal matrix (zeroed by the caller).
    virtual void exactMarginals(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, PolicyScratch &scratch, double *out) const;

private:
    bool mmrActive() const { return m_options.mmrLambda > 0.0; }
    void drawComposed(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, base::Rng &rng, PolicyScratch &scratch,
        SlateItem *out) const;

    Options m_options;
};

/// The policy of `params.kind` with its parameters (unknown kinds fall back to greedy: the
/// scenario schema has validated the name already).
std::unique_ptr<ExplorationPolicy> makePolicy(
    const PolicyParams &params, const ExplorationPolicy::Options &options = {});
/// The policy and MMR of a recommender configuration (policy.*, diversity.mmr_lambda).
std::unique_ptr<ExplorationPolicy> makePolicy(const RecommenderParams &params);
/// `policy` (e.g. a surface's own, RecommenderParams::policyFor()) with the configuration's MMR.
std::unique_ptr<ExplorationPolicy> makePolicy(
    const RecommenderParams &params, const PolicyParams &policy);

} // namespace td::recsys::policy
