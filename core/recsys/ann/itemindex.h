// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/blockedmatrix.h"
#include "recsys/ann/hnswgraph.h"
#include "recsys/ann/itemfilter.h"
#include "recsys/ann/scoreditem.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

/// Working memory of ItemIndex::search(), one per worker thread, reused across calls (and
/// across indexes): after the first few calls a search allocates nothing.
class SearchScratch
{
public:
    SearchScratch() = default;

    /// Norm buckets the last search looked into, and how many of them through a graph
    /// (the rest were pruned by the norm bound).
    std::size_t lastBucketsSearched() const { return m_bucketsSearched; }
    std::size_t lastGraphsSearched() const { return m_graphsSearched; }

private:
    friend class ItemIndex;
    std::size_t m_bucketsSearched = 0;
    std::size_t m_graphsSearched = 0;
    std::vector<float> m_paddedQuery;
    std::vector<ScoredItem> m_top;
    ann::GraphScratch m_graph;
};

/// Retrieval stage: top-k maximum-inner-product search over ALS item factors.
///
/// Why not one hnswlib `ip` index: ALS item norms spread ~100× and an inner-product graph over
/// all of them plateaus near recall 0.9 (docs/retrieval.md). So items are sorted by norm and cut
/// into buckets whose norms differ at most `bucketNormRatio`×. Inside a bucket inner product
/// behaves almost like cosine and an hnswlib graph works well when its beam search starts from
/// many seed nodes (taste clusters are nearly orthogonal) and over-fetches k·overfetch
/// candidates that are then rescored exactly. Buckets are searched from the largest norm down,
/// and a bucket is skipped (with all after it) once the k-th best score beats its
/// Cauchy–Schwarz bound ‖q‖·max‖y‖: the answer is usually in the first few buckets.
/// A bucket with fewer than `exactBelow` items is scanned exactly instead (a blocked SIMD scan
/// that is cheaper than a graph walk there); a catalogue that small is searched exactly, and
/// that path returns exactly the brute-force top k.
///
/// Scores are exact: every reported score is kernels::dotSequential(query, item) (the plain loop
/// `s += q[d] * y[d]` in float), results sorted by score descending, ties by lower id.
///
/// Determinism: build() inserts each bucket's items single-threaded in a fixed order (norm
/// descending, then id) with graph levels from td::base::Rng(seed); buckets are independent,
/// so building them on a thread pool gives the same index. Same factors + Params → same results.
///
/// Threads: build() on one thread (optionally fanning out over a pool); afterwards the index is
/// immutable and search() may run concurrently on any number of threads, one SearchScratch each.
/// The index does not grow: rebuild it after each retrain (factors change) and when tracks are
/// released (pass `include`); see docs/retrieval.md for build times.
class ItemIndex
{
public:
    struct Params
    {
        int m = 16; ///< hnswlib M: links per node per layer (2M on layer 0); 4..64
        int efConstruction = 100; ///< hnswlib beam width while inserting; ≥ m
        int ef = 64; ///< beam width per searched graph bucket; raised to k·overfetch if lower
        int overfetch = 2; ///< each graph bucket yields k·overfetch candidates, rescored exactly
        int entryPoints = 256; ///< extra start nodes per graph bucket (highest-level nodes)
        std::size_t exactBelow = 8000; ///< buckets (and catalogues) smaller than this: exact scan
        double bucketNormRatio = 2.0; ///< max/min item norm inside one bucket; > 1
        std::size_t minBucketSize = 64; ///< a bucket grows past its norm range to this size
        std::uint64_t seed = 0x7a57ed21f7ull; ///< graph level draws (td::base::Rng stream)
    };

    /// Builds over `itemCount` rows of `dim` floats (row-major) at `itemFactors`; row i is
    /// TrackId i. Rows `include` rejects (e.g. not yet released) are left out. The factors are
    /// copied. With `pool`, buckets are built in parallel (same result as without).
    void build(const float *itemFactors, std::size_t itemCount, int dim, const Params &params,
        ann::ItemFilter include = {}, base::ThreadPool *pool = nullptr);

    /// The k items with the largest inner product with `query` (`dim` floats), best first, in
    /// `out` (replaced). Only items `allow` lets through are returned; fewer than k when fewer
    /// pass. Thread-safe; allocation-free once `scratch` is warm.
    void search(const float *query, int k, SearchScratch &scratch, std::vector<ScoredItem> &out,
        ann::ItemFilter allow = {}) const;
    /// Same with a temporary scratch (allocates; for tests and one-off calls).
    void search(
        const float *query, int k, std::vector<ScoredItem> &out, ann::ItemFilter allow = {}) const;

    /// The exact top k of the same vectors and filter: every bucket scanned in full, graphs
    /// included (the reference ann_recall compares search() with; docs/retrieval.md).
    void exactSearch(
        const float *query, int k, std::vector<ScoredItem> &out, ann::ItemFilter allow = {}) const;

    /// Copies the entries of an ann::ItemFilter table (one per TrackId, e.g. the catalogue's
    /// release days) beside each graph node: searches filtered by this same table then read
    /// the node's copy instead of two dependent loads from million-entry tables. Same results
    /// either way; the table's entries must not change while the index serves. Not while
    /// searches run.
    void copyFilterTable(const Day *availableFrom);

    /// Changes the search-time parameters (ef, overfetch ≥ 1) without rebuilding. Not while
    /// searches run: call it where the index is frozen for the day.
    void setSearchParams(int ef, int overfetch);

    std::size_t size() const { return m_size; }
    int dim() const { return m_dim; }
    const Params &params() const { return m_params; }

    /// Norm buckets, largest norms first (for reports and tests).
    std::size_t bucketCount() const { return m_buckets.size(); }
    std::size_t bucketSize(std::size_t b) const;
    bool bucketIsGraph(std::size_t b) const { return m_buckets[b].graph; }
    double bucketMaxNorm(std::size_t b) const { return m_buckets[b].maxNorm; }
    /// Bytes held by vectors, graphs and id tables.
    std::size_t memoryBytes() const;

private:
    struct Bucket
    {
        double maxNorm = 0.0; ///< largest ‖y‖ in the bucket (buckets sorted by it, descending)
        bool graph = false;
        ann::BlockedItemMatrix exact;
        ann::HnswGraph hnsw;
    };

    Params m_params;
    int m_dim = 0;
    std::size_t m_size = 0;
    std::vector<Bucket> m_buckets;
};

} // namespace td::recsys
