// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Compiled with -mavx2 (and -ffp-contract=off, no -mfma); called only when the CPU has AVX2.
// Includes nothing with external inline functions (see batchscorestile.h).
#include "recsys/kernels/batchscorestile.h"

namespace td::recsys::kernels::detail {

// 16 ymm registers of 8 floats: 6 users × 1 block (2 vectors) = 12 accumulators, 2 item
// vectors and a broadcast.
void scoreBlocksAvx2(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksTiled<8, 6, 1>(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}

// One query: 4 blocks = 8 independent accumulators (the single-row addition chains overlap).
void scoreQueryAvx2(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    scoreBlocksTiled<8, 1, 4>(query, 0, 1, blocks, blockCount, dim, out, 0);
}

float laneDotAvx2(const float *q, const float *y, int n)
{
    return laneDot<8>(q, y, n);
}

} // namespace td::recsys::kernels::detail
