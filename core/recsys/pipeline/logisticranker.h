// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace td::recsys {

/// L2-regularised logistic regression trained by damped Newton's method (IRLS with an Armijo
/// backtracking line search, so the objective never rises), deterministic: sums run in row
/// order in double precision, no randomness.
///
///     minimise  Σ_r w_r · logloss(y_r, σ(β₀ + βᵀ z_r)) + ½·l2·‖β‖²     (β₀ not penalised)
///
/// where z are the features standardised with the training rows' mean and standard
/// deviation (stored, applied again at scoring). Used as the pipeline's ranker.
class LogisticRanker
{
public:
    /// `features` holds rows × width values, row-major; labels are 0/1; weights may be empty
    /// (all 1) or per row (e.g. inverse propensity). Returns false if there is nothing to learn
    /// from (no rows, or a single class): the previous model is kept.
    bool train(const std::vector<float> &features, std::size_t width,
        const std::vector<float> &labels, const std::vector<float> &weights, double l2,
        int maxIterations = 25);

    bool trained() const { return !m_beta.empty(); }
    std::size_t width() const { return m_mean.size(); }
    /// Logit β₀ + βᵀz of a raw feature row (width values). 0 when untrained.
    double logit(const float *features) const;
    /// Weight of raw feature j (β_j / sd_j): how the logit moves per unit of the raw feature.
    double rawWeight(std::size_t j) const;
    double intercept() const { return m_intercept; }
    /// Iterations the last training took.
    int iterations() const { return m_iterations; }

private:
    std::vector<double> m_mean;
    std::vector<double> m_scale; ///< 1 / sd (0 for constant features)
    std::vector<double> m_beta;
    double m_intercept = 0.0;
    int m_iterations = 0;
};

} // namespace td::recsys
