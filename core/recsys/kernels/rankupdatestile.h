// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

// The tiled kernel behind kernels::addRankOneUpdates(), instantiated by each instruction-set
// translation unit (rankupdates*.cpp) with its register width. Internal linkage only, for the
// reason batchscorestile.h gives.

#include <cstddef>

namespace td::recsys::kernels::detail {
namespace {

template<int N> struct DoublesOf
{
    typedef double type __attribute__((vector_size(N * sizeof(double))));
};

/// Rows [k0, k0 + N) of columns [i0, i0 + C): C accumulators of N rows stay in registers while
/// every pair adds t_p[i]·y_p[k] to them in pair order.
template<int N, int C>
void columnTile(
    double *a, int f, int k0, int i0, const double *y, const double *t, std::size_t pairs)
{
    using Vec = typename DoublesOf<N>::type;
    const std::size_t stride = std::size_t(f);
    Vec acc[C];
    for (int c = 0; c < C; ++c)
        __builtin_memcpy(&acc[c], a + std::size_t(i0 + c) * stride + std::size_t(k0), sizeof(Vec));
    for (std::size_t p = 0; p < pairs; ++p) {
        Vec yk;
        __builtin_memcpy(&yk, y + p * stride + std::size_t(k0), sizeof(Vec));
        const double *ti = t + p * stride + std::size_t(i0);
        for (int c = 0; c < C; ++c)
            acc[c] += ti[c] * yk; // a rounded product, then a rounded sum (no contraction)
    }
    for (int c = 0; c < C; ++c)
        __builtin_memcpy(a + std::size_t(i0 + c) * stride + std::size_t(k0), &acc[c], sizeof(Vec));
}

/// The last n < C columns of a row block, with a tile of exactly n columns.
template<int N, int M>
void tailColumns(
    int n, double *a, int f, int k0, int i0, const double *y, const double *t, std::size_t pairs)
{
    if constexpr (M > 0) {
        if (n == M)
            columnTile<N, M>(a, f, k0, i0, y, t, pairs);
        else
            tailColumns<N, M - 1>(n, a, f, k0, i0, y, t, pairs);
    }
}

/// The same sums one element at a time: for f not a multiple of the vector width.
void rankOneUpdatesScalar(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    const std::size_t stride = std::size_t(f);
    for (std::size_t i = 0; i < stride; ++i) {
        for (std::size_t k = i; k < stride; ++k) {
            double s = a[i * stride + k];
            for (std::size_t p = 0; p < pairs; ++p)
                s += t[p * stride + i] * y[p * stride + k];
            a[i * stride + k] = s;
        }
    }
}

/// addRankOneUpdates() with N-double vectors and tiles of C columns: row block [k0, k0 + N)
/// meets the columns i ≤ k0 + N − 1 (the rows above the diagonal that a block covers belong to
/// the upper triangle, which callers overwrite).
template<int N, int C>
void rankOneUpdatesTiled(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    if (f % N != 0) {
        rankOneUpdatesScalar(a, f, y, t, pairs);
        return;
    }
    for (int k0 = 0; k0 < f; k0 += N) {
        const int columns = k0 + N; // ≤ f, as f is a multiple of N
        int i0 = 0;
        for (; i0 + C <= columns; i0 += C)
            columnTile<N, C>(a, f, k0, i0, y, t, pairs);
        if (i0 < columns)
            tailColumns<N, C - 1>(columns - i0, a, f, k0, i0, y, t, pairs);
    }
}

} // namespace
} // namespace td::recsys::kernels::detail
