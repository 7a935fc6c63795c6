// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "recsys/policy/explorationpolicy.h"
#include "recsys/policy/linucbmodel.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace td::test {

/// A reproducible request: n candidates with distinct scores in [0, 1), CF item factors with a
/// consistent user-side uncertainty sqrt(y_iᵀ Σ y_i), every fifth candidate a "new track"
/// with item-side uncertainty, LinUCB features with a trained model, and diversity vectors.
struct PolicyFixture
{
    static constexpr int kFactors = 4;
    static constexpr int kFeatures = 3;
    static constexpr int kDiversity = 3;

    std::vector<float> factors, features, diversity, covFactor;
    std::vector<recsys::policy::PolicyCandidate> candidates;
    recsys::policy::LinUcbModel model { kFeatures, 1.0 };
    recsys::policy::PolicyContext context;

    PolicyFixture(int n, int k, std::uint64_t seed = 1)
    {
        base::Rng rng(seed, base::Purpose::Metrics, 0, 0);
        factors.resize(std::size_t(n) * kFactors);
        features.resize(std::size_t(n) * kFeatures);
        diversity.resize(std::size_t(n) * kDiversity);
        for (float &v : factors)
            v = static_cast<float>(rng.normal());
        for (float &v : features)
            v = static_cast<float>(rng.normal());
        for (float &v : diversity)
            v = static_cast<float>(rng.uniform(-1.0, 1.0));
        // B: lower triangular with a positive diagonal, Σ = B Bᵀ.
        covFactor.assign(kFactors * kFactors, 0.0f);
        for (int r = 0; r < kFactors; ++r)
            for (int c = 0; c <= r; ++c)
                covFactor[std::size_t(r * kFactors + c)] = static_cast<float>(
                    r == c ? 0.15 + 0.05 * rng.uniform() : 0.03 * rng.normal());
        candidates.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            auto &c = candidates[std::size_t(i)];
            c.track = TrackId(1000 + i);
            // Distinct scores: a shuffled ladder plus jitter smaller than its step.
            c.score = static_cast<float>((double((i * 7919) % n) + 0.5 * rng.uniform()) / n);
            c.itemFactors = &factors[std::size_t(i) * kFactors];
            c.features = &features[std::size_t(i) * kFeatures];
            c.diversityVector = &diversity[std::size_t(i) * kDiversity];
            c.cfUncertainty = static_cast<float>(userSigma(c.itemFactors));
            c.itemUncertainty = i % 5 == 0 ? 0.2f : 0.0f;
        }
        std::vector<float> rows(200 * kFeatures), rewards(200);
        for (float &v : rows)
            v = static_cast<float>(rng.normal());
        for (std::size_t r = 0; r < rewards.size(); ++r)
            rewards[r] = rows[r * kFeatures] > 0.0f ? 1.0f : 0.0f;
        model.update(rows.data(), rewards.data(), rewards.size());
        context.k = k;
        context.factorCount = kFactors;
        context.userCovFactor = covFactor.data();
        context.featureCount = kFeatures;
        context.linucb = &model;
        context.diversityDim = kDiversity;
    }

    /// sqrt(yᵀ B Bᵀ y) = ‖Bᵀ y‖.
    double userSigma(const float *y) const
    {
        double sum = 0.0;
        for (int c = 0; c < kFactors; ++c) {
            double v = 0.0;
            for (int r = 0; r < kFactors; ++r)
                v += double(covFactor[std::size_t(r * kFactors + c)]) * y[r];
            sum += v * v;
        }
        return std::sqrt(sum);
    }

    std::size_t size() const { return candidates.size(); }
    const recsys::policy::PolicyCandidate *data() const { return candidates.data(); }
};

/// Upper quantile of χ²(df) by the Wilson–Hilferty approximation, z standard deviations out.
inline double chiSquareCritical(int df, double z)
{
    const double a = 2.0 / (9.0 * df);
    const double t = 1.0 - a + z * std::sqrt(a);
    return df * t * t * t;
}

} // namespace td::test
