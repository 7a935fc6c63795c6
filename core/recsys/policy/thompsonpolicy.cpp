// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/thompsonpolicy.h"

#include "recsys/kernels/dotkernel.h"
#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/slateselect.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::recsys::policy {

namespace {

/// Width of the bound that decides which candidates can reach the slate (see the header).
constexpr double kPruneSigmas = 6.0;

double sigma(const PolicyCandidate &c)
{
    const double user = c.cfUncertainty, item = c.itemUncertainty;
    return std::sqrt(user * user + item * item);
}

} // namespace

ThompsonPolicy::ThompsonPolicy(const Options &options) : ExplorationPolicy(options) { }

void ThompsonPolicy::prepare(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, int k, PolicyScratch &scratch) const
{
    prepareGreedyReference(candidates, n, k, scratch);
    // threshold = k-th largest lower bound; keep every candidate whose upper bound reaches it.
    std::vector<double> &lower = scratch.bonus;
    lower.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        lower[i] = double(candidates[i].score) - kPruneSigmas * sigma(candidates[i]);
    scratch.order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch.order[i] = static_cast<std::uint32_t>(i);
    std::nth_element(scratch.order.begin(), scratch.order.begin() + (k - 1), scratch.order.end(),
        [&lower](std::uint32_t a, std::uint32_t b) {
            return detail::sortableKey(lower[a]) > detail::sortableKey(lower[b]);
        });
    const double threshold = detail::sortableKey(lower[scratch.order[std::size_t(k - 1)]]);
    scratch.pool.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const double upper = double(candidates[i].score) + kPruneSigmas * sigma(candidates[i]);
        if (!(upper < threshold))
            scratch.pool.push_back(static_cast<std::uint32_t>(i));
    }
    // The kept item factors as contiguous zero-padded rows for the per-draw inner products.
    const int f = context.userCovFactor ? std::max(0, context.factorCount) : 0;
    const int padded = kernels::paddedDim(f);
    scratch.gathered.assign(scratch.pool.size() * std::size_t(padded), 0.0f);
    for (std::size_t m = 0; m < scratch.pool.size(); ++m) {
        const float *y = candidates[scratch.pool[m]].itemFactors;
        if (y)
            std::copy(y, y + f, scratch.gathered.begin() + std::ptrdiff_t(m * std::size_t(padded)));
    }
}

void ThompsonPolicy::draw(const PolicyCandidate *candidates, std::size_t n,
    const PolicyContext &context, int k, base::Rng &rng, PolicyScratch &scratch,
    SlateItem *out) const
{
    // direction = B z: the user-side perturbation x̃ − x_u.
    const int f = context.userCovFactor ? std::max(0, context.factorCount) : 0;
    const int padded = kernels::paddedDim(f);
    scratch.normals.resize(std::size_t(f));
    scratch.direction.assign(std::size_t(padded), 0.0f);
    for (int a = 0; a < f; ++a)
        scratch.normals[std::size_t(a)] = rng.normal();
    for (int r = 0; r < f; ++r) {
        const float *row = context.userCovFactor + std::size_t(r) * std::size_t(f);
        double sum = 0.0;
        for (int c = 0; c < f; ++c)
            sum += double(row[c]) * scratch.normals[std::size_t(c)];
        scratch.direction[std::size_t(r)] = static_cast<float>(sum);
    }
    scratch.keys.resize(n);
    scratch.order.assign(scratch.pool.begin(), scratch.pool.end());
    const float *rows = scratch.gathered.data();
    for (std::size_t m = 0; m < scratch.pool.size(); ++m) {
        const std::uint32_t i = scratch.pool[m];
        const PolicyCandidate &c = candidates[i];
        double perturbation = padded > 0 ? double(kernels::dotLanes(
                                  rows + m * std::size_t(padded), scratch.direction.data(), padded))
                                         : 0.0;
        if (c.itemUncertainty > 0.0f)
            perturbation += double(c.itemUncertainty) * rng.normal();
        scratch.keys[i] = double(c.score) + perturbation;
    }
    detail::topK(scratch.order.data(), scratch.order.size(), k, scratch.keys.data());
    for (int j = 0; j < k; ++j) {
        const std::uint32_t i = scratch.order[std::size_t(j)];
        out[j] = SlateItem {};
        out[j].candidate = i;
        out[j].key = static_cast<float>(scratch.keys[i]);
        out[j].bonus = static_cast<float>(scratch.keys[i] - double(candidates[i].score));
    }
}

} // namespace td::recsys::policy
