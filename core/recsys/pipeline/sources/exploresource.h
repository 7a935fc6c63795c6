// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// Exploration beyond retrieval ("explore"): uniformly random released tracks, drawn from a
/// stream of its own (seed, Exploration, listener, day·4096 + request), so the run's other
/// draws do not move and an inspection request sees the same tracks. Share:
/// candidates.explore_share, on every surface but Release Radar (which lists releases only).
class ExploreSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceExplore; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
