// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/hnswgraph.h"

#include "base/hugepages.h"
#include "base/rng.h"
#include "recsys/kernels/batchscores.h"
#include "recsys/kernels/dotkernel.h"

// hnswlib.h defines non-inline functions (cpuid, AVXCapable, ...): include it in exactly one
// translation unit of the program, this one.
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

namespace td::recsys::ann {

using kernels::dotSequential;
using kernels::paddedDim;

namespace {

/// hnswlib space whose "distance" is the negated lane inner product on padded vectors, on the
/// fastest instruction set the CPU has (kernels::laneDot: dotLanes()'s bits on every one, so
/// the graph is the same on every machine).
class LaneInnerProductSpace final : public hnswlib::SpaceInterface<float>
{
public:
    explicit LaneInnerProductSpace(int padded)
        : m_param { int(padded), kernels::laneDot(kernels::bestIsa()) }
    { }
    std::size_t get_data_size() override { return std::size_t(m_param.padded) * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return &distance; }
    void *get_dist_func_param() override { return &m_param; }

private:
    struct Param
    {
        int padded;
        kernels::LaneDotFunction dot;
    };
    static float distance(const void *a, const void *b, const void *param)
    {
        const auto *p = static_cast<const Param *>(param);
        return -p->dot(static_cast<const float *>(a), static_cast<const float *>(b), p->padded);
    }
    Param m_param;
};

using Node = std::pair<float, std::uint32_t>; // (distance, internal id): a total order

/// Replaces the top of a non-empty max-heap of nodes with `node` (which must not be above
/// it) and sifts it down: std::pop_heap then std::push_heap in one pass.
void replaceWorst(std::vector<Node> &heap, const Node &node)
{
    const std::size_t size = heap.size();
    std::size_t at = 0;
    for (;;) {
        std::size_t child = 2 * at + 1;
        if (child >= size)
            break;
        if (child + 1 < size && heap[child] < heap[child + 1])
            ++child;
        if (!(node < heap[child]))
            break;
        heap[at] = heap[child];
        at = child;
    }
    heap[at] = node;
}

} // namespace

struct HnswGraph::Impl
{
    explicit Impl(int padded) : space(padded) { }
    LaneInnerProductSpace space; // must outlive `index`, which keeps its function and param
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> index;

    const float *vector(std::uint32_t node) const
    {
        return reinterpret_cast<const float *>(index->getDataByInternalId(node));
    }

    // A node's label slot (8 bytes after its vector, hnswlib's labeltype) holds its TrackId in
    // the low half and its filter-table entry in the high half. hnswlib's own label map still
    // maps the insertion index; it is only read by calls this class never makes after build.
    static hnswlib::labeltype pack(TrackId id, Day availableFrom)
    {
        return hnswlib::labeltype(id) | (hnswlib::labeltype(std::uint32_t(availableFrom)) << 32);
    }
    TrackId id(std::uint32_t node) const { return TrackId(index->getExternalLabel(node)); }
    Day availableFrom(std::uint32_t node) const
    {
        return Day(std::uint32_t(index->getExternalLabel(node) >> 32));
    }
};

HnswGraph::HnswGraph() = default;
HnswGraph::~HnswGraph() = default;
HnswGraph::HnswGraph(HnswGraph &&) noexcept = default;
HnswGraph &HnswGraph::operator=(HnswGraph &&) noexcept = default;

void HnswGraph::build(const float *rows, int dim, std::size_t count, const std::size_t *order,
    const TrackId *ids, int m, int efConstruction, std::uint64_t levelSeed, int entryPoints)
{
    m_dim = dim;
    m_count = count;
    m_filterTable = nullptr;
    const int padded = paddedDim(dim);
    m_impl = std::make_unique<Impl>(padded);
    m_impl->index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&m_impl->space,
        std::max<std::size_t>(count, 1), std::size_t(m), std::size_t(efConstruction),
        std::size_t(levelSeed & 0x7fffffffu));
    auto &index = *m_impl->index;
    // Levels come from our own stream: hnswlib draws them with std::uniform_real_distribution,
    // whose algorithm belongs to the standard library. With mult_ = 0 hnswlib's own draw is
    // always level 0, and a positive level passed to addPoint() overrides it.
    const double mult = 1.0 / std::log(double(std::max(m, 2)));
    index.mult_ = 0.0;
    base::Rng rng(levelSeed);
    std::vector<float> buffer(std::size_t(padded), 0.0f);
    for (std::size_t i = 0; i < count; ++i) {
        const float *src = rows + order[i] * std::size_t(dim);
        std::copy(src, src + dim, buffer.begin());
        const int level = int(-std::log(1.0 - rng.uniform()) * mult);
        const auto node = index.addPoint(buffer.data(), hnswlib::labeltype(i), level);
        if (node != i)
            throw std::logic_error("HnswGraph: hnswlib node ids must follow insertion order");
        index.setExternalLabel(node, Impl::pack(ids[i], 0));
    }
    // Seeds: the nodes of the highest levels (a random sample, as levels are random). Inner
    // products between unrelated taste clusters are ~0, so a walk from one entry point often
    // cannot find the query's cluster; starting from many spread-out nodes fixes that cheaply.
    m_seeds.resize(count);
    for (std::uint32_t i = 0; i < count; ++i)
        m_seeds[i] = i;
    std::stable_sort(m_seeds.begin(), m_seeds.end(), [&](std::uint32_t a, std::uint32_t b) {
        return index.element_levels_[a] > index.element_levels_[b];
    });
    m_seeds.resize(std::min(count, std::size_t(std::max(entryPoints, 0))));
    m_seeds.shrink_to_fit();
    // Searches read it at random: 2 MB pages (memory only; the same graph).
    base::adviseHugePages(
        index.data_level0_memory_, index.max_elements_ * index.size_data_per_element_);
}

void HnswGraph::copyFilterTable(const Day *availableFrom)
{
    m_filterTable = availableFrom;
    for (std::uint32_t node = 0; node < m_count; ++node) {
        const TrackId id = m_impl->id(node);
        m_impl->index->setExternalLabel(
            node, Impl::pack(id, availableFrom ? availableFrom[id] : 0));
    }
}

void HnswGraph::search(const float *query, const float *paddedQuery, int ef, int take,
    GraphScratch &s, TopK &top, ItemFilter allow) const
{
    if (m_count == 0 || take <= 0)
        return;
    const auto &index = *m_impl->index;
    const int padded = paddedDim(m_dim);
    const kernels::LaneDotFunction dot = kernels::laneDot(kernels::bestIsa());
    const auto distance
        = [&](std::uint32_t node) { return -dot(paddedQuery, m_impl->vector(node), padded); };

    // Greedy descent through the upper layers, as hnswlib's searchKnn.
    std::uint32_t current = index.enterpoint_node_;
    float currentDistance = distance(current);
    for (int level = index.maxlevel_; level > 0; --level) {
        for (bool changed = true; changed;) {
            changed = false;
            const unsigned *links = index.get_linklist(current, level);
            const int count = index.getListCount(const_cast<unsigned *>(links));
            for (int j = 1; j <= count; ++j) {
                const float d = distance(links[j]);
                if (d < currentDistance) {
                    currentDistance = d;
                    current = links[j];
                    changed = true;
                }
            }
        }
    }

    // Layer 0: hnswlib's searchBaseLayerST with a filter treated like its deleted marks
    // (walk through disallowed nodes, keep searching until the beam holds ef allowed ones).
    if (s.visited.size() < m_count)
        s.visited.assign(std::max(s.visited.size(), m_count), std::uint16_t(0));
    if (++s.epoch == 0) {
        std::fill(s.visited.begin(), s.visited.end(), std::uint16_t(0));
        s.epoch = 1;
    }
    const bool filterCopied = allow.active() && allow.availableFrom == m_filterTable;
    const auto allowed = [&](std::uint32_t node) {
        return filterCopied ? m_impl->availableFrom(node) <= allow.day
                            : allow.allows(m_impl->id(node));
    };
    const std::size_t width = std::size_t(std::max(ef, 1));
    auto &candidates = s.candidates;
    auto &beam = s.beam;
    candidates.clear();
    beam.clear();
    const std::greater<Node> closestFirst;
    // The beam keeps the best `width` allowed nodes; disallowed ones are still walked through.
    // A full beam takes a better node in place of its worst with one sift-down (a push and a
    // pop before): the same set of nodes, and only the set is read (its worst, then sorted).
    const auto keep = [&](std::uint32_t node, float d) {
        if (!allowed(node))
            return;
        const Node added(d, node);
        if (beam.size() < width) {
            beam.push_back(added);
            std::push_heap(beam.begin(), beam.end());
        } else if (added < beam.front()) {
            replaceWorst(beam, added);
        }
    };
    const auto seed = [&](std::uint32_t node, float d) {
        if (s.visited[node] == s.epoch)
            return;
        s.visited[node] = s.epoch;
        candidates.emplace_back(d, node);
        std::push_heap(candidates.begin(), candidates.end(), closestFirst);
        keep(node, d);
    };
    seed(current, currentDistance);
    for (std::uint32_t node : m_seeds)
        seed(node, distance(node));
    float bound = beam.empty() ? std::numeric_limits<float>::infinity() : beam.front().first;
    // A node's vector and its label (id and filter entry) lie back to back, rarely aligned to
    // a cache line: prefetch every line they touch.
    const std::size_t nodeBytes = std::size_t(padded) * sizeof(float) + sizeof(hnswlib::labeltype);
    const auto prefetchNode = [&](std::uint32_t node) {
        const auto first = reinterpret_cast<std::uintptr_t>(m_impl->vector(node));
        for (std::uintptr_t line = first & ~std::uintptr_t(63); line < first + nodeBytes;
             line += 64)
            __builtin_prefetch(reinterpret_cast<const void *>(line));
    };
    const std::size_t linkBytes = index.size_links_level0_;
    while (!candidates.empty()) {
        const Node next = candidates.front();
        if (next.first > bound && (beam.size() == width || !allow.active()))
            break;
        std::pop_heap(candidates.begin(), candidates.end(), closestFirst);
        candidates.pop_back();
        const unsigned *links = index.get_linklist0(next.second);
        const int count = index.getListCount(const_cast<unsigned *>(links));
        // Two passes over the links: first mark the unvisited ones and start loading every
        // cache line of their vectors, then score them in link order. The walk waited on one
        // vector at a time before (memory latency was most of this loop at 100k × 50k); the
        // nodes, their order and every distance are the same.
        if (s.fresh.size() < std::size_t(count))
            s.fresh.resize(std::size_t(count));
        std::uint32_t *fresh = s.fresh.data();
        int freshCount = 0;
        for (int j = 1; j <= count; ++j) {
            const std::uint32_t node = links[j];
            if (s.visited[node] == s.epoch)
                continue;
            s.visited[node] = s.epoch;
            fresh[freshCount++] = node;
            prefetchNode(node);
        }
        for (int f = 0; f < freshCount; ++f) {
            const std::uint32_t node = fresh[f];
            const float d = distance(node);
            if (beam.size() < width || d < bound) {
                // A node that becomes a candidate is usually expanded a little later: start
                // loading its link list now (it sits before the vector, on other cache lines,
                // and the expansion waited on it).
                const char *list = reinterpret_cast<const char *>(index.get_linklist0(node));
                for (std::size_t line = 0; line < linkBytes; line += 64)
                    __builtin_prefetch(list + line);
                candidates.emplace_back(d, node);
                std::push_heap(candidates.begin(), candidates.end(), closestFirst);
                keep(node, d);
                if (!beam.empty())
                    bound = beam.front().first;
            }
        }
    }

    // Over-fetch and rescore: the best `take` of the beam, scored exactly.
    std::sort(beam.begin(), beam.end());
    const std::size_t n = std::min(beam.size(), std::size_t(take));
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t node = beam[i].second;
        top.offer(dotSequential(query, m_impl->vector(node), m_dim), m_impl->id(node));
    }
}

void HnswGraph::scanAll(const float *query, TopK &top, ItemFilter allow) const
{
    for (std::uint32_t node = 0; node < m_count; ++node) {
        const float score = dotSequential(query, m_impl->vector(node), m_dim);
        const TrackId id = m_impl->id(node);
        if (top.wouldKeep(score, id) && allow.allows(id))
            top.offer(score, id);
    }
}

std::size_t HnswGraph::memoryBytes() const
{
    if (!m_impl)
        return 0;
    const auto &index = *m_impl->index;
    std::size_t bytes = index.max_elements_ * index.size_data_per_element_;
    for (std::size_t i = 0; i < index.cur_element_count; ++i)
        bytes += std::size_t(index.element_levels_[i]) * index.size_links_per_element_;
    return bytes + m_seeds.capacity() * sizeof(std::uint32_t);
}

} // namespace td::recsys::ann
