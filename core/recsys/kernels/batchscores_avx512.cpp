// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Compiled with -mavx512f (and -ffp-contract=off, so no fused multiply-add although the ISA has
// one); called only when the CPU has AVX-512F. Includes nothing with external inline functions
// (see batchscorestile.h).
#include "recsys/kernels/batchscorestile.h"

namespace td::recsys::kernels::detail {

// 32 zmm registers: 6 users × 4 blocks = 24 accumulators, 4 item registers, a broadcast.
void scoreBlocksAvx512(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksTiled<6, 4>(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}

} // namespace td::recsys::kernels::detail
