// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/itemposteriors.h"

#include "base/threadpool.h"
#include "recsys/als/alssolver.h"

#include <Eigen/Cholesky>

#include <limits>
#include <stdexcept>

namespace td::recsys::als {

namespace {

constexpr std::uint32_t kShared = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kChunk = 256; ///< items per pool chunk

void packCholesky(const Eigen::MatrixXd &a, float *out)
{
    const Eigen::LLT<Eigen::MatrixXd> llt(a);
    if (llt.info() != Eigen::Success)
        throw std::runtime_error("ItemPosteriors: precision matrix is not positive definite");
    const Eigen::MatrixXd l = llt.matrixL();
    std::size_t k = 0;
    for (Eigen::Index r = 0; r < l.rows(); ++r)
        for (Eigen::Index c = 0; c <= r; ++c)
            out[k++] = float(l(r, c));
}

} // namespace

void ItemPosteriors::clear()
{
    m_factors = 0;
    m_slot.clear();
    m_packed.clear();
    m_shared.clear();
}

void ItemPosteriors::build(
    const ImplicitAls &als, const InteractionMatrix &itemUsers, base::ThreadPool *pool)
{
    clear();
    m_factors = als.factors();
    const std::size_t packed = packedSize();
    const double lambda = als.params().regularization;
    const Eigen::MatrixXd &gram = als.userGram();
    const std::size_t items = itemUsers.rows();
    m_slot.assign(items, kShared);
    std::size_t withEvidence = 0;
    for (std::size_t i = 0; i < items; ++i)
        if (itemUsers.row(i).size() > 0)
            m_slot[i] = std::uint32_t(withEvidence++);
    m_packed.resize(withEvidence * packed);
    m_shared.resize(packed);
    Eigen::MatrixXd a;
    Eigen::VectorXd b;
    solver::normalEquations({}, als.userFactors(), gram, lambda, a, b);
    packCholesky(a, m_shared.data());

    auto chunk = [&](std::size_t c) {
        Eigen::MatrixXd ca;
        Eigen::VectorXd cb;
        const std::size_t end = std::min(items, (c + 1) * kChunk);
        for (std::size_t i = c * kChunk; i < end; ++i) {
            if (m_slot[i] == kShared)
                continue;
            solver::normalEquations(itemUsers.row(i), als.userFactors(), gram, lambda, ca, cb);
            packCholesky(ca, m_packed.data() + std::size_t(m_slot[i]) * packed);
        }
    };
    const std::size_t chunks = (items + kChunk - 1) / kChunk;
    if (pool)
        pool->forEachChunk(chunks, chunk);
    else
        for (std::size_t c = 0; c < chunks; ++c)
            chunk(c);
}

double ItemPosteriors::forwardSquaredNorm(const float *l, const float *x) const
{
    // Solve L z = x row by row (L packed row-major) and return ‖z‖², in double.
    const int f = m_factors;
    double z[512];
    std::vector<double> heap;
    double *zz = z;
    if (f > 512) {
        heap.resize(std::size_t(f));
        zz = heap.data();
    }
    double sum = 0.0;
    std::size_t k = 0;
    for (int r = 0; r < f; ++r) {
        double v = x[r];
        for (int c = 0; c < r; ++c)
            v -= double(l[k++]) * zz[c];
        v /= double(l[k++]);
        zz[r] = v;
        sum += v * v;
    }
    return sum;
}

double ItemPosteriors::variance(std::size_t item, const float *x) const
{
    if (m_factors == 0)
        return 0.0;
    const std::uint32_t slot = item < m_slot.size() ? m_slot[item] : kShared;
    const float *l
        = slot == kShared ? m_shared.data() : m_packed.data() + std::size_t(slot) * packedSize();
    return forwardSquaredNorm(l, x);
}

} // namespace td::recsys::als
