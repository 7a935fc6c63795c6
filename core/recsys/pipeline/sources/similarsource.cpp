// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/similarsource.h"

#include "recsys/pipeline/collaborativemodel.h"

namespace td::recsys {

double SimilarSource::share(const ServingView &view, const ServingRequest &request) const
{
    const SourceMix &mix = view.params->candidateMix.forSurface(request.surface);
    return request.seedIsPlaying ? mix.similar : mix.similarHistory;
}

void SimilarSource::offer(const ServingView &view, const ServingRequest &request, int quota,
    SourceScratch &scratch, CandidatePool &pool) const
{
    const CollaborativeModel &model = *view.collaborative;
    // An untrained seed's factors are decayed noise near 0: every track scores ~0 against
    // them, so its "neighbours" would be arbitrary (and the search would walk every bucket).
    if (request.seedTrack == kNoTrack || !model.ready() || model.index().size() == 0
        || !model.trained(request.seedTrack))
        return;
    // One more than the quota: the seed is its own nearest neighbour.
    model.index().search(model.itemVector(request.seedTrack), quota + 1, scratch.search,
        scratch.hits, view.released());
    for (const auto &h : scratch.hits) {
        if (h.id != request.seedTrack)
            pool.offer(h.id, bit());
    }
}

} // namespace td::recsys
