// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/interactionmatrix.h"

#include <Eigen/Core>

#include <cstddef>
#include <functional>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::als {

/// Factor matrices are row-major so that one user's or item's vector is contiguous.
using FactorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Building blocks of ImplicitAls (one half-step = solve every row of one side against the
/// frozen other side). Free functions so that tests can drive them directly.
///
/// Determinism: every loop runs over fixed chunks of rows (the chunk sizes below are constants,
/// never derived from the thread count); a row's result depends only on its own data, and
/// reductions add chunk partials in chunk order. So results are bit-identical for any number
/// of threads, including `pool == nullptr` (serial).
namespace solver {

/// Rows per chunk of a solve or loss pass.
inline constexpr std::size_t kRowsPerChunk = 128;
/// Rows per chunk of a Gram matrix.
inline constexpr std::size_t kGramRowsPerChunk = 1024;

/// Runs fn(begin, end) over [0, count) in chunks of `chunk` rows on `pool` (serial if null).
void forEachRowChunk(base::ThreadPool *pool, std::size_t count, std::size_t chunk,
    const std::function<void(std::size_t, std::size_t)> &fn);

/// FᵀF in double precision (f × f, symmetric, both triangles filled), as per-row rank-one
/// updates summed in a fixed order, so the result depends neither on the thread count nor on
/// the cache sizes of the machine (a blocked GEMM would split the sum by cache size).
Eigen::MatrixXd gram(const FactorMatrix &factors, base::ThreadPool *pool);

/// One conjugate-gradient solve per row r of `data`, warm-started from target.row(r), of
///     (G + λI + Σ_j (c_rj − 1) f_j f_jᵀ) x = Σ_j c_rj p_rj f_j,    f_j = fixed.row(j),
/// with `regularisedGram` = G + λI precomputed: each step costs O(n_r·f + f²)
/// (Takács, Pilászy & Tikk 2011; the `implicit` library's CG solver). At most `steps` steps;
/// stops early when the residual vanishes. Each step cannot increase the row's objective.
void solveRowsCg(const InteractionMatrix &data, const FactorMatrix &fixed,
    const Eigen::MatrixXf &regularisedGram, int steps, FactorMatrix &target,
    base::ThreadPool *pool);

/// The exact solve of the same system by a dense Cholesky factorisation in double precision,
/// O(n_r·f² + f³) per row: the reference for tests and the fold-in path.
void solveRowsCholesky(const InteractionMatrix &data, const FactorMatrix &fixed,
    const Eigen::MatrixXd &gram, double lambda, FactorMatrix &target, base::ThreadPool *pool);

/// A = G + λI + Σ (c − 1) f fᵀ and b = Σ c p f for one row of evidence (double precision).
void normalEquations(EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram,
    double lambda, Eigen::MatrixXd &a, Eigen::VectorXd &b);

/// The exact row solution of normalEquations() (what solveRowsCholesky() writes).
Eigen::VectorXf choleskyRow(
    EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram, double lambda);

/// The data term of the objective, Σ_{r, all columns} c (p − xᵀy)², computed without visiting
/// the unobserved pairs: Σ_r [x_rᵀ (YᵀY) x_r + Σ_{observed} (c (p − s)² − s²)], s = x_rᵀ y_j.
/// `gram` = YᵀY of `columnFactors` (no λ). Double precision, chunk-ordered reduction.
double dataLoss(const InteractionMatrix &data, const FactorMatrix &rowFactors,
    const FactorMatrix &columnFactors, const Eigen::MatrixXd &gram, base::ThreadPool *pool);

/// Σ‖row‖² in double precision, chunk-ordered.
double squaredNorm(const FactorMatrix &factors, base::ThreadPool *pool);

} // namespace solver
} // namespace td::recsys::als
