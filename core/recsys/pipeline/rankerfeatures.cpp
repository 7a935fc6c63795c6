// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/rankerfeatures.h"

#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/pipeline/contentmodel.h"
#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/rankertrackfacts.h"
#include "recsys/pipeline/trending.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

namespace {
/// κ in the evidence-based item-side uncertainty κ‖x_u‖/√(1+n_i) (a value-model feature)
constexpr float kItemUncertaintyScale = 1.0f;

float norm(const float *v, int f)
{
    float n = 0.0f;
    for (int i = 0; i < f; ++i)
        n += v[i] * v[i];
    return std::sqrt(n);
}
} // namespace

void computeRankerFeatures(
    const ServingView &view, const ServingRequest &request, std::vector<Candidate> &candidates)
{
    const auto &evidence = *view.evidence;
    const CollaborativeModel &model = *view.collaborative;
    const events::RecRequest &req = *request.request;
    const ListenerId l = req.listener;
    const float *x = request.userVector;
    const float *profile = view.content->profiles().profile(l, request.context);
    const float profileSquares = profile ? ContentProfiles::squaredNorm(profile) : 0.0f;
    const float *last
        = request.seedTrack != kNoTrack ? model.itemVector(request.seedTrack) : nullptr;
    const int f = model.factors();
    const float lastNorm = last ? norm(last, f) : 0.0f;
    const float userNorm = x ? norm(x, f) : 0.0f;
    // The day's per-track records (one cache line a track), or the same values computed here
    // when the view has no table for this request's day.
    const RankerTrackTable *table
        = view.trackFacts && view.trackFacts->day() == req.day ? view.trackFacts : nullptr;
    // A candidate's rows lie anywhere in tables of up to a million tracks, so each read
    // waits for memory: ask for a later candidate's rows while this one is computed.
    constexpr std::size_t kAhead = 4;
    const auto prefetch = [&](TrackId t) {
        if (const float *y = model.itemVector(t))
            for (int i = 0; i < f; i += 16)
                __builtin_prefetch(y + i);
        if (table && t < table->size())
            __builtin_prefetch(&(*table)[t]);
    };
    for (std::size_t i = 0; i < std::min(kAhead, candidates.size()); ++i)
        prefetch(candidates[i].track);
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        if (ci + kAhead < candidates.size())
            prefetch(candidates[ci + kAhead].track);
        Candidate &c = candidates[ci];
        if (c.removed != FilterReason::None)
            continue;
        const TrackId t = c.track;
        auto &v = c.features;
        const float *y = model.itemVector(t);
        float cf = 0.0f, sim = 0.0f;
        if (x && y && last) {
            // The three sums in one loop: each is still added in index order (the same bits as
            // three loops), but their addition chains now overlap instead of running one
            // after another (this loop was latency-bound).
            float d = 0.0f, yy = 0.0f;
            for (int i = 0; i < f; ++i) {
                cf += x[i] * y[i];
                d += last[i] * y[i];
                yy += y[i] * y[i];
            }
            const float yn = std::sqrt(yy);
            sim = yn > 0.0f && lastNorm > 0.0f ? d / (yn * lastNorm) : 0.0f;
        } else if (x && y) {
            for (int i = 0; i < f; ++i)
                cf += x[i] * y[i];
        } else if (last && y) {
            float d = 0.0f;
            for (int i = 0; i < f; ++i)
                d += last[i] * y[i];
            const float yn = norm(y, f);
            sim = yn > 0.0f && lastNorm > 0.0f ? d / (yn * lastNorm) : 0.0f;
        }
        // The filters looked the evidence up already (one search of the listener's row less
        // per candidate).
        const TrackEvidence *e = c.evidenceLooked ? c.evidence : evidence.find(l, t);
        const double decay = e ? evidence.decay(e->lastDay, req.day) : 0.0;
        const RankerTrackFacts facts = table ? (*table)[t] : rankerTrackFacts(view, t, req.day);
        v[kFeatCf] = cf;
        v[kFeatContent]
            = ContentProfiles::similarity(profile, profileSquares, facts.audio, facts.audioSquares);
        v[kFeatTrend] = facts.trend;
        v[kFeatNovel] = e ? 0.0f : 1.0f;
        v[kFeatArtist] = std::log1p(evidence.artistAffinity(l, facts.artist, req.day));
        v[kFeatFollowed] = evidence.follows(l, facts.artist) ? 1.0f : 0.0f;
        v[kFeatRecency] = facts.recency;
        v[kFeatPrior] = facts.prior;
        v[kFeatSimilar] = sim;
        v[kFeatFamiliar] = e ? float(std::log1p(decay * e->positive)) : 0.0f;
        v[kFeatSkipped] = e ? float(std::log1p(decay * e->negative)) : 0.0f;
        v[kFeatPosition] = 0.0f;
        // Evidence-based item-side uncertainty: tracks with little positive evidence are less
        // known. The value model reads it (objective = retention); UCB and Thompson read the
        // ALS item posterior instead (slatepolicy.cpp), which costs a solve per candidate.
        c.uncertainty = kItemUncertaintyScale * userNorm / facts.evidenceRoot;
    }
}

} // namespace td::recsys
