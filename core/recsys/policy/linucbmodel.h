// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <cstddef>
#include <vector>

namespace td::recsys::policy {

/// The ridge-regression state of LinUCB over d ranker features (Li et al., WWW 2010):
///
///     A = λ I + Σ φ φᵀ,   b = Σ r φ,   θ = A⁻¹ b,
///     mean(φ) = θᵀ φ,     width(φ) = sqrt(φᵀ A⁻¹ φ) = ‖L⁻¹ φ‖ with A = L Lᵀ.
///
/// update() adds a batch of logged (features, reward) rows and refreshes θ and L⁻¹ once
/// (O(rows · d² + d³)), so scoring costs O(d²/2) per candidate and solves nothing. Everything
/// is double precision (d is small, A can be ill-conditioned early). A direction that has
/// been observed often has a small width: the bonus shrinks along observed directions and
/// stays ≈ 1/sqrt(λ) along unseen ones.
///
/// Threading: the pipeline updates the model at day end on the engine thread (docs/architecture.md
/// §5: shared state is frozen during the day); mean() and width() are const and safe to call
/// concurrently while no update runs.
class LinUcbModel
{
public:
    /// featureCount d ≥ 0; ridge λ > 0 (prior precision; 1 is the usual choice).
    explicit LinUcbModel(int featureCount = 0, double ridge = 1.0);

    int featureCount() const { return m_d; }
    double ridge() const { return m_ridge; }
    /// Sum of the weights of the rows added so far (decayed by decay()).
    double observations() const { return m_observations; }

    /// Adds `count` rows: features row-major (count × d floats) and rewards (count floats,
    /// e.g. 1 for a stream ≥ 30 s, 0 for a skip), then refreshes θ and A⁻¹'s factor.
    void update(const float *features, const float *rewards, std::size_t count);
    /// update() in pieces: add() accumulates rows (in order, exactly as update() would) and
    /// commit() counts them and refreshes once. A day of rows can then be read where it lies
    /// (per listener) instead of being copied into one array first.
    void add(const float *features, const float *rewards, std::size_t count);
    void commit();
    /// Forgetting for drifting taste: A ← λI + γ (A − λI), b ← γ b, γ ∈ [0, 1].
    void decay(double gamma);

    /// θᵀφ for one feature vector of length d.
    double mean(const float *features) const;
    /// sqrt(φᵀ A⁻¹ φ) for one feature vector of length d.
    double width(const float *features) const;

    /// θ (length d), for tests and the inspector.
    Eigen::VectorXd theta() const;
    /// A (d × d), for tests.
    Eigen::MatrixXd precision() const;

private:
    void refresh();

    int m_d = 0;
    double m_ridge = 1.0;
    double m_observations = 0.0;
    std::size_t m_pendingRows = 0; ///< added since the last commit()
    Eigen::MatrixXd m_gram; ///< Σ φ φᵀ (without the ridge)
    Eigen::VectorXd m_b;
    std::vector<double> m_theta; ///< θ, contiguous for the hot loop
    std::vector<double> m_inverseFactor; ///< L⁻¹, lower triangle packed row by row
};

} // namespace td::recsys::policy
