// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/explorationpolicy.h"

namespace td::recsys::policy {

/// ε-greedy over slots with exact marginals. Let g_1..g_k be the greedy slate (top k by
/// score) and the pool the M = n − k other candidates. Slot by slot, while the pool is not
/// empty, with probability ε the slot takes a uniformly random pool item not yet shown,
/// otherwise the next greedy item (the best one not yet shown); an empty pool forces greedy.
///
/// With P_j(e) = P(e explorations before slot j) (a two-state recursion, O(k²)),
///
///     P(g_m at slot j)        = P_j(j − m) · (1 − ε_e),     ε_e = ε if e < M else 0,
///     P(pool item x at slot j) = Σ_{e < M} P_j(e) · ε / M,
///
/// (1-based m, j). The second line is not Σ_e P_j(e) ε / (M − e): given e earlier
/// explorations, x is still in the pool with probability (M − e) / M, which cancels the
/// 1 / (M − e) of the draw. Each slot's marginals sum to 1 (tested). Pool items are reachable
/// whatever their score, which is how ε-greedy shows new tracks. No heap allocation per call.
/// ε = 0 is greedy (deterministic, no draws); each slot with a non-empty pool draws one
/// uniform, plus one integer when it explores.
class EpsilonGreedyPolicy : public ExplorationPolicy
{
public:
    explicit EpsilonGreedyPolicy(double epsilon, const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::EpsilonGreedy; }
    bool isStochastic() const override { return m_epsilon > 0.0; }
    double epsilon() const { return m_epsilon; }

protected:
    void prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        int k, PolicyScratch &scratch) const override;
    void draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context, int k,
        base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const override;
    bool hasExactMarginals() const override { return true; }
    void exactPropensities(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, PolicyScratch &scratch,
        SlateItem *slate) const override;
    void exactMarginals(const PolicyCandidate *candidates, std::size_t n,
        const PolicyContext &context, int k, PolicyScratch &scratch, double *out) const override;

private:
    /// Calls visit(slot, e, P_j(e), explore probability) for every reachable state.
    template<typename Visit>
    void forEachState(std::size_t pool, int k, PolicyScratch &scratch, Visit &&visit) const;

    double m_epsilon;
};

} // namespace td::recsys::policy
