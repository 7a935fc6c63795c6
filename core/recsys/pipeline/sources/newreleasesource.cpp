// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/newreleasesource.h"

#include "recsys/pipeline/trending.h"

namespace td::recsys {

double NewReleaseSource::share(const ServingView &view, const ServingRequest &request) const
{
    return view.params->candidateMix.forSurface(request.surface).newRelease;
}

void NewReleaseSource::offer(const ServingView &view, const ServingRequest &, int quota,
    SourceScratch &, CandidatePool &pool) const
{
    const auto &recent = view.trending->recentReleases();
    for (int i = 0; i < quota && i < int(recent.size()); ++i)
        pool.offer(recent[std::size_t(i)], bit());
}

} // namespace td::recsys
