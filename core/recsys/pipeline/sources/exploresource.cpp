// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/exploresource.h"

#include "base/rng.h"
#include "recsys/pipeline/trending.h"

namespace td::recsys {

double ExploreSource::share(const ServingView &view, const ServingRequest &request) const
{
    constexpr int kReleaseRadar = 3;
    return request.surface == kReleaseRadar ? 0.0 : view.params->exploreShare;
}

void ExploreSource::offer(const ServingView &view, const ServingRequest &request, int quota,
    SourceScratch &, CandidatePool &pool) const
{
    // The chart lists every released track.
    const auto &chart = view.trending->chart();
    if (chart.empty())
        return;
    const events::RecRequest &req = *request.request;
    base::Rng rng(view.seed, base::Purpose::Exploration, req.listener,
        std::int64_t(req.day) * 4096 + req.requestIndex);
    for (int i = 0; i < quota; ++i)
        pool.offer(chart[rng.below(std::uint32_t(chart.size()))], bit());
}

} // namespace td::recsys
