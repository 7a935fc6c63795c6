// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/kernels/rankupdates.h"

#include "recsys/kernels/rankupdatestile.h"

namespace td::recsys::kernels {

namespace detail {

// Baseline SSE2: 16 registers of 2 doubles, 8 of them accumulators.
void addRankOneUpdatesPortable(
    double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    rankOneUpdatesTiled<2, 8>(a, f, y, t, pairs);
}

#if !defined(TD_KERNELS_X86)
// Builds without the x86 translation units: never called (isaAvailable() says no).
void addRankOneUpdatesAvx2(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    addRankOneUpdatesPortable(a, f, y, t, pairs);
}
void addRankOneUpdatesAvx512(double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    addRankOneUpdatesPortable(a, f, y, t, pairs);
}
#endif

} // namespace detail

void addRankOneUpdates(
    Isa isa, double *a, int f, const double *y, const double *t, std::size_t pairs)
{
    if (!isaAvailable(isa))
        isa = Isa::Portable;
    switch (isa) {
    case Isa::Avx512:
        detail::addRankOneUpdatesAvx512(a, f, y, t, pairs);
        return;
    case Isa::Avx2:
        detail::addRankOneUpdatesAvx2(a, f, y, t, pairs);
        return;
    case Isa::Portable:
        break;
    }
    detail::addRankOneUpdatesPortable(a, f, y, t, pairs);
}

} // namespace td::recsys::kernels
