// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/trending.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

Trending::Trending(double halfLifeDays, int newReleaseWindowDays)
    : m_decay(std::pow(0.5, 1.0 / halfLifeDays)), m_window(newReleaseWindowDays)
{ }

void Trending::beginDay(Day day, const events::ObservableCatalog &catalog)
{
    const std::size_t known = m_counts.size();
    m_counts.resize(catalog.trackCount(), 0.0);
    // Before any logged play, the service's prior popularity seeds the chart.
    for (std::size_t t = known; t < catalog.trackCount(); ++t)
        m_counts[t] = t < catalog.priorPopularity.size() ? 0.01 * catalog.priorPopularity[t] : 0.0;
    m_chart.clear();
    m_recent.clear();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (!catalog.isReleased(t, day))
            continue;
        m_chart.push_back(t);
        if (day - catalog.releaseDay[t] < m_window)
            m_recent.push_back(t);
    }
    std::stable_sort(m_chart.begin(), m_chart.end(),
        [this](TrackId a, TrackId b) { return m_counts[a] > m_counts[b]; });
    std::stable_sort(m_recent.begin(), m_recent.end(),
        [&](TrackId a, TrackId b) { return catalog.releaseDay[a] > catalog.releaseDay[b]; });
}

void Trending::endDay(const std::vector<events::Event> &events)
{
    for (double &c : m_counts)
        c *= m_decay;
    for (const auto &e : events) {
        if (e.action == events::Action::Stream && e.track < m_counts.size())
            m_counts[e.track] += 1.0;
    }
}

} // namespace td::recsys
