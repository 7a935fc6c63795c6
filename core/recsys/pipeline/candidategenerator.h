// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

#include <memory>
#include <vector>

namespace td::recsys {

/// The retrieval stage: runs every candidate source in a fixed order (cf, similar, content,
/// trending, followed, new release, explore), each with its quota of candidates.pool_size
/// from the request's surface mix, into one merged pool. Immutable; generate() runs
/// concurrently for different listeners with per-thread scratch.
class CandidateGenerator
{
public:
    /// The standard sources in their order.
    CandidateGenerator();
    ~CandidateGenerator();

    void generate(const ServingView &view, const ServingRequest &request, SourceScratch &scratch,
        CandidatePool &pool) const;

    const std::vector<std::unique_ptr<CandidateSource>> &sources() const { return m_sources; }

private:
    std::vector<std::unique_ptr<CandidateSource>> m_sources;
};

} // namespace td::recsys
