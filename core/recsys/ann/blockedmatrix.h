// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/itemfilter.h"
#include "recsys/ann/topk.h"

#include <Eigen/Core>

#include <cstddef>
#include <vector>

namespace td::recsys::ann {

/// Item vectors stored for exact scoring: blocks of kernels::kLanes items, each block
/// dimension-major (block[d * kLanes + lane]), so one pass over a block computes kLanes inner
/// products with elementwise SIMD. Each lane adds its products in index order, so every score
/// equals dotSequential() bit for bit: the exact path is a naive loop, only faster.
///
/// Immutable after assign(); scan() is const and may run on several threads at once.
class BlockedItemMatrix
{
public:
    /// Copies `count` rows of `dim` floats (row-major, row stride `dim`) at `rows[order[i]]`,
    /// and remembers `ids[i]` as the TrackId of row i. `order == nullptr` takes rows 0..count-1;
    /// `ids == nullptr` uses the row index as the id.
    void assign(const float *rows, int dim, std::size_t count, const std::size_t *order,
        const TrackId *ids);

    std::size_t size() const { return m_ids.size(); }
    int dim() const { return m_dim; }
    TrackId id(std::size_t i) const { return m_ids[i]; }

    /// Offers every item's exact score to `top`; items failing `allow` are skipped (the
    /// filter is only read for items that would enter the top).
    void scan(const float *query, TopK &top, ItemFilter allow) const;

    /// Bytes held (vectors and ids).
    std::size_t memoryBytes() const;

private:
    int m_dim = 0;
    std::vector<float, Eigen::aligned_allocator<float>> m_blocks;
    std::vector<TrackId> m_ids;
};

} // namespace td::recsys::ann
