// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/kernels/batchedtopk.h"

#include "base/threadpool.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <numeric>
#include <stdexcept>

namespace td::recsys::kernels {

namespace {

constexpr std::uint32_t kNoItem = 0xFFFFFFFFu;
/// Users per chunk of the thread pool (fixed: never derived from the thread count).
constexpr std::size_t kUsersPerChunk = 240;
/// Users scored together by one scoreBlocks() call (a multiple of every tile height).
constexpr std::size_t kGroupUsers = 24;
/// Blocks per panel: 256 items, 64 KB at 64 factors (stays in L2 while a group passes over it).
/// Thresholds are refreshed, and pruning decided, once per panel.
constexpr std::size_t kPanelBlocks = 16;

struct Candidate
{
    float score;
    std::uint32_t rank;
    std::uint32_t item;
};

/// Result order: higher score first, then smaller tie rank.
bool better(const Candidate &a, const Candidate &b)
{
    return a.score != b.score ? a.score > b.score : a.rank < b.rank;
}

/// Upper bound on the computed dotSequential(x, y) for ‖x‖ = xNorm, ‖y‖ <= yNorm: the exact
/// inner product is at most ‖x‖‖y‖ (Cauchy–Schwarz) and float summation of dim products adds
/// at most γ_dim·Σ|x_d y_d| <= γ_dim·‖x‖‖y‖ (Higham, Accuracy and Stability, eq. 3.5), with
/// γ_n = n·u / (1 − n·u), u = 2^-24. Doubled for the double-precision norms, plus an absolute
/// term for products that underflow.
double scoreBound(double xNorm, double yNorm, int dim)
{
    const double u = std::ldexp(1.0, -24);
    const double gamma = double(dim + 1) * u / (1.0 - double(dim + 1) * u);
    return xNorm * yNorm * (1.0 + 2.0 * gamma) + 1e-30;
}

double norm(const float *v, int dim)
{
    double s = 0.0;
    for (int d = 0; d < dim; ++d)
        s += double(v[d]) * double(v[d]);
    return std::sqrt(s);
}

} // namespace

void BatchedTopK::FreeDeleter::operator()(float *p) const
{
    std::free(p);
}

BatchedTopK::BatchedTopK(
    const float *items, std::size_t itemCount, int dim, std::vector<std::uint32_t> tieRank)
    : m_itemCount(itemCount), m_dim(dim)
{
    if (dim < 1)
        throw std::invalid_argument("BatchedTopK: dim must be >= 1");
    if (itemCount >= kNoItem)
        throw std::invalid_argument("BatchedTopK: too many items");
    if (!tieRank.empty() && tieRank.size() < itemCount)
        throw std::invalid_argument("BatchedTopK: tieRank must cover every item");
    std::vector<double> norms(itemCount);
    for (std::size_t i = 0; i < itemCount; ++i)
        norms[i] = norm(items + i * std::size_t(dim), dim);
    std::vector<std::uint32_t> order(itemCount);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
        [&](std::uint32_t a, std::uint32_t b) { return norms[a] > norms[b]; });

    m_blockCount = (itemCount + kBlockItems - 1) / kBlockItems;
    const std::size_t blockFloats = std::size_t(dim) * kBlockItems;
    const std::size_t bytes
        = std::max<std::size_t>(64, (m_blockCount * blockFloats * sizeof(float) + 63) / 64 * 64);
    m_blocks.reset(static_cast<float *>(std::aligned_alloc(64, bytes)));
    if (!m_blocks)
        throw std::bad_alloc();
    std::memset(m_blocks.get(), 0, bytes);
    m_laneItem.assign(m_blockCount * kBlockItems, kNoItem);
    m_laneRank.assign(m_blockCount * kBlockItems, kNoItem);
    m_blockMaxNorm.assign(m_blockCount, 0.0);
    for (std::size_t p = 0; p < itemCount; ++p) {
        const std::uint32_t item = order[p];
        const std::size_t block = p / kBlockItems, lane = p % kBlockItems;
        float *dst = m_blocks.get() + block * blockFloats + lane;
        const float *src = items + std::size_t(item) * std::size_t(dim);
        for (int d = 0; d < dim; ++d)
            dst[std::size_t(d) * kBlockItems] = src[d];
        m_laneItem[p] = item;
        m_laneRank[p] = tieRank.empty() ? item : tieRank[item];
        if (lane == 0)
            m_blockMaxNorm[block] = norms[item];
    }
}

BatchedTopK::Stats BatchedTopK::run(const float *users, std::size_t userCount,
    std::size_t userStride, const Params &params, const Excluded &excluded, const Sink &sink,
    base::ThreadPool *pool) const
{
    const std::size_t k = std::min(params.k, m_itemCount);
    const std::size_t blockFloats = std::size_t(m_dim) * kBlockItems;
    const std::size_t panelItems = kPanelBlocks * kBlockItems;
    const std::size_t chunks = (userCount + kUsersPerChunk - 1) / kUsersPerChunk;
    std::vector<Stats> chunkStats(chunks);

    auto runChunk = [&](std::size_t chunk) {
        const std::size_t begin = chunk * kUsersPerChunk;
        const std::size_t end = std::min(userCount, begin + kUsersPerChunk);
        std::vector<float> scores(kGroupUsers * panelItems);
        std::vector<Candidate> heaps(kGroupUsers * std::max<std::size_t>(k, 1));
        std::vector<std::size_t> heapSize(kGroupUsers);
        std::vector<double> userNorm(kGroupUsers);
        std::vector<ItemScore> answer(k);
        Stats &stats = chunkStats[chunk];
        for (std::size_t g0 = begin; g0 < end; g0 += kGroupUsers) {
            const std::size_t rows = std::min(kGroupUsers, end - g0);
            for (std::size_t r = 0; r < rows; ++r) {
                heapSize[r] = 0;
                userNorm[r] = norm(users + (g0 + r) * userStride, m_dim);
            }
            stats.pairsTotal += std::uint64_t(rows) * m_itemCount;
            for (std::size_t p0 = 0; p0 < m_blockCount && k > 0; p0 += kPanelBlocks) {
                // Blocks of this panel that some user of the group may still need.
                std::size_t needed = std::min(kPanelBlocks, m_blockCount - p0);
                if (params.prune) {
                    std::size_t n = 0;
                    for (; n < needed; ++n) {
                        bool any = false;
                        for (std::size_t r = 0; r < rows && !any; ++r) {
                            any = heapSize[r] < k
                                || !(scoreBound(userNorm[r], m_blockMaxNorm[p0 + n], m_dim)
                                    < double(heaps[r * k].score));
                        }
                        if (!any)
                            break;
                    }
                    needed = n;
                }
                if (needed == 0)
                    break; // every later block has a smaller norm bound
                scoreBlocks(params.isa, users + g0 * userStride, userStride, rows,
                    m_blocks.get() + p0 * blockFloats, needed, m_dim, scores.data(), panelItems);
                stats.pairsScored += std::uint64_t(rows) * needed * kBlockItems;
                const std::size_t lanes = needed * kBlockItems;
                for (std::size_t r = 0; r < rows; ++r) {
                    Candidate *heap = heaps.data() + r * k;
                    std::size_t &size = heapSize[r];
                    const float *row = scores.data() + r * panelItems;
                    float threshold
                        = size < k ? -std::numeric_limits<float>::infinity() : heap[0].score;
                    for (std::size_t j = 0; j < lanes; ++j) {
                        const float s = row[j];
                        if (!(s >= threshold))
                            continue; // also drops NaN
                        const std::size_t lane = p0 * kBlockItems + j;
                        const Candidate c { s, m_laneRank[lane], m_laneItem[lane] };
                        if (c.item == kNoItem || (size == k && !better(c, heap[0])))
                            continue;
                        if (excluded && excluded(g0 + r, c.item))
                            continue;
                        if (size == k) {
                            std::pop_heap(heap, heap + size, better);
                            heap[size - 1] = c;
                        } else {
                            heap[size++] = c;
                        }
                        std::push_heap(heap, heap + size, better);
                        if (size == k)
                            threshold = heap[0].score;
                    }
                }
            }
            for (std::size_t r = 0; r < rows; ++r) {
                Candidate *heap = heaps.data() + r * k;
                std::sort(heap, heap + heapSize[r], better);
                for (std::size_t i = 0; i < heapSize[r]; ++i)
                    answer[i] = ItemScore { heap[i].item, heap[i].score };
                sink(g0 + r, answer.data(), heapSize[r]);
            }
        }
    };
    if (pool && chunks > 1)
        pool->forEachChunk(chunks, runChunk);
    else
        for (std::size_t c = 0; c < chunks; ++c)
            runChunk(c);
    Stats total;
    for (const Stats &s : chunkStats) {
        total.pairsScored += s.pairsScored;
        total.pairsTotal += s.pairsTotal;
    }
    return total;
}

} // namespace td::recsys::kernels
