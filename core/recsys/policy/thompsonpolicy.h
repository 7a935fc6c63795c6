// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/explorationpolicy.h"

namespace td::recsys::policy {

/// Thompson sampling on the ALS posterior (Chapelle & Li, NIPS 2011): one draw of the user
/// vector x̃ = x_u + B z (z ~ N(0, I_f), Σ_u = B Bᵀ) perturbs every candidate's CF part, plus an
/// independent item-side draw for the item's own uncertainty:
///
///     key_i = score_i + y_iᵀ (x̃ − x_u) + itemUncertainty_i · ξ_i,   ξ_i ~ N(0, 1),
///
/// then top k by key. The bonus (the perturbation) is logged. The item-side term is the
/// first-order part of sampling the item posterior too (the product term of the two errors
/// is left out); it is what lets Thompson reach new tracks, whose y_i carries little evidence.
///
/// Candidates that cannot reach the slate are skipped: with σ_i = sqrt(cfUncertainty² +
/// itemUncertainty²) (the std of the perturbation when cfUncertainty = ‖Bᵀ y_i‖), a candidate
/// with score_i + 6σ_i below the k-th largest score_j − 6σ_j needs a 6σ deviation (P < 1e−9)
/// and is left out of every draw. That deterministic cut is part of the policy, so the
/// propensities remain those of the procedure that runs.
///
/// Propensities: Monte Carlo over the same procedure (ExplorationPolicy::select()), with
/// cost S × (f normals + f² + M·f + M log k) for M kept candidates and S propensity samples.
/// Without B (or with f = 0) and zero item uncertainty the policy is greedy.
class ThompsonPolicy : public ExplorationPolicy
{
public:
    explicit ThompsonPolicy(const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::Thompson; }
    bool isStochastic() const override { return true; }

protected:
    void prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context,
        int k, PolicyScratch &scratch) const override;
    void draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &context, int k,
        base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const override;
};

} // namespace td::recsys::policy
