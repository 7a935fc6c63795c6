// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/ann/itemindex.h"
#include "recsys/ann/scoreditem.h"
#include "recsys/pipeline/candidatepool.h"
#include "recsys/pipeline/servingview.h"

#include <cstdint>
#include <vector>

namespace td::recsys {

/// Per-thread working memory of the candidate sources (index searches).
struct SourceScratch
{
    SearchScratch search;
    std::vector<ScoredItem> hits;
    std::vector<std::uint32_t> positions; ///< FollowedSource: positions in the recent releases
};

/// Tracks a source with pool share `share` may offer: max(1, ⌊pool · share⌋), 0 when the share
/// is 0. (A small tolerance keeps decimal shares exact: 300 · 0.35 is 105, not 104.)
int sourceQuota(int poolSize, double share);

/// One candidate source of the retrieval stage (docs/pipeline.md, "Candidate sources"): given a
/// request, offers up to its quota of tracks into the merged pool, marking each with its bit.
/// Sources read the frozen ServingView only, so any number run concurrently for different
/// listeners. A source draws random numbers only from a stream of its own.
class CandidateSource
{
public:
    virtual ~CandidateSource();
    /// The source's SourceBit; its name is sourceName(bit index).
    virtual std::uint8_t bit() const = 0;
    /// Its share of candidates.pool_size for this request (the surface's mix, or its own knob).
    virtual double share(const ServingView &view, const ServingRequest &request) const = 0;
    /// Offers up to `quota` tracks (≥ 1) for the request.
    virtual void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const = 0;
};

} // namespace td::recsys
