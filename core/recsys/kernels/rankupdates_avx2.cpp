// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Compiled with -mavx2 (and -ffp-contract=off); called only when the CPU has AVX2. Includes
// nothing with external inline functions (see batchscorestile.h).
#include "recsys/kernels/rankupdatestile.h"

namespace td::recsys::kernels::detail {

// 16 ymm registers of 4 doubles: 8 accumulators.
void addRankOneUpdatesAvx2(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    rankOneUpdatesTiled<4, 8>(a, f, y, t, pairs);
}

} // namespace td::recsys::kernels::detail
