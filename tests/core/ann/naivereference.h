// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/ann/itemfilter.h"
#include "recsys/ann/scoreditem.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

namespace td::test {

/// An arbitrary set of allowed items as the index's filter: a table with 0 for the items
/// `pass` accepts and 1 for the rest, read at day 0.
class AllowSet
{
public:
    template<class Pass> AllowSet(std::size_t count, Pass pass) : m_from(count)
    {
        for (std::size_t i = 0; i < count; ++i)
            m_from[i] = pass(TrackId(i)) ? 0 : 1;
    }
    recsys::ann::ItemFilter filter() const { return { m_from.data(), 0 }; }
    bool operator()(TrackId t) const { return m_from[t] == 0; }

private:
    std::vector<Day> m_from;
};

/// The reference every retrieval test compares with: a plain loop over all items, scores
/// summed in index order in float, full sort by score descending then id.
inline std::vector<recsys::ScoredItem> naiveTopK(const float *items, std::size_t count, int dim,
    const float *query, int k, recsys::ann::ItemFilter allow = {})
{
    std::vector<recsys::ScoredItem> all;
    for (std::size_t i = 0; i < count; ++i) {
        if (!allow.allows(TrackId(i)))
            continue;
        float s = 0.0f;
        for (int d = 0; d < dim; ++d)
            s += query[d] * items[i * std::size_t(dim) + std::size_t(d)];
        all.push_back({ TrackId(i), s });
    }
    std::sort(all.begin(), all.end(), recsys::rankedBefore);
    if (k >= 0 && all.size() > std::size_t(k))
        all.resize(std::size_t(k));
    return all;
}

/// Bitwise equality of two result lists (ids, order and float bits of the scores).
inline bool identical(
    const std::vector<recsys::ScoredItem> &a, const std::vector<recsys::ScoredItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || std::memcmp(&a[i].score, &b[i].score, sizeof(float)) != 0)
            return false;
    return true;
}

/// |found ∩ truth| / |truth|, ids only.
inline double recall(
    const std::vector<recsys::ScoredItem> &found, const std::vector<recsys::ScoredItem> &truth)
{
    if (truth.empty())
        return 1.0;
    std::size_t hits = 0;
    for (const auto &t : truth)
        for (const auto &f : found)
            hits += f.id == t.id ? 1 : 0;
    return double(hits) / double(truth.size());
}

} // namespace td::test
