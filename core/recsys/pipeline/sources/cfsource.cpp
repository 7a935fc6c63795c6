// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/cfsource.h"

#include "recsys/pipeline/collaborativemodel.h"

namespace td::recsys {

double CfSource::share(const ServingView &view, const ServingRequest &request) const
{
    return view.params->candidateMix.forSurface(request.surface).cf;
}

void CfSource::offer(const ServingView &view, const ServingRequest &request, int quota,
    SourceScratch &scratch, CandidatePool &pool) const
{
    const ItemIndex &index = view.collaborative->index();
    if (!request.userVector || index.size() == 0)
        return;
    index.search(request.userVector, quota, scratch.search, scratch.hits, view.released());
    for (const auto &h : scratch.hits)
        pool.offer(h.id, bit());
}

} // namespace td::recsys
