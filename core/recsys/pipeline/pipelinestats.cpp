// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/pipelinestats.h"

namespace td::recsys {

void PipelineStats::resize(std::size_t listeners)
{
    if (m_listeners.size() < listeners)
        m_listeners.resize(listeners);
}

void PipelineStats::countRequest(
    ListenerId l, const std::vector<Candidate> &candidates, std::size_t ranked)
{
    Funnel &f = m_listeners[l].funnel;
    ++f.requests;
    f.merged += std::int64_t(candidates.size());
    for (const auto &c : candidates) {
        for (int b = 0; b < kSourceCount; ++b)
            f.bySource[std::size_t(b)] += (c.sources >> b) & 1u;
        ++f.removed[std::size_t(c.removed)];
    }
    f.ranked += std::int64_t(ranked);
}

events::FunnelCounts PipelineStats::endDay(events::RecommenderTimings &timings)
{
    Funnel total;
    for (ListenerStats &s : m_listeners) {
        const Funnel &f = s.funnel;
        for (int b = 0; b < kSourceCount; ++b)
            total.bySource[std::size_t(b)] += f.bySource[std::size_t(b)];
        for (int r = 0; r < kFilterReasonCount; ++r)
            total.removed[std::size_t(r)] += f.removed[std::size_t(r)];
        total.merged += f.merged;
        total.ranked += f.ranked;
        total.shown += f.shown;
        total.requests += f.requests;
        timings.serve += s.serveSeconds;
        timings.foldIn += s.foldInSeconds;
        s = ListenerStats {};
    }
    events::FunnelCounts out;
    for (int b = 0; b < kSourceCount; ++b)
        out.bySource.emplace_back(sourceName(b), total.bySource[std::size_t(b)]);
    out.merged = total.merged;
    for (int r = 1; r < kFilterReasonCount; ++r)
        out.removedBy.emplace_back(
            filterReasonName(FilterReason(r)), total.removed[std::size_t(r)]);
    out.ranked = total.ranked;
    out.shown = total.shown;
    out.requests = total.requests;
    timings.requests = total.requests;
    return out;
}

} // namespace td::recsys
