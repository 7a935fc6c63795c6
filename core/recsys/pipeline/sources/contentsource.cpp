// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/contentsource.h"

#include "recsys/pipeline/contentmodel.h"

namespace td::recsys {

double ContentSource::share(const ServingView &view, const ServingRequest &request) const
{
    return view.params->candidateMix.forSurface(request.surface).content;
}

void ContentSource::offer(const ServingView &view, const ServingRequest &request, int quota,
    SourceScratch &scratch, CandidatePool &pool) const
{
    const ContentModel &content = *view.content;
    const float *profile = content.profiles().profile(request.request->listener, request.context);
    if (!profile || content.index().size() == 0)
        return;
    content.index().search(profile, quota, scratch.search, scratch.hits, view.released());
    for (const auto &h : scratch.hits)
        pool.offer(h.id, bit());
}

} // namespace td::recsys
