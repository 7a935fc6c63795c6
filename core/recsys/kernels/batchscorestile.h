// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

// The register-tiled kernel behind kernels::scoreBlocks(), as a template that each
// instruction-set translation unit instantiates with its own tile shape. Included only by the
// batchscores*.cpp files. Everything here has internal linkage and calls nothing outside
// itself: a translation unit compiled with -mavx512f must not emit a weak inline symbol that
// the linker could then pick for a caller running on a CPU without AVX-512.

#include <cstddef>

namespace td::recsys::kernels::detail {
namespace {

constexpr int kLanesPerBlock = 16;

/// N floats. A GCC vector type rather than intrinsics: each translation unit picks the N of its
/// registers (4 for SSE2, 8 for AVX2, 16 for AVX-512), and every line below is then one IEEE
/// multiply or add per lane, so every instruction set computes the same bits. (A vector wider
/// than the registers would also compute the same bits, but GCC moves it through memory.)
template<int N> struct VecOf
{
    typedef float type __attribute__((vector_size(N * sizeof(float))));
};

/// Scores R users (rows of `users`, stride `userStride`) against V consecutive packed blocks:
/// C = 16·V/N vectors of N items each. Each lane sums x[d]·y[d] over d in index order: the
/// dotSequential order.
template<int N, int R, int V>
void tile(const float *users, std::size_t userStride, const float *blocks, int dim, float *out,
    std::size_t outStride)
{
    using Vec = typename VecOf<N>::type;
    constexpr int C = kLanesPerBlock * V / N;
    const std::size_t blockStride = std::size_t(dim) * kLanesPerBlock;
    // Vector c covers items c·N .. c·N + N − 1 of the tile: block c·N / 16, lane (c·N) % 16.
    const float *column[C];
    for (int c = 0; c < C; ++c)
        column[c] = blocks + std::size_t(c * N / kLanesPerBlock) * blockStride
            + std::size_t(c * N % kLanesPerBlock);
    Vec acc[R][C];
    for (int r = 0; r < R; ++r) {
        for (int c = 0; c < C; ++c)
            acc[r][c] = Vec {};
    }
    for (int d = 0; d < dim; ++d) {
        Vec y[C];
        for (int c = 0; c < C; ++c)
            __builtin_memcpy(&y[c], column[c] + std::size_t(d) * kLanesPerBlock, sizeof(Vec));
        for (int r = 0; r < R; ++r) {
            const float x = users[std::size_t(r) * userStride + std::size_t(d)];
            for (int c = 0; c < C; ++c)
                acc[r][c] += x * y[c]; // a rounded product, then a rounded sum (no contraction)
        }
    }
    for (int r = 0; r < R; ++r) {
        for (int c = 0; c < C; ++c)
            __builtin_memcpy(
                out + std::size_t(r) * outStride + std::size_t(c) * N, &acc[r][c], sizeof(Vec));
    }
}

/// The last `n` < R users of a block group, with a tile of exactly n rows.
template<int N, int M, int V>
void tailRows(int n, const float *users, std::size_t userStride, const float *blocks, int dim,
    float *out, std::size_t outStride)
{
    if constexpr (M > 0) {
        if (n == M)
            tile<N, M, V>(users, userStride, blocks, dim, out, outStride);
        else
            tailRows<N, M - 1, V>(n, users, userStride, blocks, dim, out, outStride);
    }
}

/// All rows against V blocks: tiles of R rows, then one smaller tile for the rest.
template<int N, int R, int V>
void rowsAgainstBlocks(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, int dim, float *out, std::size_t outStride)
{
    std::size_t r = 0;
    for (; r + R <= rows; r += R)
        tile<N, R, V>(
            users + r * userStride, userStride, blocks, dim, out + r * outStride, outStride);
    if (r < rows)
        tailRows<N, R - 1, V>(int(rows - r), users + r * userStride, userStride, blocks, dim,
            out + r * outStride, outStride);
}

/// scoreBlocks() with N-float vectors and tiles of R users × V blocks: groups of V blocks
/// (they stay in L1 while every row passes over them), then the remaining blocks one by one.
template<int N, int R, int V>
void scoreBlocksTiled(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    const std::size_t blockStride = std::size_t(dim) * kLanesPerBlock;
    std::size_t b = 0;
    for (; b + V <= blockCount; b += V)
        rowsAgainstBlocks<N, R, V>(users, userStride, rows, blocks + b * blockStride, dim,
            out + b * kLanesPerBlock, outStride);
    for (; b < blockCount; ++b)
        rowsAgainstBlocks<N, R, 1>(users, userStride, rows, blocks + b * blockStride, dim,
            out + b * kLanesPerBlock, outStride);
}

/// kernels::dotLanes() with N-float vectors: lane l (of 16) sums q[d]·y[d] over d ≡ l mod 16
/// in index order, then the fixed tree t_i = a_i + a_{i+8}, t_i += t_{i+4}, (t0 + t2) + (t1 + t3).
template<int N> float laneDot(const float *q, const float *y, int n)
{
    using Vec = typename VecOf<N>::type;
    constexpr int C = kLanesPerBlock / N;
    Vec acc[C];
    for (int c = 0; c < C; ++c)
        acc[c] = Vec {};
    for (int d = 0; d < n; d += kLanesPerBlock) {
        for (int c = 0; c < C; ++c) {
            Vec a, b;
            __builtin_memcpy(&a, q + d + c * N, sizeof(Vec));
            __builtin_memcpy(&b, y + d + c * N, sizeof(Vec));
            acc[c] += a * b;
        }
    }
    float lanes[kLanesPerBlock];
    __builtin_memcpy(lanes, acc, sizeof lanes);
    float t[8];
    for (int i = 0; i < 8; ++i)
        t[i] = lanes[i] + lanes[i + 8];
    for (int i = 0; i < 4; ++i)
        t[i] += t[i + 4];
    return (t[0] + t[2]) + (t[1] + t[3]);
}

} // namespace
} // namespace td::recsys::kernels::detail
