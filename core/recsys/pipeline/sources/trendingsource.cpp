// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/trendingsource.h"

#include "recsys/pipeline/trending.h"

namespace td::recsys {

double TrendingSource::share(const ServingView &view, const ServingRequest &request) const
{
    const SourceMix &mix = view.params->candidateMix.forSurface(request.surface);
    return request.userVector ? mix.trending : mix.trendingColdStart;
}

void TrendingSource::offer(const ServingView &view, const ServingRequest &, int quota,
    SourceScratch &, CandidatePool &pool) const
{
    const auto &chart = view.trending->chart();
    for (int i = 0; i < quota && i < int(chart.size()); ++i)
        pool.offer(chart[std::size_t(i)], bit());
}

} // namespace td::recsys
