// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// The chart ("trending"): released tracks by decayed stream count, best first. Share:
/// mix.<surface>.trending, or mix.<surface>.trending_cold_start for a listener the
/// collaborative model has no vector for (new listeners, every listener before the first fit).
class TrendingSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceTrending; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
