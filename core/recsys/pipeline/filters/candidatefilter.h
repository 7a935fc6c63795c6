// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/recommender.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/servingview.h"

namespace td::recsys {

struct TrackEvidence;

/// One hard rule of the filtering stage (docs/pipeline.md, "Filters"): looks at one candidate
/// of one request and says whether it must go. Rules are pure functions of the frozen view
/// and the listener's own evidence, so they run concurrently for different listeners.
class CandidateFilter
{
public:
    virtual ~CandidateFilter();
    /// The reason recorded on a candidate this rule removes (trace and funnel).
    virtual FilterReason reason() const = 0;
    /// True if the rule removes `track` from `request`'s candidates. `evidence` is the
    /// listener's evidence on the track, or null when they have none.
    virtual bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const = 0;
};

} // namespace td::recsys
