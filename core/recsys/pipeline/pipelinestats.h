// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/diagnostics.h"
#include "recsys/pipeline/candidate.h"

#include <array>
#include <cstdint>
#include <vector>

namespace td::recsys {

/// The pipeline's own counters for the diagnostics of a day: the funnel (what each stage let
/// through, summed over requests) and the serving and fold-in time. Counted per listener by
/// the worker serving them, summed in listener order at the end of the day.
class PipelineStats
{
public:
    void resize(std::size_t listeners);
    /// One built slate or station: its merged candidates (sources, removals) and ranked count.
    void countRequest(ListenerId l, const std::vector<Candidate> &candidates, std::size_t ranked);
    /// Tracks actually shown (a slate at once, a radio station track by track).
    void countShown(ListenerId l, std::int64_t shown) { m_listeners[l].funnel.shown += shown; }
    void addServeSeconds(ListenerId l, double s) { m_listeners[l].serveSeconds += s; }
    void addFoldInSeconds(ListenerId l, double s) { m_listeners[l].foldInSeconds += s; }

    /// Sums and clears every listener's counters: the day's funnel (named entries for every
    /// source and filter rule) and its serve/fold-in totals in `timings`.
    events::FunnelCounts endDay(events::RecommenderTimings &timings);

private:
    struct Funnel
    {
        std::array<std::int64_t, kSourceCount> bySource {};
        std::int64_t merged = 0;
        std::array<std::int64_t, kFilterReasonCount> removed {};
        std::int64_t ranked = 0;
        std::int64_t shown = 0;
        std::int64_t requests = 0;
    };
    struct ListenerStats
    {
        Funnel funnel;
        double serveSeconds = 0.0;
        double foldInSeconds = 0.0;
    };
    std::vector<ListenerStats> m_listeners;
};

} // namespace td::recsys
