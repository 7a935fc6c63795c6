// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/itemfilter.h"

#include <cstddef>

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

} // namespace td::recsys
