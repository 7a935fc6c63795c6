// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace td::recsys {

/// Multinomial logistic regression over sparse binary features, trained on soft labels by
/// Newton's method (deterministic: sums in row order, in double):
///
///     P(c | x) = exp(θ_c·x) / Σ_k exp(θ_k·x),
///     minimise  −Σ_r Σ_c q_rc log P(c | x_r) + ½·l2·‖θ − θ₀‖²
///
/// x_r is a set of at most kMaxActive feature indices (value 1 each); q_r a distribution over
/// the classes (soft labels, e.g. an EM posterior). The full Hessian (classes·width)² is
/// accumulated over the active pairs only, so a row costs O(kMaxActive² · classes²).
class SoftmaxRegression
{
public:
    static constexpr int kMaxActive = 4;
    struct Row
    {
        std::array<std::uint16_t, kMaxActive> active {}; ///< feature indices
        std::uint8_t count = 0; ///< valid entries of `active`
    };

    SoftmaxRegression(int classes, int width);
    /// The prior mean θ₀ the penalty pulls toward (classes × width; default 0); the weights
    /// start there too.
    void setPriorMean(std::vector<double> mean);

    int classes() const { return m_classes; }
    int width() const { return m_width; }
    /// P(c | row) for every class into `out` (classes() values). Uniform before training.
    void predict(const Row &row, double *out) const;
    /// Weight of (class, feature).
    double weight(int c, int feature) const
    {
        return m_theta[std::size_t(c) * std::size_t(m_width) + std::size_t(feature)];
    }

    /// Newton iterations (warm start from the current weights) on `rows` with soft labels
    /// `targets` (rows × classes, each row summing to 1) and per-row weights (empty = 1).
    /// Stops early when the step is tiny. Returns the iterations run.
    int train(const std::vector<Row> &rows, const std::vector<float> &targets,
        const std::vector<float> &rowWeights, double l2, int maxIterations);
    /// The regularised objective at the current weights (tests, diagnostics).
    double objective(const std::vector<Row> &rows, const std::vector<float> &targets,
        const std::vector<float> &rowWeights, double l2) const;

private:
    int m_classes;
    int m_width;
    std::vector<double> m_theta; ///< classes × width, row-major
    std::vector<double> m_priorMean; ///< θ₀, same layout
};

} // namespace td::recsys
