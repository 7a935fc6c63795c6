// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/itemindex.h"

#include "base/rng.h"
#include "base/threadpool.h"
#include "recsys/kernels/dotkernel.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace td::recsys {

namespace {

/// Entity of the graph-level streams under Purpose::Model ("ANN" in the high bytes), so they
/// never coincide with per-item or per-listener model streams.
constexpr std::uint64_t kLevelStreamEntity = 0x414e4e0000000000ull;

double norm(const float *v, int dim)
{
    double s = 0.0;
    for (int d = 0; d < dim; ++d)
        s += double(v[d]) * double(v[d]);
    return std::sqrt(s);
}

void validate(int dim, const ItemIndex::Params &p)
{
    if (dim <= 0)
        throw std::invalid_argument("ItemIndex: dim must be positive");
    if (p.m < 2 || p.efConstruction < 1 || p.ef < 1 || p.overfetch < 1)
        throw std::invalid_argument("ItemIndex: m ≥ 2, efConstruction, ef, overfetch ≥ 1");
    if (!(p.bucketNormRatio > 1.0) || p.minBucketSize < 1)
        throw std::invalid_argument("ItemIndex: bucketNormRatio > 1, minBucketSize ≥ 1");
}

} // namespace

void ItemIndex::build(const float *itemFactors, std::size_t itemCount, int dim,
    const Params &params, ann::ItemFilter include, base::ThreadPool *pool)
{
    validate(dim, params);
    m_params = params;
    m_dim = dim;
    m_buckets.clear();

    std::vector<std::size_t> rows;
    rows.reserve(itemCount);
    for (std::size_t i = 0; i < itemCount; ++i)
        if (include.allows(TrackId(i)))
            rows.push_back(i);
    m_size = rows.size();
    std::vector<double> norms(itemCount, 0.0);
    for (std::size_t row : rows)
        norms[row] = norm(itemFactors + row * std::size_t(dim), dim);
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        return norms[a] > norms[b] || (norms[a] == norms[b] && a < b);
    });

    // Cut the norm-sorted rows into buckets of at most bucketNormRatio× norm spread, each of at
    // least minBucketSize items (a short tail joins the bucket before it).
    struct Range
    {
        std::size_t begin, end;
    };
    std::vector<Range> ranges;
    const std::size_t n = rows.size();
    for (std::size_t begin = 0; begin < n;) {
        const double floorNorm = norms[rows[begin]] / params.bucketNormRatio;
        std::size_t end = begin;
        while (end < n && (end - begin < params.minBucketSize || norms[rows[end]] >= floorNorm))
            ++end;
        if (n - end < params.minBucketSize)
            end = n;
        ranges.push_back({ begin, end });
        begin = end;
    }

    m_buckets.resize(ranges.size());
    std::vector<TrackId> ids(n);
    for (std::size_t i = 0; i < n; ++i)
        ids[i] = TrackId(rows[i]);
    const auto buildBucket = [&](std::size_t b) {
        Bucket &bucket = m_buckets[b];
        const Range r = ranges[b];
        const std::size_t count = r.end - r.begin;
        bucket.maxNorm = norms[rows[r.begin]];
        bucket.graph = count >= params.exactBelow;
        if (bucket.graph) {
            const std::uint64_t levelSeed
                = base::streamSeed(params.seed, base::Purpose::Model, kLevelStreamEntity + b, 0);
            bucket.hnsw.build(itemFactors, dim, count, rows.data() + r.begin, ids.data() + r.begin,
                params.m, params.efConstruction, levelSeed, params.entryPoints);
        } else {
            bucket.exact.assign(
                itemFactors, dim, count, rows.data() + r.begin, ids.data() + r.begin);
        }
    };
    if (pool && pool->threadCount() > 1) {
        pool->forEachChunk(ranges.size(), buildBucket);
    } else {
        for (std::size_t b = 0; b < ranges.size(); ++b)
            buildBucket(b);
    }
}

void ItemIndex::search(const float *query, int k, SearchScratch &scratch,
    std::vector<ScoredItem> &out, ann::ItemFilter allow) const
{
    out.clear();
    scratch.m_bucketsSearched = scratch.m_graphsSearched = 0;
    if (k <= 0 || m_size == 0)
        return;
    const int padded = kernels::paddedDim(m_dim);
    scratch.m_paddedQuery.assign(std::size_t(padded), 0.0f);
    std::copy(query, query + m_dim, scratch.m_paddedQuery.begin());
    const float *paddedQuery = scratch.m_paddedQuery.data();

    // Cauchy–Schwarz: q·y ≤ ‖q‖‖y‖; the slack covers float rounding of the scores (each at most
    // dim·ε·‖q‖‖y‖ off), so a skipped bucket provably holds no item that would enter the top k.
    const double queryNorm = norm(query, m_dim);
    const double slack = 1.0 + 4.0 * m_dim * double(FLT_EPSILON);
    const long long take
        = std::min<long long>((long long)k * m_params.overfetch, std::numeric_limits<int>::max());

    ann::TopK top(scratch.m_top, k);
    for (const Bucket &bucket : m_buckets) {
        if (top.full() && double(top.worstScore()) > queryNorm * bucket.maxNorm * slack)
            break;
        ++scratch.m_bucketsSearched;
        scratch.m_graphsSearched += bucket.graph ? 1 : 0;
        if (!bucket.graph)
            bucket.exact.scan(query, top, allow);
        else if (take >= (long long)bucket.hnsw.size())
            bucket.hnsw.scanAll(query, top, allow);
        else
            bucket.hnsw.search(query, paddedQuery, std::max(m_params.ef, int(take)), int(take),
                scratch.m_graph, top, allow);
    }
    top.finish(out);
}

void ItemIndex::search(
    const float *query, int k, std::vector<ScoredItem> &out, ann::ItemFilter allow) const
{
    SearchScratch scratch;
    search(query, k, scratch, out, allow);
}

void ItemIndex::exactSearch(
    const float *query, int k, std::vector<ScoredItem> &out, ann::ItemFilter allow) const
{
    out.clear();
    if (k <= 0 || m_size == 0)
        return;
    std::vector<ScoredItem> scratch;
    ann::TopK top(scratch, k);
    for (const Bucket &bucket : m_buckets) {
        if (bucket.graph)
            bucket.hnsw.scanAll(query, top, allow);
        else
            bucket.exact.scan(query, top, allow);
    }
    top.finish(out);
}

void ItemIndex::copyFilterTable(const Day *availableFrom)
{
    for (Bucket &bucket : m_buckets) {
        if (bucket.graph)
            bucket.hnsw.copyFilterTable(availableFrom);
    }
}

void ItemIndex::setSearchParams(int ef, int overfetch)
{
    if (ef < 1 || overfetch < 1)
        throw std::invalid_argument("ItemIndex: ef, overfetch ≥ 1");
    m_params.ef = ef;
    m_params.overfetch = overfetch;
}

std::size_t ItemIndex::bucketSize(std::size_t b) const
{
    return m_buckets[b].graph ? m_buckets[b].hnsw.size() : m_buckets[b].exact.size();
}

std::size_t ItemIndex::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const Bucket &b : m_buckets)
        bytes += b.graph ? b.hnsw.memoryBytes() : b.exact.memoryBytes();
    return bytes;
}

} // namespace td::recsys
