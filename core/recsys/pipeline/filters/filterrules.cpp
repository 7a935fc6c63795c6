// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/filters/filterrules.h"

#include "recsys/pipeline/evidencestore.h"

namespace td::recsys {

CandidateFilter::~CandidateFilter() = default;

bool BlockedArtistFilter::removes(const ServingView &view, const events::RecRequest &request,
    TrackId track, const TrackEvidence *) const
{
    // Most listeners block no one: then the track's artist (a read from a table of a million
    // tracks, which waited on memory) is not needed.
    return view.evidence->blocksAnyone(request.listener)
        && view.evidence->blocked(request.listener, view.catalog->artist[track]);
}

bool ExplicitFilter::removes(const ServingView &view, const events::RecRequest &request,
    TrackId track, const TrackEvidence *) const
{
    return !request.explicitAllowed && view.catalog->isExplicit[track];
}

bool SkippedRecentlyFilter::removes(const ServingView &view, const events::RecRequest &request,
    TrackId, const TrackEvidence *evidence) const
{
    return evidence && request.day - evidence->lastSkipDay < view.params->filters.skipWindowDays;
}

bool HeardBeforeFilter::removes(const ServingView &, const events::RecRequest &request, TrackId,
    const TrackEvidence *evidence) const
{
    return evidence && request.surface == events::Surface::DiscoverWeekly;
}

bool HeardRecentlyFilter::removes(const ServingView &view, const events::RecRequest &request,
    TrackId, const TrackEvidence *evidence) const
{
    return evidence && request.day - evidence->lastPlayDay < view.params->filters.heardWindowDays;
}

} // namespace td::recsys
