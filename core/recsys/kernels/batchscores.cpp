// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/kernels/batchscores.h"

#include "recsys/kernels/batchscorestile.h"

namespace td::recsys::kernels {

namespace detail {

// Baseline SSE2 has 16 registers of 4 floats: 3 users × 1 block (4 vectors) = 12 accumulators,
// 4 item vectors (some reloaded). Tile shapes here and below were picked by measurement
// (docs/als.md §9); they change speed only.
void scoreBlocksPortable(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksTiled<4, 3, 1>(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}

// One query: 2 blocks = 8 independent accumulators (the single-row addition chains overlap).
void scoreQueryPortable(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    scoreBlocksTiled<4, 1, 2>(query, 0, 1, blocks, blockCount, dim, out, 0);
}

float laneDotPortable(const float *q, const float *y, int n)
{
    return laneDot<4>(q, y, n);
}

#if !defined(TD_KERNELS_X86)
// Builds without the x86 translation units: never called (isaAvailable() says no).
void scoreBlocksAvx2(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksPortable(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}
void scoreBlocksAvx512(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    scoreBlocksPortable(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}
void scoreQueryAvx2(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    scoreQueryPortable(query, blocks, blockCount, dim, out);
}
void scoreQueryAvx512(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    scoreQueryPortable(query, blocks, blockCount, dim, out);
}
float laneDotAvx2(const float *q, const float *y, int n)
{
    return laneDotPortable(q, y, n);
}
float laneDotAvx512(const float *q, const float *y, int n)
{
    return laneDotPortable(q, y, n);
}
#endif

} // namespace detail

bool isaAvailable(Isa isa)
{
    switch (isa) {
    case Isa::Portable:
        return true;
#if defined(TD_KERNELS_X86)
    case Isa::Avx2:
        return __builtin_cpu_supports("avx2");
    case Isa::Avx512:
        return __builtin_cpu_supports("avx512f");
#else
    case Isa::Avx2:
    case Isa::Avx512:
        return false;
#endif
    }
    return false;
}

Isa bestIsa()
{
    static const Isa best = isaAvailable(Isa::Avx512) ? Isa::Avx512
        : isaAvailable(Isa::Avx2)                     ? Isa::Avx2
                                                      : Isa::Portable;
    return best;
}

const char *isaName(Isa isa)
{
    switch (isa) {
    case Isa::Portable:
        return "portable";
    case Isa::Avx2:
        return "avx2";
    case Isa::Avx512:
        return "avx512";
    }
    return "?";
}

void scoreBlocks(Isa isa, const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride)
{
    if (!isaAvailable(isa))
        isa = Isa::Portable;
    switch (isa) {
    case Isa::Avx512:
        detail::scoreBlocksAvx512(users, userStride, rows, blocks, blockCount, dim, out, outStride);
        return;
    case Isa::Avx2:
        detail::scoreBlocksAvx2(users, userStride, rows, blocks, blockCount, dim, out, outStride);
        return;
    case Isa::Portable:
        break;
    }
    detail::scoreBlocksPortable(users, userStride, rows, blocks, blockCount, dim, out, outStride);
}

void scoreQuery(
    Isa isa, const float *query, const float *blocks, std::size_t blockCount, int dim, float *out)
{
    if (!isaAvailable(isa))
        isa = Isa::Portable;
    switch (isa) {
    case Isa::Avx512:
        detail::scoreQueryAvx512(query, blocks, blockCount, dim, out);
        return;
    case Isa::Avx2:
        detail::scoreQueryAvx2(query, blocks, blockCount, dim, out);
        return;
    case Isa::Portable:
        break;
    }
    detail::scoreQueryPortable(query, blocks, blockCount, dim, out);
}

LaneDotFunction laneDot(Isa isa)
{
    if (!isaAvailable(isa))
        isa = Isa::Portable;
    switch (isa) {
    case Isa::Avx512:
        return &detail::laneDotAvx512;
    case Isa::Avx2:
        return &detail::laneDotAvx2;
    case Isa::Portable:
        break;
    }
    return &detail::laneDotPortable;
}

} // namespace td::recsys::kernels
