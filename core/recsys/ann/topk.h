// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/ann/scoreditem.h"

#include <algorithm>
#include <vector>

namespace td::recsys::ann {

/// rankedBefore as a function object: the heap and sort calls below inline it (a function
/// pointer argument was an out-of-line call per comparison, 5 % of a small world's CPU).
struct RankedBefore
{
    bool operator()(const ScoredItem &a, const ScoredItem &b) const { return rankedBefore(a, b); }
};

/// The best k items seen so far in result order (rankedBefore). A heap whose front is the
/// worst kept item, over a caller-owned vector so that a reused scratch never allocates.
class TopK
{
public:
    /// Starts a new selection of at most k items in `storage` (cleared, capacity kept).
    TopK(std::vector<ScoredItem> &storage, int k) : m_items(storage), m_k(std::size_t(k))
    {
        m_items.clear();
    }

    bool full() const { return m_items.size() >= m_k; }
    std::size_t size() const { return m_items.size(); }
    /// Score of the worst kept item; only meaningful when full().
    float worstScore() const { return m_items.front().score; }

    /// Whether an item with this score and id would be kept (cheap test before the filter).
    bool wouldKeep(float score, TrackId id) const
    {
        return m_k > 0 && (!full() || rankedBefore(ScoredItem { id, score }, m_items.front()));
    }

    /// Keeps the item if it ranks among the best k. Call only for ids not offered before.
    void offer(float score, TrackId id)
    {
        if (!wouldKeep(score, id))
            return;
        if (full()) {
            std::pop_heap(m_items.begin(), m_items.end(), RankedBefore {});
            m_items.back() = ScoredItem { id, score };
        } else {
            m_items.push_back(ScoredItem { id, score });
        }
        std::push_heap(m_items.begin(), m_items.end(), RankedBefore {});
    }

    /// Writes the kept items to `out` in result order (out may be the storage itself).
    void finish(std::vector<ScoredItem> &out)
    {
        std::sort(m_items.begin(), m_items.end(), RankedBefore {});
        if (&out != &m_items)
            out.assign(m_items.begin(), m_items.end());
    }

private:
    std::vector<ScoredItem> &m_items;
    std::size_t m_k;
};

} // namespace td::recsys::ann
