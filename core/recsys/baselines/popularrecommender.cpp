// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/baselines/popularrecommender.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

PopularRecommender::PopularRecommender(double halfLifeDays)
    : m_decayPerDay(std::pow(0.5, 1.0 / std::max(halfLifeDays, 1e-6)))
{ }

void PopularRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    std::array<TrackId, kRecentSlots> empty;
    empty.fill(kNoTrack);
    m_recent.resize(population.listenerCount, empty);
    m_recentNext.resize(population.listenerCount, 0);
    // Cold start: before any play is logged, the chart is the popularity the service knew
    // before the run (a fraction of a play per point, so real plays soon dominate).
    const std::size_t known = m_counts.size();
    m_counts.resize(catalog.trackCount(), 0.0);
    for (std::size_t t = known; t < catalog.trackCount(); ++t)
        m_counts[t] = t < catalog.priorPopularity.size() ? 0.01 * catalog.priorPopularity[t] : 0.0;
    m_explicit = catalog.isExplicit;
    m_chart.clear();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (catalog.isReleased(t, day))
            m_chart.push_back(t);
    }
    std::stable_sort(m_chart.begin(), m_chart.end(),
        [this](TrackId a, TrackId b) { return m_counts[a] > m_counts[b]; });
}

void PopularRecommender::recommend(
    const events::RecRequest &req, base::Rng &, events::Slate &out, events::RequestTrace *trace)
{
    out.clear();
    // Radio asks for one track at a time: continue down the chart with each request.
    std::size_t skip = req.surface == events::Surface::Radio ? req.requestIndex : 0;
    for (TrackId t : m_chart) {
        if (int(out.items.size()) >= req.k)
            break;
        if (!req.explicitAllowed && m_explicit[t])
            continue;
        const auto &recent = m_recent[req.listener];
        if (std::find(recent.begin(), recent.end(), t) != recent.end())
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        out.items.push_back({ t, float(m_counts[t]), 1.0f, 0, 0 });
    }
    if (trace) {
        trace->recommender = name();
        trace->policy = "greedy";
        trace->stages.push_back({ "chart", int(m_chart.size()), int(out.items.size()),
            "top of the decayed stream-count chart" });
        events::traceShownSlate(out, "chart", *trace);
    }
}

void PopularRecommender::endSession(
    ListenerId listener, const events::Event *events, std::size_t count)
{
    auto &recent = m_recent[listener];
    auto &next = m_recentNext[listener];
    for (std::size_t i = 0; i < count; ++i) {
        const auto action = events[i].action;
        if (action != events::Action::Stream && action != events::Action::Skip)
            continue;
        recent[next] = events[i].track;
        next = std::uint8_t((next + 1) % kRecentSlots);
    }
}

void PopularRecommender::endDay(Day, const std::vector<events::Event> &events)
{
    for (double &c : m_counts)
        c *= m_decayPerDay;
    for (const auto &e : events) {
        if (e.action == events::Action::Stream && e.track < m_counts.size())
            m_counts[e.track] += 1.0;
    }
}

} // namespace td::recsys
