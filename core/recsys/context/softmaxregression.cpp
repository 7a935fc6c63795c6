// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/context/softmaxregression.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace td::recsys {

SoftmaxRegression::SoftmaxRegression(int classes, int width)
    : m_classes(classes), m_width(width), m_theta(std::size_t(classes) * std::size_t(width), 0.0),
      m_priorMean(m_theta)
{ }

void SoftmaxRegression::setPriorMean(std::vector<double> mean)
{
    m_priorMean = std::move(mean);
    m_priorMean.resize(m_theta.size(), 0.0);
    m_theta = m_priorMean;
}

void SoftmaxRegression::predict(const Row &row, double *out) const
{
    double best = -1e300;
    for (int c = 0; c < m_classes; ++c) {
        double z = 0.0;
        for (int i = 0; i < row.count; ++i)
            z += weight(c, row.active[std::size_t(i)]);
        out[c] = z;
        best = std::max(best, z);
    }
    double sum = 0.0;
    for (int c = 0; c < m_classes; ++c) {
        out[c] = std::exp(out[c] - best);
        sum += out[c];
    }
    for (int c = 0; c < m_classes; ++c)
        out[c] /= sum;
}

double SoftmaxRegression::objective(const std::vector<Row> &rows, const std::vector<float> &targets,
    const std::vector<float> &rowWeights, double l2) const
{
    std::vector<double> p(static_cast<std::size_t>(m_classes));
    double loss = 0.0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        predict(rows[r], p.data());
        const double w = rowWeights.empty() ? 1.0 : double(rowWeights[r]);
        for (int c = 0; c < m_classes; ++c) {
            const double q = targets[r * std::size_t(m_classes) + std::size_t(c)];
            if (q > 0.0)
                loss -= w * q * std::log(std::max(p[std::size_t(c)], 1e-300));
        }
    }
    double norm = 0.0;
    for (std::size_t i = 0; i < m_theta.size(); ++i)
        norm += (m_theta[i] - m_priorMean[i]) * (m_theta[i] - m_priorMean[i]);
    return loss + 0.5 * l2 * norm;
}

int SoftmaxRegression::train(const std::vector<Row> &rows, const std::vector<float> &targets,
    const std::vector<float> &rowWeights, double l2, int maxIterations)
{
    const int n = m_classes * m_width;
    auto at = [this](int c, int f) { return c * m_width + f; };
    std::vector<double> p(static_cast<std::size_t>(m_classes));
    // The objective at the current θ: the line search of one iteration ends by evaluating it
    // at the θ it leaves (accepted, or the last halving), which is where the next iteration
    // starts, so it is computed once instead of again (one pass over the rows per iteration).
    double current = 0.0;
    bool haveCurrent = false;
    int iterations = 0;
    for (; iterations < maxIterations; ++iterations) {
        Eigen::VectorXd gradient = Eigen::VectorXd::Zero(n);
        Eigen::MatrixXd hessian = Eigen::MatrixXd::Zero(n, n);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Row &row = rows[r];
            predict(row, p.data());
            const double w = rowWeights.empty() ? 1.0 : double(rowWeights[r]);
            for (int c = 0; c < m_classes; ++c) {
                const double residual
                    = p[std::size_t(c)] - targets[r * std::size_t(m_classes) + std::size_t(c)];
                for (int i = 0; i < row.count; ++i)
                    gradient[at(c, row.active[std::size_t(i)])] += w * residual;
                for (int k = 0; k < m_classes; ++k) {
                    // d²/dθ_c dθ_k = p_c (δ_ck − p_k) x xᵀ
                    const double h
                        = w * p[std::size_t(c)] * ((c == k ? 1.0 : 0.0) - p[std::size_t(k)]);
                    for (int i = 0; i < row.count; ++i)
                        for (int j = 0; j < row.count; ++j)
                            hessian(at(c, row.active[std::size_t(i)]),
                                at(k, row.active[std::size_t(j)]))
                                += h;
                }
            }
        }
        for (int i = 0; i < n; ++i) {
            gradient[i] += l2 * (m_theta[std::size_t(i)] - m_priorMean[std::size_t(i)]);
            hessian(i, i) += l2;
        }
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        // Backtracking: halve the Newton step until the objective does not rise.
        const std::vector<double> before = m_theta;
        const double start = haveCurrent ? current : objective(rows, targets, rowWeights, l2);
        double scale = 1.0;
        for (int halving = 0; halving < 20; ++halving, scale *= 0.5) {
            for (int i = 0; i < n; ++i)
                m_theta[std::size_t(i)] = before[std::size_t(i)] - scale * step[i];
            current = objective(rows, targets, rowWeights, l2);
            haveCurrent = true;
            if (current <= start)
                break;
        }
        if (scale * step.cwiseAbs().maxCoeff() < 1e-6) {
            ++iterations;
            break;
        }
    }
    return iterations;
}

} // namespace td::recsys
