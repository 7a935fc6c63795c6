// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

/// Batched inner products (many users × many items at once) whose every score is
/// dotSequential() bit for bit, on whatever instruction set the machine has.
namespace td::recsys::kernels {

/// Items per packed block: the width of the SIMD accumulators (one AVX-512 register).
inline constexpr int kBlockItems = 16;

/// Instruction sets of the batched kernel. Every one computes the same bits (see scoreBlocks);
/// they differ only in speed. Chosen once at run time from what the CPU reports.
enum class Isa {
    Portable, ///< the compiler's baseline for the build (SSE2 on x86-64)
    Avx2, ///< 256-bit registers (x86-64 with AVX2)
    Avx512, ///< 512-bit registers (x86-64 with AVX-512F)
};

/// The fastest Isa that this CPU runs and this build contains.
Isa bestIsa();
/// Whether this CPU can run `isa` and this build contains it.
bool isaAvailable(Isa isa);
/// "portable", "avx2", "avx512".
const char *isaName(Isa isa);

/// Scores `rows` users against `blockCount` packed item blocks:
///
///     out[r * outStride + j] = dotSequential(users + r * userStride, item j, dim)
///
/// for r < rows and j < blockCount · kBlockItems, where item j is lane j % 16 of block j / 16.
/// Blocks are dimension-major: block b holds item lane l's coordinate d at
/// blocks[(b · dim + d) · kBlockItems + l]; `blocks` must be 64-byte aligned. Padding lanes
/// (zero vectors) score 0.
///
/// Why this is bit-identical everywhere: every score is accumulated in its own SIMD lane as
/// `s = 0; for d in 0..dim: s = s + x[d] · y[d]` with a rounded multiply and a rounded add
/// (no FMA contraction: -ffp-contract=off), i.e. exactly dotSequential's order. The kernel
/// vectorises across items and unrolls across users, never along d, so the register width and
/// the tile shape of an instruction set change which scores are computed together, never how
/// one score is summed. A GEMM library cannot promise that (Eigen splits the d sum by packet
/// size and cache block).
void scoreBlocks(Isa isa, const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride);

/// One query against `blockCount` packed blocks: out[j] = dotSequential(query, item j, dim),
/// the same bits as scoreBlocks() with one row, with a tile shaped for a single row (several
/// blocks at once, so the lanes' addition chains overlap). `out` holds blockCount · 16 floats.
/// The exact scan of the retrieval index (ann::BlockedItemMatrix) runs on it.
void scoreQuery(
    Isa isa, const float *query, const float *blocks, std::size_t blockCount, int dim, float *out);

/// kernels::dotLanes() (16 lane sums, then its fixed reduction tree) on the given instruction
/// set: the same bits as dotLanes() on every one, since each lane is one IEEE multiply and one
/// add per step and the reduction is written out. `n` is a multiple of 16. The hnswlib graphs
/// walk with it (ann::HnswGraph).
using LaneDotFunction = float (*)(const float *q, const float *y, int n);
LaneDotFunction laneDot(Isa isa);

namespace detail {
/// One entry point per instruction set (each compiled in its own translation unit with its
/// own target flags); same contract as scoreBlocks().
void scoreBlocksPortable(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride);
void scoreBlocksAvx2(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride);
void scoreBlocksAvx512(const float *users, std::size_t userStride, std::size_t rows,
    const float *blocks, std::size_t blockCount, int dim, float *out, std::size_t outStride);
void scoreQueryPortable(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out);
void scoreQueryAvx2(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out);
void scoreQueryAvx512(
    const float *query, const float *blocks, std::size_t blockCount, int dim, float *out);
float laneDotPortable(const float *q, const float *y, int n);
float laneDotAvx2(const float *q, const float *y, int n);
float laneDotAvx512(const float *q, const float *y, int n);
} // namespace detail

} // namespace td::recsys::kernels
