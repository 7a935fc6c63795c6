// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Compiled with -mavx512f (and -ffp-contract=off, so no fused multiply-add although the ISA has
// one); called only when the CPU has AVX-512F. Includes nothing with external inline functions
// (see batchscorestile.h).
#include "recsys/kernels/batchscorestile.h"

namespace td::recsys::kernels::detail {

// 32 zmm registers of 16 floats: 12 users × 1 block = 12 accumulators, 1 item vector and a
// broadcast (wider tiles measured slower on Zen 4, which splits zmm operations in two).
void scoreBlocksAvx512(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksTiled<16, 12, 1>(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}

// One query: 8 blocks = 8 independent accumulators (the single-row addition chains overlap).
void scoreQueryAvx512(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    scoreBlocksTiled<16, 1, 8>(query, 0, 1, blocks, blockCount, dim, out, 0);
}

float laneDotAvx512(const float *q, const float *y, int n)
{
    return laneDot<16>(q, y, n);
}

} // namespace td::recsys::kernels::detail
