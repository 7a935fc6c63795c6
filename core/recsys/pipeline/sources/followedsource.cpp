// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/followedsource.h"

#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/trending.h"

namespace td::recsys {

double FollowedSource::share(const ServingView &view, const ServingRequest &request) const
{
    return view.params->candidateMix.forSurface(request.surface).followed;
}

void FollowedSource::offer(const ServingView &view, const ServingRequest &request, int quota,
    SourceScratch &, CandidatePool &pool) const
{
    const ListenerId l = request.request->listener;
    // Most listeners follow nobody: skip the walk over every recent release (at 100k × 50k it
    // was 4 % of the CPU, a 16-slot search per release).
    if (!view.evidence->followsAnyone(l))
        return;
    int offered = 0;
    for (TrackId t : view.trending->recentReleases()) {
        if (offered >= quota)
            break;
        if (view.evidence->follows(l, view.catalog->artist[t])) {
            pool.offer(t, bit());
            ++offered;
        }
    }
}

} // namespace td::recsys
