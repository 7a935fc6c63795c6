// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/alssolver.h"

#include "base/threadpool.h"
#include "recsys/kernels/rankupdates.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace td::recsys::als::solver {

namespace {

using ConstRow = Eigen::Map<const Eigen::VectorXf>;
using Row = Eigen::Map<Eigen::VectorXf>;

ConstRow rowOf(const FactorMatrix &m, std::size_t r)
{
    return ConstRow(m.data() + r * std::size_t(m.cols()), m.cols());
}

Row rowOf(FactorMatrix &m, std::size_t r)
{
    return Row(m.data() + r * std::size_t(m.cols()), m.cols());
}

std::size_t chunkCount(std::size_t count, std::size_t chunk)
{
    return (count + chunk - 1) / chunk;
}

void checkShapes(
    const InteractionMatrix &data, const FactorMatrix &fixed, const FactorMatrix &target)
{
    if (data.rows() != std::size_t(target.rows()) || data.columns() > std::size_t(fixed.rows())
        || fixed.cols() != target.cols())
        throw std::invalid_argument("ALS solve: matrix and factor shapes do not match");
}

} // namespace

void forEachRowChunk(base::ThreadPool *pool, std::size_t count, std::size_t chunk,
    const std::function<void(std::size_t, std::size_t)> &fn)
{
    const std::size_t chunks = chunkCount(count, chunk);
    auto run = [&](std::size_t c) { fn(c * chunk, std::min(count, (c + 1) * chunk)); };
    if (pool) {
        pool->forEachChunk(chunks, run);
    } else {
        for (std::size_t c = 0; c < chunks; ++c)
            run(c);
    }
}

Eigen::MatrixXd gram(const FactorMatrix &factors, base::ThreadPool *pool)
{
    const Eigen::Index f = factors.cols();
    const std::size_t rows = std::size_t(factors.rows());
    std::vector<Eigen::MatrixXd> partial(chunkCount(rows, kGramRowsPerChunk));
    forEachRowChunk(pool, rows, kGramRowsPerChunk, [&](std::size_t begin, std::size_t end) {
        Eigen::MatrixXd g = Eigen::MatrixXd::Zero(f, f);
        Eigen::VectorXd y(f);
        for (std::size_t r = begin; r < end; ++r) {
            y = rowOf(factors, r).cast<double>();
            g.selfadjointView<Eigen::Lower>().rankUpdate(y);
        }
        partial[begin / kGramRowsPerChunk] = std::move(g);
    });
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(f, f);
    for (const Eigen::MatrixXd &p : partial)
        g += p;
    // Mirror the lower triangle: callers use the full matrix.
    g.triangularView<Eigen::StrictlyUpper>() = g.transpose();
    return g;
}

void solveRowsCg(const InteractionMatrix &data, const FactorMatrix &fixed,
    const Eigen::MatrixXf &regularisedGram, int steps, FactorMatrix &target, base::ThreadPool *pool)
{
    checkShapes(data, fixed, target);
    const Eigen::Index f = target.cols();
    forEachRowChunk(pool, data.rows(), kRowsPerChunk, [&](std::size_t begin, std::size_t end) {
        Eigen::VectorXf x(f), r(f), p(f), ap(f);
        for (std::size_t u = begin; u < end; ++u) {
            const EntrySpan row = data.row(u);
            Row xu = rowOf(target, u);
            x = xu;
            // Residual r = b − A x, visiting only the observed pairs.
            r.noalias() = -(regularisedGram * x);
            for (const Entry &e : row) {
                const ConstRow y = rowOf(fixed, e.index);
                const float s = y.dot(x);
                r += (e.confidence * e.preference - (e.confidence - 1.0f) * s) * y;
            }
            float rs = r.squaredNorm();
            // Below ~1e-7 of the initial residual norm float CG only stirs rounding noise.
            const float tiny = std::max(1e-20f, rs * 1e-14f);
            if (!(rs > 1e-20f))
                continue;
            p = r;
            for (int step = 0; step < steps; ++step) {
                ap.noalias() = regularisedGram * p;
                for (const Entry &e : row) {
                    const ConstRow y = rowOf(fixed, e.index);
                    ap += ((e.confidence - 1.0f) * y.dot(p)) * y;
                }
                const float pAp = p.dot(ap);
                if (!(pAp > 0.0f))
                    break;
                const float alpha = rs / pAp;
                x += alpha * p;
                r -= alpha * ap;
                const float rsNew = r.squaredNorm();
                if (!(rsNew > tiny))
                    break;
                p = r + (rsNew / rs) * p;
                rs = rsNew;
            }
            xu = x;
        }
    });
}

namespace {

/// Pairs gathered per pass of the rank-one kernel: 32 pairs of 32 factors in double are two
/// 8 KB tables, which stay in L1 while every column of A is swept over them.
constexpr std::size_t kPairsPerPass = 32;

/// One thread's buffers for normalEquations() and choleskyRow(): a fold-in runs at the end of
/// every session, and fresh f × f matrices each time cost more in malloc than the solve.
struct RowSolveScratch
{
    std::vector<double> y, t;
    Eigen::MatrixXd a;
    Eigen::VectorXd b, x;
    Eigen::LLT<Eigen::MatrixXd> llt;
};

RowSolveScratch &rowSolveScratch()
{
    thread_local RowSolveScratch scratch;
    return scratch;
}

} // namespace

void normalEquations(EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram,
    double lambda, Eigen::MatrixXd &a, Eigen::VectorXd &b)
{
    const std::size_t f = std::size_t(fixed.cols());
    a = gram;
    a.diagonal().array() += lambda;
    b.setZero(Eigen::Index(f));
    RowSolveScratch &scratch = rowSolveScratch();
    scratch.y.resize(kPairsPerPass * f);
    scratch.t.resize(kPairsPerPass * f);
    for (std::size_t first = 0; first < evidence.size(); first += kPairsPerPass) {
        const std::size_t pairs = std::min(kPairsPerPass, evidence.size() - first);
        for (std::size_t p = 0; p < pairs; ++p) {
            const Entry &e = evidence[first + p];
            if (e.index >= std::size_t(fixed.rows()))
                throw std::invalid_argument("ALS: evidence refers to an index beyond the factors");
            const float *row = fixed.data() + e.index * f;
            const double alpha = double(e.confidence) - 1.0;
            const double weight = double(e.confidence) * double(e.preference);
            double *y = scratch.y.data() + p * f;
            double *t = scratch.t.data() + p * f;
            for (std::size_t k = 0; k < f; ++k) {
                y[k] = double(row[k]);
                t[k] = alpha * y[k];
                b[Eigen::Index(k)] += weight * y[k];
            }
        }
        // Eigen's rankUpdate(y_p, α_p) pair after pair, bit for bit (kernels/rankupdates.h).
        kernels::addRankOneUpdates(
            kernels::bestIsa(), a.data(), int(f), scratch.y.data(), scratch.t.data(), pairs);
    }
    a.triangularView<Eigen::StrictlyUpper>() = a.transpose();
}

Eigen::VectorXf choleskyRow(
    EntrySpan evidence, const FactorMatrix &fixed, const Eigen::MatrixXd &gram, double lambda)
{
    RowSolveScratch &scratch = rowSolveScratch();
    normalEquations(evidence, fixed, gram, lambda, scratch.a, scratch.b);
    scratch.llt.compute(scratch.a);
    if (scratch.llt.info() != Eigen::Success)
        throw std::runtime_error("ALS: normal equations are not positive definite");
    scratch.x = scratch.llt.solve(scratch.b);
    return scratch.x.cast<float>();
}

void solveRowsCholesky(const InteractionMatrix &data, const FactorMatrix &fixed,
    const Eigen::MatrixXd &gram, double lambda, FactorMatrix &target, base::ThreadPool *pool)
{
    checkShapes(data, fixed, target);
    forEachRowChunk(pool, data.rows(), kRowsPerChunk, [&](std::size_t begin, std::size_t end) {
        for (std::size_t u = begin; u < end; ++u)
            rowOf(target, u) = choleskyRow(data.row(u), fixed, gram, lambda);
    });
}

double dataLoss(const InteractionMatrix &data, const FactorMatrix &rowFactors,
    const FactorMatrix &columnFactors, const Eigen::MatrixXd &gram, base::ThreadPool *pool)
{
    checkShapes(data, columnFactors, rowFactors);
    const Eigen::Index f = rowFactors.cols();
    std::vector<double> partial(chunkCount(data.rows(), kRowsPerChunk), 0.0);
    forEachRowChunk(pool, data.rows(), kRowsPerChunk, [&](std::size_t begin, std::size_t end) {
        Eigen::VectorXd x(f);
        double sum = 0.0;
        for (std::size_t u = begin; u < end; ++u) {
            x = rowOf(rowFactors, u).cast<double>();
            // Every pair as if unobserved (c = 1, p = 0): Σ_j s² = xᵀ (YᵀY) x ...
            sum += x.dot(gram * x);
            // ... then swap in the true term of each observed pair.
            for (const Entry &e : data.row(u)) {
                const double s = x.dot(rowOf(columnFactors, e.index).cast<double>());
                const double diff = double(e.preference) - s;
                sum += double(e.confidence) * diff * diff - s * s;
            }
        }
        partial[begin / kRowsPerChunk] = sum;
    });
    double total = 0.0;
    for (double p : partial)
        total += p;
    return total;
}

double squaredNorm(const FactorMatrix &factors, base::ThreadPool *pool)
{
    const std::size_t rows = std::size_t(factors.rows());
    std::vector<double> partial(chunkCount(rows, kRowsPerChunk), 0.0);
    forEachRowChunk(pool, rows, kRowsPerChunk, [&](std::size_t begin, std::size_t end) {
        double sum = 0.0;
        for (std::size_t r = begin; r < end; ++r)
            sum += rowOf(factors, r).cast<double>().squaredNorm();
        partial[begin / kRowsPerChunk] = sum;
    });
    double total = 0.0;
    for (double p : partial)
        total += p;
    return total;
}

} // namespace td::recsys::als::solver
