// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/annrecall.h"

#include "recsys/ann/itemindex.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace td::recsys {

void RecallTally::add(const ItemIndex &index, const float *query, int k, ann::ItemFilter allow)
{
    std::vector<ScoredItem> approx, exact;
    index.search(query, k, approx, allow);
    index.exactSearch(query, k, exact, allow);
    ++m_queries;
    m_relevant += exact.size();
    for (const ScoredItem &e : exact)
        m_found += std::any_of(
            approx.begin(), approx.end(), [&](const ScoredItem &a) { return a.id == e.id; });
}

double RecallTally::recall() const
{
    return m_relevant == 0 ? std::nan("") : double(m_found) / double(m_relevant);
}

} // namespace td::recsys
