// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/annrecall.h"

#include "base/rng.h"
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

double sampleListenerRecall(const ItemIndex &index, std::size_t listeners, int queries,
    std::uint64_t seed, std::uint64_t entity, Day day,
    const std::function<const float *(ListenerId)> &queryOf, ann::ItemFilter allow, int *measured)
{
    constexpr int kAttemptsPerQuery = 8; ///< listeners without a query vector: draw again
    RecallTally tally;
    if (index.size() > 0 && listeners > 0) {
        base::Rng rng(seed, base::Purpose::Metrics, entity, day);
        for (int attempt = 0; attempt < queries * kAttemptsPerQuery
             && tally.queries() < std::size_t(std::max(queries, 0));
             ++attempt) {
            const ListenerId l = ListenerId(rng.below(std::uint32_t(listeners)));
            if (const float *query = queryOf(l))
                tally.add(index, query, 10, allow);
        }
    }
    if (measured)
        *measured = int(tally.queries());
    return tally.recall();
}

} // namespace td::recsys
