// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/blockedmatrix.h"

#include "recsys/kernels/dotkernel.h"

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

void BlockedItemMatrix::scan(
    const float *query, TopK &top, const std::function<bool(TrackId)> *allow) const
{
    using Lanes = Eigen::Array<float, kLanes, 1>;
    using LanesMap = Eigen::Map<const Lanes, Eigen::Aligned16>;
    const std::size_t count = m_ids.size();
    const std::size_t blockFloats = std::size_t(m_dim) * kLanes;
    for (std::size_t b = 0, first = 0; first < count; ++b, first += kLanes) {
        const float *block = m_blocks.data() + b * blockFloats;
        // Lane l accumulates q[0]*y[0] + q[1]*y[1] + ... in index order: dotSequential().
        Lanes acc = Lanes::Zero();
        for (int d = 0; d < m_dim; ++d)
            acc += query[d] * LanesMap(block + std::size_t(d) * kLanes);
        const std::size_t lanes = std::min<std::size_t>(kLanes, count - first);
        for (std::size_t l = 0; l < lanes; ++l) {
            const TrackId id = m_ids[first + l];
            if (!top.wouldKeep(acc[Eigen::Index(l)], id))
                continue;
            if (allow && !(*allow)(id))
                continue;
            top.offer(acc[Eigen::Index(l)], id);
        }
    }
}

std::size_t BlockedItemMatrix::memoryBytes() const
{
    return m_blocks.capacity() * sizeof(float) + m_ids.capacity() * sizeof(TrackId);
}

} // namespace td::recsys::ann
