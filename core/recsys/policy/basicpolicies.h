// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/explorationpolicy.h"

namespace td::recsys::policy {

/// Top k by score (ties: lower candidate index). Deterministic: propensity 1.
class GreedyPolicy : public ExplorationPolicy
{
public:
    explicit GreedyPolicy(const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::Greedy; }
    bool isStochastic() const override { return false; }

protected:
    void prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        int k, PolicyScratch &scratch) const override;
    void draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context, int k,
        base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const override;
};

/// Upper confidence bound on the CF part of the score (Auer et al. 2002, with the ALS
/// posterior as the confidence):
///
///     key_i = score_i + β · sqrt(cfUncertainty_i² + itemUncertainty_i²),
///
/// top k by key. The bonus is logged. A listener with more (or more confident) evidence has a
/// smaller posterior Σ_u and so smaller bonuses; a new track has a large item-side
/// uncertainty and so a large bonus, which is how UCB reaches it. β (policy.ucb_beta) is in
/// score units per posterior std. Deterministic: propensity 1.
class UcbPolicy : public ExplorationPolicy
{
public:
    explicit UcbPolicy(double beta, const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::Ucb; }
    bool isStochastic() const override { return false; }
    double beta() const { return m_beta; }

protected:
    void prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        int k, PolicyScratch &scratch) const override;
    void draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context, int k,
        base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const override;

private:
    double m_beta;
};

/// LinUCB (Li, Chu, Langford, Schapire, WWW 2010; the shared-θ "disjoint" form over the
/// ranker's features): key_i = θᵀφ_i + α · sqrt(φ_iᵀ A⁻¹ φ_i) with the day's frozen
/// LinUcbModel (PolicyContext::linucb). The greedy reference is θᵀφ (α = 0). Without a model
/// or features it ranks by score. Deterministic given A: propensity 1.
class LinUcbPolicy : public ExplorationPolicy
{
public:
    explicit LinUcbPolicy(double alpha, const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::LinUcb; }
    bool isStochastic() const override { return false; }
    double alpha() const { return m_alpha; }

protected:
    void prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        int k, PolicyScratch &scratch) const override;
    void draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context, int k,
        base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const override;

private:
    double m_alpha;
};

/// Fills scratch.reference with the top k by score (the greedy slate) and leaves
/// scratch.keys = scores. Shared by every policy whose exploit order is the ranker's.
void prepareGreedyReference(
    const PolicyCandidate *candidates, std::size_t n, int k, PolicyScratch &scratch);

} // namespace td::recsys::policy
