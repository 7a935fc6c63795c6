// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/logisticranker.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <cmath>

namespace td::recsys {

namespace {
constexpr double kMinScale = 0.1;
} // namespace

bool LogisticRanker::train(const std::vector<float> &x, std::size_t width,
    const std::vector<float> &y, const std::vector<float> &w, double l2, int maxIterations)
{
    const std::size_t rows = width > 0 ? x.size() / width : 0;
    if (rows == 0 || y.size() != rows)
        return false;
    double positives = 0.0;
    for (float label : y)
        positives += label;
    if (positives == 0.0 || positives == double(rows))
        return false;

    std::vector<double> mean(width, 0.0), scale(width, 0.0);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t j = 0; j < width; ++j)
            mean[j] += x[r * width + j];
    for (auto &m : mean)
        m /= double(rows);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t j = 0; j < width; ++j) {
            const double d = x[r * width + j] - mean[j];
            scale[j] += d * d;
        }
    for (auto &s : scale) {
        // Floor the scale: a feature that is almost constant in the training window (say,
        // "familiar" when filters removed most familiar tracks) must not get a huge raw weight
        // from a handful of rows. Features are O(1) by construction.
        const double sd = std::sqrt(s / double(rows));
        s = sd > 1e-9 ? 1.0 / std::max(sd, kMinScale) : 0.0;
    }

    // Parameters: [intercept, β_1..β_width] on standardised features.
    const Eigen::Index p = Eigen::Index(width) + 1;
    // The standardised rows, computed once: every objective and Newton pass reads them (they
    // were recomputed in each pass, the same values).
    std::vector<double> standardised(rows * std::size_t(p));
    for (std::size_t r = 0; r < rows; ++r) {
        double *z = standardised.data() + r * std::size_t(p);
        z[0] = 1.0;
        for (std::size_t j = 0; j < width; ++j)
            z[j + 1] = (x[r * width + j] - mean[j]) * scale[j];
    }
    // The penalised objective, in plain ordered loops (the same sums on every machine).
    auto objective = [&](const Eigen::VectorXd &theta) {
        double f = 0.0;
        for (std::size_t r = 0; r < rows; ++r) {
            const double *z = standardised.data() + r * std::size_t(p);
            double eta = 0.0;
            for (Eigen::Index a = 0; a < p; ++a)
                eta += theta[a] * z[a];
            const double softplus
                = eta > 0.0 ? eta + std::log1p(std::exp(-eta)) : std::log1p(std::exp(eta));
            f += (w.empty() ? 1.0 : double(w[r])) * (softplus - double(y[r]) * eta);
        }
        for (Eigen::Index j = 1; j < p; ++j)
            f += 0.5 * l2 * theta[j] * theta[j];
        return f;
    };

    Eigen::VectorXd theta = Eigen::VectorXd::Zero(p);
    theta[0] = std::log(positives / (double(rows) - positives));
    double value = objective(theta);
    if (m_beta.size() == width) {
        // Warm start from the previous model, carried over to the new standardisation: the
        // raw weights w_j = β_j / sd_j and the raw intercept are what must stay the same. Kept
        // only if it beats the cold start on today's data (a model fitted to another window
        // can be far off, and Newton's method is only locally fast).
        Eigen::VectorXd warm(p);
        double rawIntercept = m_intercept;
        for (std::size_t j = 0; j < width; ++j)
            rawIntercept -= m_beta[j] * m_mean[j] * m_scale[j];
        warm[0] = rawIntercept;
        for (std::size_t j = 0; j < width; ++j) {
            const double raw = m_beta[j] * m_scale[j];
            warm[Eigen::Index(j) + 1] = scale[j] > 0.0 ? raw / scale[j] : 0.0;
            warm[0] += raw * mean[j];
        }
        if (const double warmValue = objective(warm); warmValue < value) {
            theta = warm;
            value = warmValue;
        }
    }
    int it = 0;
    std::vector<double> h(std::size_t(p * p));
    for (; it < maxIterations; ++it) {
        std::fill(h.begin(), h.end(), 0.0);
        Eigen::VectorXd gradient = Eigen::VectorXd::Zero(p);
        for (std::size_t r = 0; r < rows; ++r) {
            const double *z = standardised.data() + r * std::size_t(p);
            double eta = 0.0;
            for (Eigen::Index a = 0; a < p; ++a)
                eta += theta[a] * z[a];
            const double mu = 1.0 / (1.0 + std::exp(-eta));
            const double weight = w.empty() ? 1.0 : double(w[r]);
            const double g = weight * (mu - double(y[r]));
            const double curvature = weight * std::max(mu * (1.0 - mu), 1e-12);
            for (Eigen::Index a = 0; a < p; ++a) {
                gradient[a] += g * z[a];
                const double ca = curvature * z[a];
                double *row = h.data() + a * p;
                for (Eigen::Index b = 0; b <= a; ++b)
                    row[b] += ca * z[b];
            }
        }
        Eigen::MatrixXd hessian(p, p);
        for (Eigen::Index a = 0; a < p; ++a)
            for (Eigen::Index b = 0; b <= a; ++b)
                hessian(a, b) = hessian(b, a) = h[std::size_t(a * p + b)];
        for (Eigen::Index j = 1; j < p; ++j) {
            hessian(j, j) += l2;
            gradient[j] += l2 * theta[j];
        }
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        // Damped Newton: halve the step until the objective falls enough (Armijo). A full
        // Newton step can overshoot by orders of magnitude on nearly separable data (small
        // worlds), which once sent every logit to -1e10.
        const double slope = gradient.dot(step);
        double t = 1.0;
        Eigen::VectorXd next = theta - step;
        double nextValue = objective(next);
        while (!(nextValue <= value - 1e-4 * t * slope) && t > 1e-6) {
            t *= 0.5;
            next = theta - t * step;
            nextValue = objective(next);
        }
        if (!(nextValue <= value))
            break; // no descent left at float precision: theta is the optimum we can reach
        const double moved = t * step.cwiseAbs().maxCoeff();
        theta = next;
        value = nextValue;
        if (moved < 1e-8)
            break;
    }
    m_mean = std::move(mean);
    m_scale = std::move(scale);
    m_intercept = theta[0];
    m_beta.assign(theta.data() + 1, theta.data() + p);
    m_iterations = it + 1;
    return true;
}

double LogisticRanker::logit(const float *features) const
{
    double s = m_intercept;
    for (std::size_t j = 0; j < m_beta.size(); ++j)
        s += m_beta[j] * (features[j] - m_mean[j]) * m_scale[j];
    return s;
}

double LogisticRanker::rawWeight(std::size_t j) const
{
    return j < m_beta.size() ? m_beta[j] * m_scale[j] : 0.0;
}

} // namespace td::recsys
