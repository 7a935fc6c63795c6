// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

namespace td::recsys::als {

/// The Gaussian belief about one user (or item) vector given its evidence and the frozen
/// factors of the other side: mean x = A⁻¹ b and covariance Σ = A⁻¹ with
///
///     A = Yᵀ Cᵤ Y + λ I = YᵀY + Σ_{i observed} (c_ui − 1) y_i y_iᵀ + λ I,   b = Yᵀ Cᵤ p(u).
///
/// This is the posterior of Bayesian ridge regression with unit noise variance and prior
/// N(0, λ⁻¹ I); ALS fixes the noise scale to 1, so only relative certainty is meaningful
/// (more or more confident evidence → smaller variance). Built by ImplicitAls::userPosterior()
/// or itemPosterior() from one Cholesky factorisation A = L Lᵀ in double precision (O(n f² +
/// f³)); every query below reuses it. Immutable; safe to query from many threads.
class Posterior
{
public:
    Posterior(const Eigen::MatrixXd &precision, const Eigen::VectorXd &rhs);

    int factors() const { return static_cast<int>(m_mean.size()); }
    /// The posterior mean: the fold-in vector (exact solve A x = b).
    const Eigen::VectorXf &mean() const { return m_mean; }
    /// Σ = A⁻¹ (f × f, symmetric positive definite).
    Eigen::MatrixXf covariance() const;
    /// yᵀ Σ y = ‖L⁻¹ y‖²: the variance of the score along an item direction y (UCB width²).
    /// O(f²).
    double variance(const Eigen::Ref<const Eigen::VectorXf> &direction) const;
    /// trace(Σ) / f: one scalar of (un)certainty per user, for charts and mean-variance metrics.
    double meanVariance() const { return m_meanVariance; }
    /// One draw x ~ N(mean, Σ) for Thompson sampling: mean + B z with B = covarianceSqrt(),
    /// z standard normal drawn from `rng` (f draws, in coordinate order).
    Eigen::VectorXf sample(base::Rng &rng) const;
    /// A square root of the covariance, B = L⁻ᵀ (upper triangular, f × f, row-major), with
    /// B Bᵀ = L⁻ᵀ L⁻¹ = (L Lᵀ)⁻¹ = Σ: what a policy needs to draw its own samples. O(f³).
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> covarianceSqrt() const;

private:
    Eigen::LLT<Eigen::MatrixXd> m_llt;
    Eigen::VectorXf m_mean;
    double m_meanVariance = 0.0;
};

} // namespace td::recsys::als
