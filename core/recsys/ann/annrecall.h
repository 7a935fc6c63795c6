// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/itemfilter.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace td::recsys {

class ItemIndex;

/// Recall@k of an ItemIndex against exact search over the same vectors and filter, summed
/// over queries: recall = Σ |search ∩ exact| / Σ |exact| (micro-average), where search is
/// ItemIndex::search() and exact is ItemIndex::exactSearch(), both top k with the same filter.
/// 1 when every searched bucket is scanned exactly; below 1 only through the graph buckets.
/// Scores are exact in both, so ids are compared as sets (ties broken alike, by lower id).
class RecallTally
{
public:
    /// Runs one query through both searches and counts the overlap.
    void add(const ItemIndex &index, const float *query, int k, ann::ItemFilter allow = {});

    std::size_t queries() const { return m_queries; }
    std::size_t found() const { return m_found; }
    std::size_t relevant() const { return m_relevant; }
    /// found / relevant; NaN before any query with a non-empty exact answer.
    double recall() const;

private:
    std::size_t m_queries = 0;
    std::size_t m_found = 0;
    std::size_t m_relevant = 0;
};

/// Recall@10 (RecallTally) of `index` on a day's sample of listeners: up to `queries` listeners
/// drawn uniformly, with replacement, from base::Rng(seed, Purpose::Metrics, entity, day) among
/// `listeners`; one `queryOf` returns null for (no vector or profile yet) is skipped and another
/// drawn, at most 8 draws per wanted query in all. Each caller passes an entity of its own, so
/// its stream coincides with no other and no other draw moves. NaN when the index is empty or no
/// query was measured; `measured` (optional) gets the number of queries run.
double sampleListenerRecall(const ItemIndex &index, std::size_t listeners, int queries,
    std::uint64_t seed, std::uint64_t entity, Day day,
    const std::function<const float *(ListenerId)> &queryOf, ann::ItemFilter allow,
    int *measured = nullptr);

} // namespace td::recsys
