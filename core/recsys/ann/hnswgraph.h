// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/itemfilter.h"
#include "recsys/ann/topk.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace td::recsys::ann {

/// Per-thread working memory of HnswGraph::search(): reused across calls so that a warm
/// search allocates nothing. Owned by one thread at a time.
struct GraphScratch
{
    /// Visit tag per graph node; 16 bits (as hnswlib's own visited lists) keep the table of a
    /// million-node graph at 2 MB, half the cache misses of 32-bit tags
    std::vector<std::uint16_t> visited;
    std::uint16_t epoch = 0; ///< tag of the current search
    std::vector<std::pair<float, std::uint32_t>> candidates; ///< min-heap (distance, node)
    std::vector<std::pair<float, std::uint32_t>> beam; ///< max-heap, the best `ef` so far
    std::vector<std::uint32_t> fresh; ///< the unvisited neighbours of the node being expanded
};

/// One hnswlib graph (0.6.2, header-only) over a set of item vectors, searched by inner product.
///
/// hnswlib builds the graph; the search is our own loop over hnswlib's public graph arrays
/// because hnswlib 0.6.2's searchKnn has no filter, allocates two priority queues per call and
/// bumps shared atomic counters on every hop (cache-line contention between threads). The
/// distance is -kernels::dotLanes() (fixed reduction order), so the graph and the visit order do
/// not depend on SIMD width or compiler flags; reported scores are rescored exactly.
///
/// Each node's TrackId, and its entry of the filter table searches use (copyFilterTable), sit
/// in hnswlib's label slot right after the node's vector: a search loads them with the vector
/// instead of from two million-entry tables (those dependent loads were a third of the search's
/// time at 1M × 1M).
///
/// Build is single-threaded, inserting in the given order, with node levels drawn from
/// td::base::Rng: the same vectors and seed give the same graph. Immutable after build();
/// search() is const and thread-safe with one GraphScratch per thread.
class HnswGraph
{
public:
    HnswGraph();
    ~HnswGraph();
    HnswGraph(HnswGraph &&) noexcept;
    HnswGraph &operator=(HnswGraph &&) noexcept;

    /// Inserts rows `rows[order[i]]` (row-major, `dim` floats) for i = 0..count-1 in that
    /// order; `ids[i]` is the TrackId reported for it. `m` and `efConstruction` are hnswlib's.
    void build(const float *rows, int dim, std::size_t count, const std::size_t *order,
        const TrackId *ids, int m, int efConstruction, std::uint64_t levelSeed, int entryPoints);

    /// Copies `availableFrom[id]` (an ann::ItemFilter table, one entry per TrackId) beside each
    /// node. A search whose filter uses this same table then reads the copy; any other filter
    /// reads its own table. The table's entries must not change while the graph serves (the
    /// catalogue's release days). Results are the same with or without the copy.
    void copyFilterTable(const Day *availableFrom);

    std::size_t size() const { return m_count; }

    /// Beam search of width `ef` (≥ 1) for the largest inner products with `query`, started
    /// from the node hnswlib's greedy descent reaches and from `entryPoints` seeds (see build)
    /// (`paddedQuery` is the same vector zero-padded to paddedDim(dim)); the best `take` nodes
    /// of the final beam are rescored exactly and offered to `top`. Items failing `allow` are
    /// walked through but never kept.
    void search(const float *query, const float *paddedQuery, int ef, int take,
        GraphScratch &scratch, TopK &top, ItemFilter allow) const;

    /// Offers every item, exactly scored, to `top` (used when k covers the whole graph).
    void scanAll(const float *query, TopK &top, ItemFilter allow) const;

    /// Bytes held by the graph (links, vectors, labels) and the seed list.
    std::size_t memoryBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::size_t m_count = 0;
    const Day *m_filterTable = nullptr; ///< the table copied into the labels, if any
    std::vector<std::uint32_t> m_seeds; ///< extra entry nodes: the highest-level nodes
    int m_dim = 0;
};

} // namespace td::recsys::ann
