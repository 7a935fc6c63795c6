// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/ann/scoreditem.h"

#include <algorithm>
#include <vector>

namespace td::recsys::ann {

/// rankedBefore as a function object, so that the selection and sort calls inline it.
struct RankedBefore
{
    bool operator()(const ScoredItem &a, const ScoredItem &b) const { return rankedBefore(a, b); }
};

/// The best k items offered, in result order (rankedBefore), over a caller-owned vector so that a
/// reused scratch never allocates once it has reached 2k.
///
/// Offered items that beat the current threshold are appended to a buffer of up to 2k; when it
/// is full, a selection (nth_element) keeps the best k and their worst becomes the threshold.
/// That costs O(1) amortised per kept item, where a heap of k costs O(log k) per item that
/// enters it; small catalogues, where k is a tenth of the items, offered most of them (the heap
/// was a third of the exact scan's time). Since rankedBefore is a total order on distinct ids,
/// the best k are one set in one order, whatever the selection method: the result is the
/// heap's, item for item.
class TopK
{
public:
    /// Starts a new selection of at most k items in `storage` (cleared, capacity kept).
    TopK(std::vector<ScoredItem> &storage, int k) : m_items(storage), m_k(std::size_t(k))
    {
        m_items.clear();
    }

    /// Whether k items are kept (the threshold is then the k-th best).
    bool full()
    {
        trim();
        return m_k > 0 && m_items.size() >= m_k;
    }
    std::size_t size()
    {
        trim();
        return m_items.size();
    }
    /// Score of the worst kept item; only meaningful when full().
    float worstScore()
    {
        trim();
        return m_threshold.score;
    }

    /// Whether an item with this score and id may be among the best k (cheap test before a
    /// filter): false only if k items ranked before it were kept already.
    bool wouldKeep(float score, TrackId id) const
    {
        return m_k > 0 && (!m_haveThreshold || rankedBefore(ScoredItem { id, score }, m_threshold));
    }

    /// Keeps the item if it may rank among the best k. Call only for ids not offered before.
    void offer(float score, TrackId id)
    {
        if (!wouldKeep(score, id))
            return;
        m_items.push_back(ScoredItem { id, score });
        if (m_items.size() >= 2 * m_k)
            select();
    }

    /// Writes the kept items to `out` in result order (out may be the storage itself).
    void finish(std::vector<ScoredItem> &out)
    {
        trim();
        std::sort(m_items.begin(), m_items.end(), RankedBefore {});
        if (&out != &m_items)
            out.assign(m_items.begin(), m_items.end());
    }

private:
    /// Keeps the best k of the buffer; their worst is the new threshold.
    void select()
    {
        std::nth_element(m_items.begin(), m_items.begin() + std::ptrdiff_t(m_k - 1), m_items.end(),
            RankedBefore {});
        m_items.resize(m_k);
        m_threshold = m_items.back();
        m_haveThreshold = true;
    }
    /// Brings the buffer down to the best k (if it holds more), so size and threshold are exact.
    void trim()
    {
        if (m_k > 0 && m_items.size() >= m_k && !(m_haveThreshold && m_items.size() == m_k))
            select();
    }

    std::vector<ScoredItem> &m_items;
    std::size_t m_k;
    ScoredItem m_threshold;
    bool m_haveThreshold = false;
};

} // namespace td::recsys::ann
