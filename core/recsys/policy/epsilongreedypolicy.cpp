// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/epsilongreedypolicy.h"

#include "recsys/policy/basicpolicies.h"

#include <algorithm>

namespace td::recsys::policy {

EpsilonGreedyPolicy::EpsilonGreedyPolicy(double epsilon, const Options &options)
    : ExplorationPolicy(options), m_epsilon(std::clamp(epsilon, 0.0, 1.0))
{ }

void EpsilonGreedyPolicy::prepare(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &, int k, PolicyScratch &scratch) const
{
    prepareGreedyReference(candidates, n, k, scratch);
    // The pool in candidate order (not score order), so which item a given uniform picks
    // depends only on the candidate list.
    scratch.inReference.assign(n, 0);
    for (int j = 0; j < k; ++j)
        scratch.inReference[scratch.reference[std::size_t(j)].candidate] = 1;
    scratch.pool.clear();
    for (std::size_t i = 0; i < n; ++i)
        if (!scratch.inReference[i])
            scratch.pool.push_back(static_cast<std::uint32_t>(i));
}

void EpsilonGreedyPolicy::draw(const PolicyCandidate *, std::size_t, const PolicyContext &, int k,
    base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const
{
    scratch.poolLeft.assign(scratch.pool.begin(), scratch.pool.end());
    std::size_t left = scratch.poolLeft.size();
    int nextGreedy = 0;
    for (int j = 0; j < k; ++j) {
        const SlateItem &greedyHere = scratch.reference[std::size_t(j)];
        if (m_epsilon > 0.0 && left > 0 && rng.bernoulli(m_epsilon)) {
            const std::uint32_t r = rng.below(static_cast<std::uint32_t>(left));
            const std::uint32_t pick = scratch.poolLeft[r];
            scratch.poolLeft[r] = scratch.poolLeft[left - 1];
            --left;
            out[j] = SlateItem {};
            out[j].candidate = pick;
        } else {
            out[j] = scratch.reference[std::size_t(nextGreedy++)];
        }
        // MMR relevance: the score greedy has at this slot (non-increasing along the slate).
        out[j].key = greedyHere.key;
        out[j].bonus = 0.0f;
    }
}

template<typename Visit>
void EpsilonGreedyPolicy::forEachState(
    std::size_t pool, int k, PolicyScratch &scratch, Visit &&visit) const
{
    // dp[e] = P(e explorations before slot j); updated in place from high e to low.
    std::vector<double> &dp = scratch.dp;
    dp.assign(std::size_t(k) + 1, 0.0);
    dp[0] = 1.0;
    for (int j = 0; j < k; ++j) {
        for (int e = j; e >= 0; --e) {
            const double p = dp[std::size_t(e)];
            const double explore = std::size_t(e) < pool ? m_epsilon : 0.0;
            visit(j, e, p, explore);
            dp[std::size_t(e) + 1] += p * explore;
            dp[std::size_t(e)] = p * (1.0 - explore);
        }
    }
}

void EpsilonGreedyPolicy::exactPropensities(const PolicyCandidate *, std::size_t,
    const PolicyContext &, int k, PolicyScratch &scratch, SlateItem *slate) const
{
    const std::size_t pool = scratch.pool.size();
    for (int j = 0; j < k; ++j)
        slate[j].propensity = 0.0f;
    // counts[j] = greedy rank m of slate[j], or k for an explored item.
    scratch.counts.assign(std::size_t(k), std::uint32_t(k));
    for (int j = 0; j < k; ++j)
        for (int m = 0; m <= j; ++m)
            if (scratch.reference[std::size_t(m)].candidate == slate[j].candidate)
                scratch.counts[std::size_t(j)] = std::uint32_t(m);
    std::vector<double> &acc = scratch.slotProbability;
    acc.assign(std::size_t(k), 0.0);
    forEachState(pool, k, scratch, [&](int j, int e, double p, double explore) {
        const std::uint32_t m = scratch.counts[std::size_t(j)];
        if (m == std::uint32_t(k))
            acc[std::size_t(j)] += p * explore / double(pool);
        else if (int(m) == j - e)
            acc[std::size_t(j)] += p * (1.0 - explore);
    });
    for (int j = 0; j < k; ++j)
        slate[j].propensity = static_cast<float>(acc[std::size_t(j)]);
}

void EpsilonGreedyPolicy::exactMarginals(const PolicyCandidate *, std::size_t,
    const PolicyContext &, int k, PolicyScratch &scratch, double *out) const
{
    const std::size_t pool = scratch.pool.size();
    std::vector<double> &poolSlot = scratch.slotProbability;
    poolSlot.assign(std::size_t(k), 0.0);
    forEachState(pool, k, scratch, [&](int j, int e, double p, double explore) {
        const std::uint32_t greedy = scratch.reference[std::size_t(j - e)].candidate;
        out[greedy * std::size_t(k) + std::size_t(j)] += p * (1.0 - explore);
        if (pool > 0)
            poolSlot[std::size_t(j)] += p * explore / double(pool);
    });
    for (const std::uint32_t x : scratch.pool)
        for (int j = 0; j < k; ++j)
            out[x * std::size_t(k) + std::size_t(j)] = poolSlot[std::size_t(j)];
}

} // namespace td::recsys::policy
