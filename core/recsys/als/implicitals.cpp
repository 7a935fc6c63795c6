// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/implicitals.h"

#include "base/rng.h"
#include "base/threadpool.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

namespace td::recsys::als {

namespace {

// High 32 bits of the Purpose::Model entity of a factor row: ASCII "ALSU" / "ALSI", so the
// ALS streams cannot collide with other model streams that use small entity numbers.
constexpr std::uint64_t kUserTag = 0x414C5355ull << 32;
constexpr std::uint64_t kItemTag = 0x414C5349ull << 32;

void checkParams(const AlsParams &p)
{
    if (p.factors < 1 || !(p.regularization >= 0.0f) || p.iterations < 0 || p.cgSteps < 1
        || !(p.initScale >= 0.0f))
        throw std::invalid_argument("ALS: factors and cgSteps must be >= 1, iterations, "
                                    "regularization and initScale >= 0");
}

} // namespace

ImplicitAls::ImplicitAls(const AlsParams &params) : m_params(params)
{
    checkParams(params);
    m_users.resize(0, params.factors);
    m_items.resize(0, params.factors);
    m_itemGram = Eigen::MatrixXd::Zero(params.factors, params.factors);
    m_userGram = m_itemGram;
}

void ImplicitAls::setParams(const AlsParams &params)
{
    checkParams(params);
    if (params.factors != m_params.factors) {
        if (userCount() > 0 || itemCount() > 0)
            throw std::invalid_argument("ALS: cannot change the number of factors of a fitted "
                                        "model");
        *this = ImplicitAls(params);
        return;
    }
    m_params = params;
}

void ImplicitAls::initRows(FactorMatrix &m, std::size_t from, std::uint64_t tag) const
{
    for (std::size_t r = from; r < std::size_t(m.rows()); ++r) {
        base::Rng rng(m_params.seed, base::Purpose::Model, tag | r, 0);
        for (Eigen::Index k = 0; k < m.cols(); ++k)
            m(Eigen::Index(r), k) = static_cast<float>(m_params.initScale * rng.normal());
    }
}

void ImplicitAls::refreshGrams(base::ThreadPool *pool)
{
    m_itemGram = solver::gram(m_items, pool);
    m_userGram = solver::gram(m_users, pool);
}

void ImplicitAls::ensureSize(std::size_t users, std::size_t items, base::ThreadPool *pool)
{
    if (users <= userCount() && items <= itemCount())
        return;
    if (users > std::numeric_limits<std::uint32_t>::max()
        || items > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("ALS: more than 2^32 rows");
    if (users > userCount()) {
        const std::size_t old = userCount();
        m_users.conservativeResize(Eigen::Index(users), m_params.factors);
        initRows(m_users, old, kUserTag);
    }
    if (items > itemCount()) {
        const std::size_t old = itemCount();
        m_items.conservativeResize(Eigen::Index(items), m_params.factors);
        initRows(m_items, old, kItemTag);
    }
    refreshGrams(pool);
}

std::vector<IterationStats> ImplicitAls::fit(const InteractionMatrix &userItems,
    base::ThreadPool *pool, const IterationCallback &onIteration)
{
    const std::size_t users = std::max(userItems.rows(), userCount());
    const std::size_t items = std::max(userItems.columns(), itemCount());
    if (users == userItems.rows() && items == userItems.columns())
        return fit(userItems, userItems.transposed(pool), pool, onIteration);
    const InteractionMatrix padded = userItems.padded(users, items);
    return fit(padded, padded.transposed(pool), pool, onIteration);
}

std::vector<IterationStats> ImplicitAls::fit(const InteractionMatrix &userItems,
    const InteractionMatrix &itemUsers, base::ThreadPool *pool,
    const IterationCallback &onIteration)
{
    if (itemUsers.rows() != userItems.columns() || itemUsers.columns() != userItems.rows()
        || itemUsers.nonZeros() != userItems.nonZeros())
        throw std::invalid_argument("ALS: itemUsers is not the transpose of userItems");
    if (userItems.rows() < userCount() || userItems.columns() < itemCount())
        throw std::invalid_argument("ALS: the matrices have fewer users or items than the "
                                    "model (pad them, or use the one-matrix fit())");
    ensureSize(userItems.rows(), userItems.columns(), pool);

    std::vector<IterationStats> stats;
    for (int it = 1; it <= m_params.iterations; ++it) {
        const auto start = std::chrono::steady_clock::now();
        solveUsers(userItems, pool);
        solveItems(itemUsers, pool);
        const auto stop = std::chrono::steady_clock::now();
        IterationStats s;
        s.iteration = it;
        s.seconds = std::chrono::duration<double>(stop - start).count();
        s.loss = m_params.computeLoss ? loss(userItems, pool)
                                      : std::numeric_limits<double>::quiet_NaN();
        stats.push_back(s);
        if (onIteration)
            onIteration(s);
    }
    return stats;
}

void ImplicitAls::solveUsers(const InteractionMatrix &userItems, base::ThreadPool *pool)
{
    if (m_params.solver == Solver::Cholesky) {
        solver::solveRowsCholesky(
            userItems, m_items, m_itemGram, m_params.regularization, m_users, pool);
    } else {
        Eigen::MatrixXd reg = m_itemGram;
        reg.diagonal().array() += double(m_params.regularization);
        solver::solveRowsCg(userItems, m_items, reg.cast<float>(), m_params.cgSteps, m_users, pool);
    }
    m_userGram = solver::gram(m_users, pool);
}

void ImplicitAls::solveItems(const InteractionMatrix &itemUsers, base::ThreadPool *pool)
{
    if (m_params.solver == Solver::Cholesky) {
        solver::solveRowsCholesky(
            itemUsers, m_users, m_userGram, m_params.regularization, m_items, pool);
    } else {
        Eigen::MatrixXd reg = m_userGram;
        reg.diagonal().array() += double(m_params.regularization);
        solver::solveRowsCg(itemUsers, m_users, reg.cast<float>(), m_params.cgSteps, m_items, pool);
    }
    m_itemGram = solver::gram(m_items, pool);
}

double ImplicitAls::loss(const InteractionMatrix &userItems, base::ThreadPool *pool) const
{
    const double data = solver::dataLoss(userItems, m_users, m_items, m_itemGram, pool);
    return data
        + double(m_params.regularization)
        * (solver::squaredNorm(m_users, pool) + solver::squaredNorm(m_items, pool));
}

void ImplicitAls::setFactors(FactorMatrix users, FactorMatrix items, base::ThreadPool *pool)
{
    if (users.cols() != m_params.factors || items.cols() != m_params.factors)
        throw std::invalid_argument("ALS: setFactors with the wrong number of columns");
    m_users = std::move(users);
    m_items = std::move(items);
    refreshGrams(pool);
}

void ImplicitAls::setUserVector(std::size_t user, const Eigen::Ref<const Eigen::VectorXf> &x)
{
    if (x.size() != m_params.factors)
        throw std::invalid_argument("ALS: setUserVector with the wrong dimension");
    ensureSize(std::max(userCount(), user + 1), itemCount());
    m_users.row(Eigen::Index(user)) = x.transpose();
}

float ImplicitAls::score(std::size_t user, std::size_t item) const
{
    return m_users.row(Eigen::Index(user)).dot(m_items.row(Eigen::Index(item)));
}

Eigen::VectorXf ImplicitAls::foldInUser(EntrySpan evidence) const
{
    return solver::choleskyRow(evidence, m_items, m_itemGram, m_params.regularization);
}

Eigen::VectorXf ImplicitAls::foldInItem(EntrySpan evidence) const
{
    return solver::choleskyRow(evidence, m_users, m_userGram, m_params.regularization);
}

Posterior ImplicitAls::posterior(
    EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram) const
{
    Eigen::MatrixXd a;
    Eigen::VectorXd b;
    solver::normalEquations(evidence, fixed, gram, m_params.regularization, a, b);
    return Posterior(a, b);
}

Posterior ImplicitAls::userPosterior(EntrySpan evidence) const
{
    return posterior(evidence, m_items, m_itemGram);
}

Posterior ImplicitAls::itemPosterior(EntrySpan evidence) const
{
    return posterior(evidence, m_users, m_userGram);
}

} // namespace td::recsys::als
