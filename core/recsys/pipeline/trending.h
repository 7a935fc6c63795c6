// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/event.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace td::recsys {

/// Decayed stream counts (trending) and the recent-release list, frozen per day.
class Trending
{
public:
    explicit Trending(double halfLifeDays = 3.0, int newReleaseWindowDays = 30);

    /// Recomputes the day's lists: released tracks by decayed count, recent releases by day.
    void beginDay(Day day, const events::ObservableCatalog &catalog);
    /// Adds the day's streams and decays.
    void endDay(const std::vector<events::Event> &events);

    double count(TrackId t) const { return t < m_counts.size() ? m_counts[t] : 0.0; }
    /// Released tracks, most trending first (ties by id).
    const std::vector<TrackId> &chart() const { return m_chart; }
    /// Tracks released in the last window days, newest first (ties by id).
    const std::vector<TrackId> &recentReleases() const { return m_recent; }
    /// Positions in recentReleases() of artist `a`'s tracks, ascending (newest first); empty
    /// for an artist with no recent release. Lets a source that wants the releases of a few
    /// artists skip the walk over every recent release.
    std::pair<const std::uint32_t *, const std::uint32_t *> recentPositionsOf(ArtistId a) const
    {
        if (std::size_t(a) + 1 >= m_artistBegin.size())
            return { nullptr, nullptr };
        return { m_recentByArtist.data() + m_artistBegin[a],
            m_recentByArtist.data() + m_artistBegin[a + 1] };
    }

private:
    void indexRecentByArtist(const events::ObservableCatalog &catalog);

    double m_decay;
    int m_window;
    std::vector<double> m_counts;
    std::vector<TrackId> m_chart;
    std::vector<TrackId> m_recent;
    std::vector<std::uint32_t> m_artistBegin; ///< per artist, into m_recentByArtist (CSR)
    std::vector<std::uint32_t> m_recentByArtist; ///< positions in m_recent, grouped by artist
};

} // namespace td::recsys
