// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/explorationpolicy.h"

#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/epsilongreedypolicy.h"
#include "recsys/policy/softmaxpolicy.h"
#include "recsys/policy/thompsonpolicy.h"

#include <algorithm>
#include <array>

namespace td::recsys::policy {

const char *policyKindName(PolicyKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    return index < kPolicyKindNames.size() ? kPolicyKindNames[index] : "greedy";
}

bool parsePolicyKind(std::string_view name, PolicyKind &out)
{
    for (std::size_t i = 0; i < kPolicyKindNames.size(); ++i) {
        if (name == kPolicyKindNames[i]) {
            out = static_cast<PolicyKind>(i);
            return true;
        }
    }
    return false;
}

ExplorationPolicy::ExplorationPolicy(const Options &options) : m_options(options)
{
    m_options.mmrLambda = std::clamp(m_options.mmrLambda, 0.0, 1.0);
    m_options.propensitySamples = std::max(1, m_options.propensitySamples);
}

ExplorationPolicy::~ExplorationPolicy() = default;

PropensityMethod ExplorationPolicy::propensityMethod() const
{
    if (!isStochastic())
        return PropensityMethod::Deterministic;
    return !mmrActive() && hasExactMarginals() ? PropensityMethod::Exact
                                               : PropensityMethod::MonteCarlo;
}

void ExplorationPolicy::exactPropensities(const PolicyCandidate *, std::size_t,
    const PolicyContext &, int k, PolicyScratch &, SlateItem *slate) const
{
    for (int j = 0; j < k; ++j)
        slate[j].propensity = 1.0f;
}

void ExplorationPolicy::exactMarginals(const PolicyCandidate *, std::size_t, const PolicyContext &,
    int, PolicyScratch &, double *) const
{ }

void ExplorationPolicy::drawComposed(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, int k, base::Rng &rng, PolicyScratch &scratch,
    SlateItem *out) const
{
    draw(candidates, n, context, k, rng, scratch, out);
    if (mmrActive())
        mmrRerank(out, k, m_options.mmrLambda, candidates, context, scratch.mmr);
}

void ExplorationPolicy::select(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, base::Rng &rng, PolicyScratch &scratch,
    std::vector<SlateItem> &out) const
{
    const int k = static_cast<int>(std::min<std::size_t>(std::size_t(std::max(context.k, 0)), n));
    out.resize(std::size_t(k));
    if (k == 0)
        return;
    prepare(candidates, n, context, k, scratch);
    drawComposed(candidates, n, context, k, rng, scratch, out.data());

    // Greedy reference: explored = differs at the slot, offGreedy = not in the greedy slate.
    // MMR works on a copy: later draws (Monte Carlo) still need the greedy order itself.
    const SlateItem *reference = scratch.reference.data();
    if (mmrActive()) {
        scratch.greedyAfterMmr.assign(scratch.reference.begin(), scratch.reference.end());
        mmrRerank(scratch.greedyAfterMmr.data(), k, m_options.mmrLambda, candidates, context,
            scratch.mmr);
        reference = scratch.greedyAfterMmr.data();
    }
    scratch.inReference.assign(n, 0);
    for (int j = 0; j < k; ++j)
        scratch.inReference[reference[j].candidate] = 1;
    for (int j = 0; j < k; ++j) {
        SlateItem &item = out[std::size_t(j)];
        item.explored = item.candidate != reference[j].candidate;
        item.offGreedy = scratch.inReference[item.candidate] == 0;
        item.propensity = 1.0f;
    }

    switch (propensityMethod()) {
    case PropensityMethod::Deterministic:
        break;
    case PropensityMethod::Exact:
        exactPropensities(candidates, n, context, k, scratch, out.data());
        break;
    case PropensityMethod::MonteCarlo: {
        const int samples = m_options.propensitySamples;
        scratch.counts.assign(std::size_t(k), 0);
        scratch.sample.resize(std::size_t(k));
        for (int s = 0; s < samples; ++s) {
            drawComposed(candidates, n, context, k, rng, scratch, scratch.sample.data());
            for (int j = 0; j < k; ++j)
                if (scratch.sample[std::size_t(j)].candidate == out[std::size_t(j)].candidate)
                    ++scratch.counts[std::size_t(j)];
        }
        for (int j = 0; j < k; ++j)
            out[std::size_t(j)].propensity
                = static_cast<float>(double(1 + scratch.counts[std::size_t(j)]) / (samples + 1));
        break;
    }
    }
}

void ExplorationPolicy::drawSlate(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, base::Rng &rng, PolicyScratch &scratch,
    std::vector<SlateItem> &out) const
{
    const int k = static_cast<int>(std::min<std::size_t>(std::size_t(std::max(context.k, 0)), n));
    out.resize(std::size_t(k));
    if (k == 0)
        return;
    prepare(candidates, n, context, k, scratch);
    drawComposed(candidates, n, context, k, rng, scratch, out.data());
}

void ExplorationPolicy::marginals(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, base::Rng &rng, PolicyScratch &scratch, int samples,
    std::vector<double> &out) const
{
    const int k = static_cast<int>(std::min<std::size_t>(std::size_t(std::max(context.k, 0)), n));
    out.assign(n * std::size_t(k), 0.0);
    if (k == 0)
        return;
    prepare(candidates, n, context, k, scratch);
    scratch.sample.resize(std::size_t(k));
    switch (propensityMethod()) {
    case PropensityMethod::Deterministic:
        drawComposed(candidates, n, context, k, rng, scratch, scratch.sample.data());
        for (int j = 0; j < k; ++j)
            out[scratch.sample[std::size_t(j)].candidate * std::size_t(k) + std::size_t(j)] = 1.0;
        break;
    case PropensityMethod::Exact:
        exactMarginals(candidates, n, context, k, scratch, out.data());
        break;
    case PropensityMethod::MonteCarlo: {
        samples = std::max(1, samples);
        scratch.counts.assign(n * std::size_t(k), 0);
        for (int s = 0; s < samples; ++s) {
            drawComposed(candidates, n, context, k, rng, scratch, scratch.sample.data());
            for (int j = 0; j < k; ++j)
                ++scratch.counts[scratch.sample[std::size_t(j)].candidate * std::size_t(k)
                    + std::size_t(j)];
        }
        for (std::size_t c = 0; c < out.size(); ++c)
            out[c] = double(scratch.counts[c]) / samples;
        break;
    }
    }
}

std::unique_ptr<ExplorationPolicy> makePolicy(
    const PolicyParams &params, const ExplorationPolicy::Options &options)
{
    switch (params.kind) {
    case PolicyKind::Greedy:
        return std::make_unique<GreedyPolicy>(options);
    case PolicyKind::EpsilonGreedy:
        return std::make_unique<EpsilonGreedyPolicy>(params.epsilon, options);
    case PolicyKind::Softmax:
        return std::make_unique<SoftmaxPolicy>(params.temperature, options);
    case PolicyKind::Ucb:
        return std::make_unique<UcbPolicy>(params.ucbBeta, options);
    case PolicyKind::Thompson:
        return std::make_unique<ThompsonPolicy>(options);
    case PolicyKind::LinUcb:
        return std::make_unique<LinUcbPolicy>(params.linucbAlpha, options);
    }
    return std::make_unique<GreedyPolicy>(options);
}

std::unique_ptr<ExplorationPolicy> makePolicy(const RecommenderParams &params)
{
    return makePolicy(params, params.policy);
}

std::unique_ptr<ExplorationPolicy> makePolicy(
    const RecommenderParams &params, const PolicyParams &policy)
{
    ExplorationPolicy::Options options;
    options.mmrLambda = params.mmrLambda;
    options.propensitySamples = policy.propensitySamples;
    return makePolicy(policy, options);
}

} // namespace td::recsys::policy
