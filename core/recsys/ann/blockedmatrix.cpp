// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/blockedmatrix.h"

#include "recsys/kernels/batchscores.h"
#include "recsys/kernels/dotkernel.h"

#include <algorithm>

namespace td::recsys::ann {

using kernels::kLanes;

void BlockedItemMatrix::assign(
    const float *rows, int dim, std::size_t count, const std::size_t *order, const TrackId *ids)
{
    m_dim = dim;
    const std::size_t blocks = (count + kLanes - 1) / kLanes;
    // Padding lanes of the last block stay zero; scan() never reports them.
    m_blocks.assign(blocks * std::size_t(dim) * kLanes, 0.0f);
    m_ids.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t row = order ? order[i] : i;
        m_ids[i] = ids ? ids[i] : TrackId(row);
        const float *src = rows + row * std::size_t(dim);
        float *block = m_blocks.data() + (i / kLanes) * std::size_t(dim) * kLanes;
        const std::size_t lane = i % kLanes;
        for (int d = 0; d < dim; ++d)
            block[std::size_t(d) * kLanes + lane] = src[d];
    }
}

void BlockedItemMatrix::scan(const float *query, TopK &top, ItemFilter allow) const
{
    // Panels of kPanelBlocks blocks are scored by the batched kernel on the CPU's fastest
    // instruction set (every score is dotSequential()'s bits on each), then offered in order.
    constexpr std::size_t kPanelBlocks = 16;
    float scores[kPanelBlocks * kLanes];
    const kernels::Isa isa = kernels::bestIsa();
    const std::size_t count = m_ids.size();
    const std::size_t blockCount = (count + kLanes - 1) / kLanes;
    const std::size_t blockFloats = std::size_t(m_dim) * kLanes;
    for (std::size_t b = 0; b < blockCount; b += kPanelBlocks) {
        const std::size_t blocks = std::min(kPanelBlocks, blockCount - b);
        kernels::scoreQuery(isa, query, m_blocks.data() + b * blockFloats, blocks, m_dim, scores);
        const std::size_t first = b * kLanes;
        const std::size_t items = std::min(blocks * kLanes, count - first);
        for (std::size_t i = 0; i < items; ++i) {
            const TrackId id = m_ids[first + i];
            if (!top.wouldKeep(scores[i], id))
                continue;
            if (!allow.allows(id))
                continue;
            top.offer(scores[i], id);
        }
    }
}

std::size_t BlockedItemMatrix::memoryBytes() const
{
    return m_blocks.capacity() * sizeof(float) + m_ids.capacity() * sizeof(TrackId);
}

} // namespace td::recsys::ann
