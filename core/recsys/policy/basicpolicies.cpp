// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/basicpolicies.h"

#include "recsys/policy/linucbmodel.h"
#include "recsys/policy/slateselect.h"

#include <algorithm>
#include <cmath>

namespace td::recsys::policy {

void prepareGreedyReference(
    const PolicyCandidate *candidates, std::size_t n, int k, PolicyScratch &scratch)
{
    scratch.keys.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch.keys[i] = candidates[i].score;
    scratch.reference.resize(std::size_t(k));
    detail::topKSlate(scratch.order, n, k, scratch.keys.data(), nullptr, scratch.reference.data());
}

GreedyPolicy::GreedyPolicy(const Options &options) : ExplorationPolicy(options) { }

void GreedyPolicy::prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &,
    int k, PolicyScratch &scratch) const
{
    prepareGreedyReference(candidates, n, k, scratch);
}

void GreedyPolicy::draw(const PolicyCandidate *, std::size_t, const PolicyContext &, int k,
    base::Rng &, PolicyScratch &scratch, SlateItem *out) const
{
    std::copy(scratch.reference.begin(), scratch.reference.begin() + k, out);
}

UcbPolicy::UcbPolicy(double beta, const Options &options)
    : ExplorationPolicy(options), m_beta(std::max(0.0, beta))
{ }

void UcbPolicy::prepare(const PolicyCandidate *candidates, std::size_t n, const PolicyContext &,
    int k, PolicyScratch &scratch) const
{
    prepareGreedyReference(candidates, n, k, scratch);
    scratch.bonus.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double user = candidates[i].cfUncertainty, item = candidates[i].itemUncertainty;
        scratch.bonus[i] = m_beta * std::sqrt(user * user + item * item);
        scratch.keys[i] = double(candidates[i].score) + scratch.bonus[i];
    }
    // The bonus is deterministic: rank once here, draw() only copies.
    scratch.policySlate.resize(std::size_t(k));
    detail::topKSlate(
        scratch.order, n, k, scratch.keys.data(), nullptr, scratch.policySlate.data());
    for (SlateItem &item : scratch.policySlate)
        item.bonus = static_cast<float>(scratch.bonus[item.candidate]);
}

void UcbPolicy::draw(const PolicyCandidate *, std::size_t, const PolicyContext &, int k,
    base::Rng &, PolicyScratch &scratch, SlateItem *out) const
{
    std::copy(scratch.policySlate.begin(), scratch.policySlate.begin() + k, out);
}

LinUcbPolicy::LinUcbPolicy(double alpha, const Options &options)
    : ExplorationPolicy(options), m_alpha(std::max(0.0, alpha))
{ }

void LinUcbPolicy::prepare(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, int k, PolicyScratch &scratch) const
{
    const LinUcbModel *model = context.linucb;
    const bool usable
        = model && model->featureCount() > 0 && context.featureCount == model->featureCount();
    if (!usable) {
        prepareGreedyReference(candidates, n, k, scratch);
        scratch.policySlate.assign(scratch.reference.begin(), scratch.reference.end());
        return;
    }
    // keys = θᵀφ first (the α = 0 reference), bonus = α · width; then keys += bonus.
    scratch.keys.resize(n);
    scratch.bonus.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const float *phi = candidates[i].features;
        scratch.keys[i] = phi ? model->mean(phi) : 0.0;
        scratch.bonus[i] = phi ? m_alpha * model->width(phi) : 0.0;
    }
    scratch.reference.resize(std::size_t(k));
    detail::topKSlate(scratch.order, n, k, scratch.keys.data(), nullptr, scratch.reference.data());
    for (std::size_t i = 0; i < n; ++i)
        scratch.keys[i] += scratch.bonus[i];
    scratch.policySlate.resize(std::size_t(k));
    detail::topKSlate(
        scratch.order, n, k, scratch.keys.data(), nullptr, scratch.policySlate.data());
    for (SlateItem &item : scratch.policySlate)
        item.bonus = static_cast<float>(scratch.bonus[item.candidate]);
}

void LinUcbPolicy::draw(const PolicyCandidate *, std::size_t, const PolicyContext &, int k,
    base::Rng &, PolicyScratch &scratch, SlateItem *out) const
{
    std::copy(scratch.policySlate.begin(), scratch.policySlate.begin() + k, out);
}

} // namespace td::recsys::policy
