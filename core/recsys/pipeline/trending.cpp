// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/trending.h"

#include "base/hugepages.h"

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
    if (known != m_counts.size())
        base::adviseHugePages(m_counts); // read at random for every candidate; memory only
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
    indexRecentByArtist(catalog);
}

void Trending::indexRecentByArtist(const events::ObservableCatalog &catalog)
{
    // Counting sort of the recent positions by artist: each artist's run stays ascending.
    std::size_t artists = catalog.artistCount();
    for (TrackId t : m_recent)
        artists = std::max(artists, std::size_t(catalog.artist[t]) + 1);
    m_artistBegin.assign(artists + 1, 0u);
    for (TrackId t : m_recent)
        ++m_artistBegin[std::size_t(catalog.artist[t]) + 1];
    for (std::size_t a = 1; a < m_artistBegin.size(); ++a)
        m_artistBegin[a] += m_artistBegin[a - 1];
    m_recentByArtist.resize(m_recent.size());
    std::vector<std::uint32_t> next(m_artistBegin.begin(), m_artistBegin.end() - 1);
    for (std::size_t pos = 0; pos < m_recent.size(); ++pos)
        m_recentByArtist[next[catalog.artist[m_recent[pos]]]++] = std::uint32_t(pos);
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
