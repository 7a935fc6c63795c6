// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace td::recsys::policy {

class LinUcbModel;

/// The exploration policies of the scenario field `recommender.policy.kind` (docs/architecture.md
/// §5b). The numeric values are logged with each slate (Slate::policy): append, never reorder.
enum class PolicyKind : std::uint8_t {
    Greedy = 0,
    EpsilonGreedy,
    Softmax,
    Ucb,
    Thompson,
    LinUcb,
};

/// Scenario spelling of each kind, indexed by PolicyKind.
inline constexpr std::array<const char *, 6> kPolicyKindNames { "greedy", "epsilon_greedy",
    "softmax", "ucb", "thompson", "linucb" };

/// Scenario spelling of a kind ("greedy", "epsilon_greedy", ...).
const char *policyKindName(PolicyKind kind);
/// Parses the scenario spelling; false (and `out` untouched) for an unknown name.
bool parsePolicyKind(std::string_view name, PolicyKind &out);

/// One scored candidate as the ranking stage hands it to the policy. Plain data, no ownership:
/// the pointers refer to the caller's arrays and must outlive the call.
struct PolicyCandidate
{
    TrackId track = kNoTrack;
    /// Ranker score, higher = better; any monotone scale (logit or probability). Must be
    /// finite. Greedy, ε-greedy, softmax (exp(score/τ)), UCB and Thompson rank by it.
    float score = 0.0f;
    /// User-side posterior std of the CF score, sqrt(y_iᵀ Σ_u y_i) ≥ 0 (UCB bonus, and the bound
    /// Thompson uses to skip candidates that cannot reach the slate: see ThompsonPolicy).
    float cfUncertainty = 0.0f;
    /// Item-side posterior std of the CF score, sqrt(x_uᵀ Σ_i x_u) ≥ 0: large for new tracks
    /// with little evidence, which is what lets UCB and Thompson reach them. 0 if unknown.
    float itemUncertainty = 0.0f;
    /// y_i, PolicyContext::factorCount floats (Thompson); may be null for other policies.
    const float *itemFactors = nullptr;
    /// φ_i, PolicyContext::featureCount floats (LinUCB); may be null for other policies.
    const float *features = nullptr;
    /// Vector whose cosine is the MMR similarity, PolicyContext::diversityDim floats (e.g. the
    /// ALS item factors or standardised audio features); unused when a callback is given.
    const float *diversityVector = nullptr;
    std::uint8_t source = 0; ///< candidate source bit set, passed through for the log
};

/// Similarity of two candidates (indices into the candidate array) for MMR, typically in
/// [-1, 1]. A plain function pointer plus context: no allocation, callable from any thread.
struct SimilarityCallback
{
    using Function = float (*)(const void *user, std::size_t a, std::size_t b);
    Function function = nullptr;
    const void *user = nullptr;
};

/// What the policy knows about the request besides the candidates. Plain data, not owned.
struct PolicyContext
{
    int k = 20; ///< slate size; the slate has min(k, n) items
    /// Thompson: f and a square root B of the user's posterior covariance, Σ_u = B Bᵀ (f×f,
    /// row-major). Any square root works: the lower Cholesky factor of Σ_u, or L⁻ᵀ where
    /// L Lᵀ is the Cholesky factor of the precision (what als::Posterior holds). Null = no
    /// user-side uncertainty (the CF part is not perturbed).
    int factorCount = 0;
    const float *userCovFactor = nullptr;
    /// LinUCB: the frozen model of the day and the length of PolicyCandidate::features.
    int featureCount = 0;
    const LinUcbModel *linucb = nullptr;
    /// MMR: length of PolicyCandidate::diversityVector (cosine similarity), or a callback that
    /// takes precedence when set. Neither = all similarities 0 (MMR keeps the order).
    int diversityDim = 0;
    SimilarityCallback similarity;
};

/// One position of the slate, in slate order.
struct SlateItem
{
    std::uint32_t candidate = 0; ///< index into the candidate array
    /// The value the policy ranked this slot by, non-increasing along the policy's slate: the
    /// score (greedy), score + bonus (UCB, Thompson, softmax's s + τ·Gumbel), θᵀφ + bonus
    /// (LinUCB); ε-greedy: the score greedy has at this slot. MMR uses it as relevance.
    float key = 0.0f;
    float bonus = 0.0f; ///< exploration part of `key` (0 for greedy and ε-greedy)
    /// Marginal P(this candidate at this position) under the whole procedure (policy, then
    /// MMR): in (0, 1]; 1 when the procedure is deterministic. See docs/policies.md.
    float propensity = 1.0f;
    /// The candidate differs from the one greedy (the same procedure without exploration:
    /// ε = 0, τ → 0, β = 0, no sampling, α = 0; then the same MMR) puts at this slot.
    bool explored = false;
    /// The candidate is not in the greedy slate at all (a stricter notion than `explored`,
    /// which also counts greedy items that moved).
    bool offGreedy = false;
};

} // namespace td::recsys::policy
