// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/linucbmodel.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>

namespace td::recsys::policy {

LinUcbModel::LinUcbModel(int featureCount, double ridge)
    : m_d(std::max(0, featureCount)), m_ridge(ridge > 0.0 ? ridge : 1.0)
{
    m_gram = Eigen::MatrixXd::Zero(m_d, m_d);
    m_b = Eigen::VectorXd::Zero(m_d);
    refresh();
}

void LinUcbModel::update(const float *features, const float *rewards, std::size_t count)
{
    add(features, rewards, count);
    commit();
}

void LinUcbModel::add(const float *features, const float *rewards, std::size_t count)
{
    if (m_d == 0 || count == 0)
        return;
    Eigen::VectorXd phi(m_d);
    for (std::size_t row = 0; row < count; ++row) {
        for (int c = 0; c < m_d; ++c)
            phi[c] = features[row * std::size_t(m_d) + std::size_t(c)];
        m_gram.selfadjointView<Eigen::Lower>().rankUpdate(phi);
        m_b += double(rewards[row]) * phi;
    }
    m_pendingRows += count;
}

void LinUcbModel::commit()
{
    if (m_d == 0)
        return;
    // Counted as one integer, so the pieces add up to exactly what one update() adds.
    m_observations += double(m_pendingRows);
    m_pendingRows = 0;
    refresh();
}

void LinUcbModel::decay(double gamma)
{
    gamma = std::clamp(gamma, 0.0, 1.0);
    m_gram *= gamma;
    m_b *= gamma;
    m_observations *= gamma;
    refresh();
}

void LinUcbModel::refresh()
{
    m_theta.assign(std::size_t(m_d), 0.0);
    m_inverseFactor.assign(std::size_t(m_d) * std::size_t(m_d + 1) / 2, 0.0);
    if (m_d == 0)
        return;
    Eigen::MatrixXd a = m_gram.selfadjointView<Eigen::Lower>();
    a.diagonal().array() += m_ridge;
    const Eigen::LLT<Eigen::MatrixXd> llt(a);
    const Eigen::VectorXd theta = llt.solve(m_b);
    const Eigen::MatrixXd inverse = llt.matrixL().solve(Eigen::MatrixXd::Identity(m_d, m_d));
    std::copy(theta.data(), theta.data() + m_d, m_theta.begin());
    std::size_t at = 0;
    for (int r = 0; r < m_d; ++r)
        for (int c = 0; c <= r; ++c)
            m_inverseFactor[at++] = inverse(r, c);
}

double LinUcbModel::mean(const float *features) const
{
    double sum = 0.0;
    for (int c = 0; c < m_d; ++c)
        sum += m_theta[std::size_t(c)] * double(features[c]);
    return sum;
}

double LinUcbModel::width(const float *features) const
{
    double sum = 0.0;
    const double *row = m_inverseFactor.data();
    for (int r = 0; r < m_d; ++r) {
        double y = 0.0;
        for (int c = 0; c <= r; ++c)
            y += row[c] * double(features[c]);
        row += r + 1;
        sum += y * y;
    }
    return std::sqrt(sum);
}

Eigen::VectorXd LinUcbModel::theta() const
{
    return Eigen::Map<const Eigen::VectorXd>(m_theta.data(), m_d);
}

Eigen::MatrixXd LinUcbModel::precision() const
{
    Eigen::MatrixXd a = m_gram.selfadjointView<Eigen::Lower>();
    a.diagonal().array() += m_ridge;
    return a;
}

} // namespace td::recsys::policy
