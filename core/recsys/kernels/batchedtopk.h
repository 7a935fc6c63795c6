// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/kernels/batchscores.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::kernels {

/// One item of a top-k answer: its index and its canonical score (dotSequential()).
struct ItemScore
{
    std::uint32_t item = 0;
    float score = 0.0f;
};

/// Exact top-k maximum inner product for many users at once (e.g. every user of an ALS model),
/// blocked like a matrix product and pruned by norm bounds.
///
/// Items are sorted by norm (largest first) and packed into blocks of kBlockItems; users are
/// scored in groups against panels of blocks by scoreBlocks() (a GEMM whose every element is
/// summed in dotSequential()'s order), and each user keeps a bounded heap of its k best. Before
/// a panel is scored, the blocks whose Cauchy–Schwarz bound ‖x_u‖·max‖y‖ (widened by the float
/// rounding bound γ_dim) is below the current k-th score of every user of the group are
/// skipped, and with them every later block (norms only decrease): the same pruning as
/// ItemIndex's norm buckets, and it never changes the answer.
///
/// The answer is exactly the brute-force one: for each user the k items with the largest
/// dotSequential(x_u, y_i) among those not excluded, ties by smaller tieRank[item] (by item
/// index without tieRank), best first, scores bit for bit. Items whose score is NaN are never
/// returned. Fewer than k when fewer items are allowed. Since every score is canonical and the
/// order is total, neither the thread count, the chunking nor the instruction set can change
/// a result.
///
/// Threads: the object is immutable after construction; run() may be called from several
/// threads at once and fans out over a pool (fixed user chunks).
class BatchedTopK
{
public:
    struct Params
    {
        std::size_t k = 10; ///< items per user
        Isa isa = bestIsa(); ///< kernel instruction set: speed only, never results
        bool prune = true; ///< skip blocks by the norm bound (off: score every pair)
    };

    /// Work done by one run(), for reports.
    struct Stats
    {
        std::uint64_t pairsScored = 0; ///< (user, item) scores computed, padding included
        std::uint64_t pairsTotal = 0; ///< users × items: what scoring everything costs
    };

    /// Returns whether `item` must be left out of `user`'s answer (e.g. already played).
    /// Called only for items that would enter the user's current top k; from worker threads.
    using Excluded = std::function<bool(std::size_t user, std::uint32_t item)>;
    /// Receives a user's answer, best first; called once per user from a worker thread.
    using Sink = std::function<void(std::size_t user, const ItemScore *best, std::size_t n)>;

    /// Packs `itemCount` rows of `dim` floats at `items` (row-major, stride `dim`; copied).
    /// `tieRank` (empty, or one entry per item) orders equal scores.
    BatchedTopK(const float *items, std::size_t itemCount, int dim,
        std::vector<std::uint32_t> tieRank = {});

    std::size_t itemCount() const { return m_itemCount; }
    int dim() const { return m_dim; }

    /// Answers users 0 .. userCount−1 (rows of `dim` floats at `users`, stride `userStride`).
    /// `excluded` may be empty. Exceptions thrown by the callbacks propagate.
    Stats run(const float *users, std::size_t userCount, std::size_t userStride,
        const Params &params, const Excluded &excluded, const Sink &sink,
        base::ThreadPool *pool = nullptr) const;

private:
    struct FreeDeleter
    {
        void operator()(float *p) const;
    };

    std::size_t m_itemCount = 0;
    int m_dim = 0;
    std::size_t m_blockCount = 0;
    std::unique_ptr<float[], FreeDeleter> m_blocks; ///< 64-byte aligned, see scoreBlocks()
    std::vector<std::uint32_t> m_laneItem; ///< item of each packed lane, kNoItem for padding
    std::vector<std::uint32_t> m_laneRank; ///< its tie rank
    std::vector<double> m_blockMaxNorm; ///< largest ‖y‖ in each block, non-increasing
};

} // namespace td::recsys::kernels
