// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "events/recommender.h"

namespace td::events {

Recommender::~Recommender() = default;

ModelProbe::~ModelProbe() = default;

const RecommenderDiagnostics &Recommender::diagnostics() const
{
    static const RecommenderDiagnostics kNone;
    return kNone;
}

void Recommender::endSession(ListenerId, const Event *, std::size_t) { }

bool Recommender::tasteBeliefs(ListenerId, TasteBeliefs &out) const
{
    out = TasteBeliefs {};
    return false;
}

void traceShownSlate(const Slate &slate, const char *source, RequestTrace &trace)
{
    for (std::size_t pos = 0; pos < slate.items.size(); ++pos) {
        const SlateEntry &e = slate.items[pos];
        TraceCandidate c;
        c.track = e.track;
        c.sources = source;
        c.finalScore = e.score;
        c.propensity = e.propensity;
        c.slatePosition = int(pos);
        trace.candidates.push_back(c);
    }
}

} // namespace td::events
