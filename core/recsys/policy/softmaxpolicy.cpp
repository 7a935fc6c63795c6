// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/softmaxpolicy.h"

#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/slateselect.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::recsys::policy {

namespace {

/// The smallest temperature used: below it exp(s/τ) loses every distinction anyway.
constexpr double kMinTemperature = 1e-12;

} // namespace

SoftmaxPolicy::SoftmaxPolicy(double temperature, const Options &options)
    : ExplorationPolicy(options), m_temperature(std::max(temperature, kMinTemperature))
{ }

void SoftmaxPolicy::prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &,
    int k, PolicyScratch &scratch) const
{
    prepareGreedyReference(candidates, n, k, scratch);
    scratch.logWeights.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch.logWeights[i] = double(candidates[i].score) / m_temperature;
}

void SoftmaxPolicy::draw(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &,
    int k, base::Rng &rng, PolicyScratch &scratch, SlateItem *out) const
{
    scratch.keys.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // U = 0 gives G = −∞: that candidate goes last, as it should with probability 0.
        const double gumbel = -std::log(-std::log(rng.uniform()));
        scratch.keys[i] = scratch.logWeights[i] + gumbel;
    }
    scratch.order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch.order[i] = static_cast<std::uint32_t>(i);
    detail::topK(scratch.order.data(), n, k, scratch.keys.data());
    for (int j = 0; j < k; ++j) {
        const std::uint32_t i = scratch.order[std::size_t(j)];
        const double bonus = m_temperature * (scratch.keys[i] - scratch.logWeights[i]);
        out[j] = SlateItem {};
        out[j].candidate = i;
        out[j].key = static_cast<float>(double(candidates[i].score) + bonus);
        out[j].bonus = static_cast<float>(bonus);
    }
}

void SoftmaxPolicy::exactPropensities(const PolicyCandidate *, std::size_t n, const PolicyContext &,
    int k, PolicyScratch &scratch, SlateItem *slate) const
{
    scratch.slotProbability.assign(std::size_t(k), 0.0);
    scratch.queries.resize(std::size_t(k));
    for (int j = 0; j < k; ++j)
        scratch.queries[std::size_t(j)] = PlackettLuceQuery { slate[j].candidate, j, j,
            &scratch.slotProbability[std::size_t(j)] };
    plackettLuceMarginals(scratch.logWeights.data(), n, k, scratch.queries.data(), std::size_t(k),
        scratch.plackettLuce);
    // A shown item has positive probability; the floor only guards against a quadrature
    // that rounds a vanishing probability to 0 (IPS weights must stay finite).
    for (int j = 0; j < k; ++j)
        slate[j].propensity = static_cast<float>(std::clamp(scratch.slotProbability[std::size_t(j)],
            double(std::numeric_limits<float>::min()), 1.0));
}

void SoftmaxPolicy::exactMarginals(const PolicyCandidate *, std::size_t n, const PolicyContext &,
    int k, PolicyScratch &scratch, double *out) const
{
    scratch.queries.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch.queries[i] = PlackettLuceQuery { static_cast<std::uint32_t>(i), 0, k - 1,
            out + i * std::size_t(k) };
    plackettLuceMarginals(
        scratch.logWeights.data(), n, k, scratch.queries.data(), n, scratch.plackettLuce);
}

} // namespace td::recsys::policy
