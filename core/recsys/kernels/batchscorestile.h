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

/// 16 floats. A GCC vector type rather than intrinsics: the same source becomes four SSE
/// operations, two AVX2 operations or one AVX-512 operation per line, each an IEEE multiply or
/// add per lane, so every instruction set computes the same bits.
typedef float Lanes __attribute__((vector_size(64)));
constexpr int kLanesPerBlock = 16;

/// Scores R users (rows of `users`, stride `userStride`) against V consecutive packed blocks.
/// Each lane sums x[d]·y[d] over d in index order: the dotSequential order.
template<int R, int V>
void tile(const float *users, std::size_t userStride, const float *blocks, int dim, float *out,
    std::size_t outStride)
{
    const std::size_t blockStride = std::size_t(dim) * kLanesPerBlock;
    Lanes acc[R][V];
    for (int r = 0; r < R; ++r) {
        for (int v = 0; v < V; ++v)
            acc[r][v] = Lanes {};
    }
    for (int d = 0; d < dim; ++d) {
        Lanes y[V];
        for (int v = 0; v < V; ++v)
            __builtin_memcpy(
                &y[v], blocks + v * blockStride + std::size_t(d) * kLanesPerBlock, sizeof(Lanes));
        for (int r = 0; r < R; ++r) {
            const float x = users[std::size_t(r) * userStride + std::size_t(d)];
            for (int v = 0; v < V; ++v)
                acc[r][v] += x * y[v]; // a rounded product, then a rounded sum (no contraction)
        }
    }
    for (int r = 0; r < R; ++r) {
        for (int v = 0; v < V; ++v)
            __builtin_memcpy(out + std::size_t(r) * outStride + std::size_t(v) * kLanesPerBlock,
                &acc[r][v], sizeof(Lanes));
    }
}

/// The last `n` < R users of a block group, with a tile of exactly n rows.
template<int N, int V>
void tailRows(int n, const float *users, std::size_t userStride, const float *blocks, int dim,
    float *out, std::size_t outStride)
{
    if constexpr (N > 0) {
        if (n == N)
            tile<N, V>(users, userStride, blocks, dim, out, outStride);
        else
            tailRows<N - 1, V>(n, users, userStride, blocks, dim, out, outStride);
    }
}

/// All rows against V blocks: tiles of R rows, then one smaller tile for the rest.
template<int R, int V>
void rowsAgainstBlocks(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, int dim, float *out, std::size_t outStride)
{
    std::size_t r = 0;
    for (; r + R <= rows; r += R)
        tile<R, V>(users + r * userStride, userStride, blocks, dim, out + r * outStride, outStride);
    if (r < rows)
        tailRows<R - 1, V>(int(rows - r), users + r * userStride, userStride, blocks, dim,
            out + r * outStride, outStride);
}

/// scoreBlocks() with tiles of R users × V blocks: groups of V blocks (they stay in L1 while
/// every row passes over them), then the remaining blocks one by one.
template<int R, int V>
void scoreBlocksTiled(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    const std::size_t blockStride = std::size_t(dim) * kLanesPerBlock;
    std::size_t b = 0;
    for (; b + V <= blockCount; b += V)
        rowsAgainstBlocks<R, V>(users, userStride, rows, blocks + b * blockStride, dim,
            out + b * kLanesPerBlock, outStride);
    for (; b < blockCount; ++b)
        rowsAgainstBlocks<R, 1>(users, userStride, rows, blocks + b * blockStride, dim,
            out + b * kLanesPerBlock, outStride);
}

} // namespace
} // namespace td::recsys::kernels::detail
