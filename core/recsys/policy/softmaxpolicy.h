// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/explorationpolicy.h"

namespace td::recsys::policy {

/// Plackett–Luce (softmax) sampling without replacement with weights exp(score / τ): slot by
/// slot, P(i) = w_i / Σ_remaining w. Drawn with the Gumbel-top-k trick (Kool, van Hoof,
/// Welling, ICML 2019): key_i = score_i / τ + G_i, G_i = −log(−log U_i) i.i.d. Gumbel, and the
/// k largest keys in order are an exact Plackett–Luce draw (n uniforms and 2n logs per draw).
/// The logged key is score + τ·G (same order, score units) and the bonus τ·G.
///
/// Propensities are exact: slot 1 in closed form, exp(s_i/τ) / Σ exp(s/τ); later slots by
/// plackettLuceMarginals() (an exponential-race integral, error < 1e−6; see plackettluce.h
/// for the method and its cost). τ → 0 tends to greedy (τ = 1e−6 with distinct scores is
/// greedy); large τ tends to uniform. Every candidate has positive probability.
class SoftmaxPolicy : public ExplorationPolicy
{
public:
    /// temperature τ > 0 (policy.temperature), in score units.
    explicit SoftmaxPolicy(double temperature, const Options &options = {});
    PolicyKind kind() const override { return PolicyKind::Softmax; }
    bool isStochastic() const override { return true; }
    double temperature() const { return m_temperature; }

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
    double m_temperature;
};

} // namespace td::recsys::policy
