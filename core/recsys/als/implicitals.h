// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/alssolver.h"
#include "recsys/als/interactionmatrix.h"
#include "recsys/als/posterior.h"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::als {

/// How a half-step solves each row's normal equations.
enum class Solver {
    ConjugateGradient, ///< `cgSteps` CG steps warm-started from the current row (default)
    Cholesky, ///< exact dense solve, O(f³) per row: a reference for tests
};

/// Hyper-parameters of ImplicitAls. Defaults are the best setting on our Last.fm hold-out
/// split (docs/validation.md); confidences are computed by the caller (see
/// offline/confidence.h for the 1 + α·log(1 + r) transform that pairs with these defaults).
struct AlsParams
{
    int factors = 64; ///< f, latent dimensions, >= 1; fixed once the model has rows
    float regularization = 100.0f; ///< λ >= 0 on both sides (λ > 0 keeps every solve definite)
    int iterations = 15; ///< alternating (user step, item step) rounds per fit()
    int cgSteps = 3; ///< CG steps per row and half-step (ignored by Solver::Cholesky)
    Solver solver = Solver::ConjugateGradient;
    std::uint64_t seed = 0; ///< seeds the initial rows (Purpose::Model streams, one per row)
    float initScale = 0.01f; ///< standard deviation of the initial factors
    bool computeLoss = false; ///< evaluate the objective after every iteration (≈ +15 % time)
};

/// Statistics of one fit() iteration.
struct IterationStats
{
    int iteration = 0; ///< 1-based
    double seconds = 0.0; ///< wall time of the two half-steps (not of the loss)
    double loss = 0.0; ///< full objective after the iteration; NaN unless computeLoss
};

/// Implicit-feedback matrix factorisation (Hu, Koren & Volinsky 2008) by alternating least
/// squares, minimising
///
///     L(X, Y) = Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ (Σ_u ‖x_u‖² + Σ_i ‖y_i‖²)
///
/// over all user × item pairs, where the pairs absent from the InteractionMatrix have
/// c = 1, p = 0. Each half-step solves, for every user,
/// (YᵀY + Yᵀ(Cᵤ − I)Y + λI) x_u = YᵀCᵤ p(u) with a few conjugate-gradient steps warm-started
/// from the current x_u (Takács, Pilászy & Tikk 2011), using a precomputed YᵀY so a step costs
/// O(n_u·f + f²); then the same for every item against the frozen users.
///
/// Warm start: fit() continues from the current factors. New users/items (a matrix with more
/// rows or columns than the model) get fresh rows drawn from their own seeded stream:
/// Rng(seed, Purpose::Model, tag | index, 0) with tag "ALSU"/"ALSI" in the high 32 bits, so a
/// row's start does not depend on when it was added. Shrinking is an error.
///
/// Determinism: results are bit-identical for any thread count (fixed row chunks, ordered
/// reductions, Gram matrices by ordered rank-one updates; see alssolver.h).
///
/// Thread affinity: the const queries (score, fold-in, posteriors) may run concurrently from
/// many threads; fit(), the solve steps and the setters need exclusive access.
class ImplicitAls
{
public:
    using IterationCallback = std::function<void(const IterationStats &)>;

    explicit ImplicitAls(const AlsParams &params = {});

    const AlsParams &params() const { return m_params; }
    /// Changes hyper-parameters between fits (e.g. λ, iterations). Throws
    /// std::invalid_argument if `factors` differs while the model already has rows.
    void setParams(const AlsParams &params);

    std::size_t userCount() const { return std::size_t(m_users.rows()); }
    std::size_t itemCount() const { return std::size_t(m_items.rows()); }
    int factors() const { return m_params.factors; }

    /// Grows the factor matrices to at least (users, items) rows with seeded random rows and
    /// refreshes the cached Gram matrices. Never shrinks.
    void ensureSize(std::size_t users, std::size_t items, base::ThreadPool *pool = nullptr);

    /// Runs params().iterations alternating rounds from the current factors. `userItems` is
    /// users × items; it may have more rows/columns than the model (the model grows) but not
    /// fewer rows. The two-matrix form takes a precomputed `userItems.transposed()`.
    /// Returns one IterationStats per iteration (also passed to `onIteration`).
    std::vector<IterationStats> fit(const InteractionMatrix &userItems,
        base::ThreadPool *pool = nullptr, const IterationCallback &onIteration = {});
    std::vector<IterationStats> fit(const InteractionMatrix &userItems,
        const InteractionMatrix &itemUsers, base::ThreadPool *pool = nullptr,
        const IterationCallback &onIteration = {});

    /// One user half-step against the frozen items (the params' solver). The model must
    /// already have userItems.rows() users (see ensureSize()).
    void solveUsers(const InteractionMatrix &userItems, base::ThreadPool *pool = nullptr);
    /// One item half-step against the frozen users; `itemUsers` is items × users.
    void solveItems(const InteractionMatrix &itemUsers, base::ThreadPool *pool = nullptr);

    /// The full objective L(X, Y) above for the current factors, O(nnz·f + (users+items)·f²).
    double loss(const InteractionMatrix &userItems, base::ThreadPool *pool = nullptr) const;

    const FactorMatrix &userFactors() const { return m_users; }
    const FactorMatrix &itemFactors() const { return m_items; }
    /// Replaces both sides (e.g. restoring a snapshot); the column count must equal factors().
    void setFactors(FactorMatrix users, FactorMatrix items, base::ThreadPool *pool = nullptr);
    /// Overwrites one user's vector (e.g. with a fold-in), growing the model if needed. Does
    /// not refresh the cached XᵀX (used only by item-side queries) until the next fit().
    void setUserVector(std::size_t user, const Eigen::Ref<const Eigen::VectorXf> &x);

    /// x_uᵀ y_i.
    float score(std::size_t user, std::size_t item) const;

    /// The exact least-squares user vector for this evidence against the frozen item factors
    /// (dense Cholesky in double, O(n·f² + f³)): what a Solver::Cholesky user step would
    /// write for a user with this row, bit for bit. Evidence items must be < itemCount().
    Eigen::VectorXf foldInUser(EntrySpan evidence) const;
    /// Mean (the fold-in) and covariance (YᵀCᵤY + λI)⁻¹ of the user vector, see Posterior.
    Posterior userPosterior(EntrySpan evidence) const;
    /// Item side, against the frozen user factors: evidence lists (user, confidence,
    /// preference). For new tracks: empty evidence gives mean 0 and covariance (XᵀX + λI)⁻¹.
    Eigen::VectorXf foldInItem(EntrySpan evidence) const;
    Posterior itemPosterior(EntrySpan evidence) const;

    /// Cached YᵀY and XᵀX (double, no λ), refreshed by fit(), ensureSize() and setFactors().
    const Eigen::MatrixXd &itemGram() const { return m_itemGram; }
    const Eigen::MatrixXd &userGram() const { return m_userGram; }

private:
    void initRows(FactorMatrix &m, std::size_t from, std::uint64_t tag) const;
    void refreshGrams(base::ThreadPool *pool);
    Posterior posterior(
        EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram) const;

    AlsParams m_params;
    FactorMatrix m_users;
    FactorMatrix m_items;
    Eigen::MatrixXd m_itemGram;
    Eigen::MatrixXd m_userGram;
};

} // namespace td::recsys::als
