// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/event.h"

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

private:
    double m_decay;
    int m_window;
    std::vector<double> m_counts;
    std::vector<TrackId> m_chart;
    std::vector<TrackId> m_recent;
};

} // namespace td::recsys
