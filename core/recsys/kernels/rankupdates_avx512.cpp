// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Compiled with -mavx512f (and -ffp-contract=off, so no fused multiply-add although the ISA has
// one); called only when the CPU has AVX-512F. Includes nothing with external inline functions
// (see batchscorestile.h).
#include "recsys/kernels/rankupdatestile.h"

namespace td::recsys::kernels::detail {

// 32 zmm registers of 8 doubles: 8 accumulators (a row block of 32 factors meets 8, 16, 24 or
// 32 columns, so tiles of 8 leave no tail at the default factor count).
void addRankOneUpdatesAvx512(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    rankOneUpdatesTiled<8, 8>(a, f, y, t, pairs);
}

} // namespace td::recsys::kernels::detail
