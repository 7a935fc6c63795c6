// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/posterior.h"

#include <stdexcept>

namespace td::recsys::als {

Posterior::Posterior(const Eigen::MatrixXd &precision, const Eigen::VectorXd &rhs)
    : m_llt(precision)
{
    if (m_llt.info() != Eigen::Success)
        throw std::runtime_error("Posterior: precision matrix is not positive definite");
    m_mean = m_llt.solve(rhs).cast<float>();
    // trace(A⁻¹) = ‖L⁻¹‖_F²: one triangular solve against the identity, O(f³).
    const Eigen::Index f = precision.rows();
    const Eigen::MatrixXd inverseL = m_llt.matrixL().solve(Eigen::MatrixXd::Identity(f, f));
    m_meanVariance = f > 0 ? inverseL.squaredNorm() / double(f) : 0.0;
}

Eigen::MatrixXf Posterior::covariance() const
{
    const Eigen::Index f = m_mean.size();
    return m_llt.solve(Eigen::MatrixXd::Identity(f, f)).cast<float>();
}

double Posterior::variance(const Eigen::Ref<const Eigen::VectorXf> &direction) const
{
    const Eigen::VectorXd y = direction.cast<double>();
    return m_llt.matrixL().solve(y).squaredNorm();
}

Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
Posterior::covarianceSqrt() const
{
    const Eigen::Index f = m_mean.size();
    // U = Lᵀ, so U⁻¹ = L⁻ᵀ.
    return m_llt.matrixU().solve(Eigen::MatrixXd::Identity(f, f)).cast<float>();
}

Eigen::VectorXf Posterior::sample(base::Rng &rng) const
{
    Eigen::VectorXd z(m_mean.size());
    for (Eigen::Index k = 0; k < z.size(); ++k)
        z[k] = rng.normal();
    // Cov(L⁻ᵀ z) = L⁻ᵀ L⁻¹ = (L Lᵀ)⁻¹ = Σ.
    const Eigen::VectorXd offset = m_llt.matrixU().solve(z);
    return m_mean + offset.cast<float>();
}

} // namespace td::recsys::als
