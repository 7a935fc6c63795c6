// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/mmr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::recsys::policy {

namespace {

double norm(const float *v, int dim)
{
    double sum = 0.0;
    for (int i = 0; i < dim; ++i)
        sum += double(v[i]) * double(v[i]);
    return std::sqrt(sum);
}

double dot(const float *a, const float *b, int dim)
{
    double sum = 0.0;
    for (int i = 0; i < dim; ++i)
        sum += double(a[i]) * double(b[i]);
    return sum;
}

} // namespace

double mmrSimilarity(
    const PolicyCandidate *candidates, const PolicyContext &context, std::size_t a, std::size_t b)
{
    if (context.similarity.function)
        return context.similarity.function(context.similarity.user, a, b);
    const float *va = candidates[a].diversityVector, *vb = candidates[b].diversityVector;
    if (!va || !vb || context.diversityDim <= 0)
        return 0.0;
    const double na = norm(va, context.diversityDim), nb = norm(vb, context.diversityDim);
    return na > 0.0 && nb > 0.0 ? dot(va, vb, context.diversityDim) / (na * nb) : 0.0;
}

void mmrRerank(SlateItem *slate, int k, double lambda, const PolicyCandidate *candidates,
    const PolicyContext &context, MmrScratch &s)
{
    if (k <= 1 || lambda <= 0.0)
        return;
    const std::size_t n = std::size_t(k);
    s.items.assign(slate, slate + n);
    s.relevance.resize(n);
    s.maxSimilarity.assign(n, -std::numeric_limits<double>::infinity());
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (std::size_t i = 0; i < n; ++i) {
        const double key = std::isnan(s.items[i].key) ? lo : double(s.items[i].key);
        lo = std::min(lo, key);
        hi = std::max(hi, key);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double key = std::isnan(s.items[i].key) ? lo : double(s.items[i].key);
        s.relevance[i] = hi > lo ? (key - lo) / (hi - lo) : 1.0;
    }
    // Cosine norms once per item instead of once per pair.
    const bool cosine = !context.similarity.function && context.diversityDim > 0;
    if (cosine) {
        s.norms.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const float *v = candidates[s.items[i].candidate].diversityVector;
            s.norms[i] = v ? norm(v, context.diversityDim) : 0.0;
        }
    }
    auto similarity = [&](std::size_t a, std::size_t b) {
        if (!cosine)
            return mmrSimilarity(candidates, context, s.items[a].candidate, s.items[b].candidate);
        if (s.norms[a] <= 0.0 || s.norms[b] <= 0.0)
            return 0.0;
        return dot(candidates[s.items[a].candidate].diversityVector,
                   candidates[s.items[b].candidate].diversityVector, context.diversityDim)
            / (s.norms[a] * s.norms[b]);
    };
    // `left` holds the unplaced positions of s.items in input order (ties → earliest).
    std::size_t leftCount = n;
    std::vector<SlateItem> &items = s.items;
    for (std::size_t pos = 0; pos < n; ++pos) {
        std::size_t best = 0;
        double bestValue = -std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < leftCount; ++i) {
            const double penalty = pos == 0 ? 0.0 : s.maxSimilarity[i];
            const double value = (1.0 - lambda) * s.relevance[i] - lambda * penalty;
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        slate[pos] = items[best];
        // Remove `best`, keeping input order of the rest, then update their max similarity.
        const double placedNorm = cosine ? s.norms[best] : 0.0;
        const SlateItem placed = items[best];
        for (std::size_t i = best; i + 1 < leftCount; ++i) {
            items[i] = items[i + 1];
            s.relevance[i] = s.relevance[i + 1];
            s.maxSimilarity[i] = s.maxSimilarity[i + 1];
            if (cosine)
                s.norms[i] = s.norms[i + 1];
        }
        --leftCount;
        items[leftCount] = placed; // parked past the live range, for the similarity below
        if (cosine)
            s.norms[leftCount] = placedNorm;
        for (std::size_t i = 0; i < leftCount; ++i)
            s.maxSimilarity[i] = std::max(s.maxSimilarity[i], similarity(i, leftCount));
    }
}

} // namespace td::recsys::policy
