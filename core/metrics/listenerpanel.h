// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"
#include "world/population.h"

#include <cstdint>
#include <vector>

namespace td::metrics {

/// A deterministic panel of listeners for the metrics that need per-listener memory (what
/// each listener streamed in the last days; their state at the start of the day), so that
/// memory and time stay bounded at a million listeners.
///
/// Membership: listener l belongs when a hash of (seed, l) falls below
/// p = min(1, kTarget / initial listeners): every listener of a population up to kTarget,
/// otherwise a uniform random share of about kTarget (arrivals join with the same
/// probability). Membership never changes and does not depend on anything simulated.
///
/// Thread affinity: one owner thread (the engine's, between days).
class ListenerPanel
{
public:
    static constexpr std::size_t kTarget = 4096;

    /// A stream in the window: which track, on which day, and whether the recommender caused
    /// it (gs_score_rec) or the listener found it (gs_score_organic).
    struct Stream
    {
        TrackId track = kNoTrack;
        Day day = 0;
        events::Source source = events::Source::Recommended;
    };

    ListenerPanel(std::uint64_t seed, std::size_t initialListeners);

    /// Decides membership of listeners up to `listeners` (ids are appended).
    void grow(std::size_t listeners);
    /// Panel position of l, or -1.
    int index(ListenerId l) const { return l < m_index.size() ? m_index[l] : -1; }
    const std::vector<ListenerId> &members() const { return m_members; }

    /// Adds a stream of member `index` (in event order).
    void addStream(int index, TrackId t, Day day, events::Source source)
    {
        m_windows[std::size_t(index)].push_back({ t, day, source });
    }
    /// Forgets streams older than `windowDays` days before `day` (keeps day − windowDays + 1 ..).
    void prune(Day day, int windowDays);
    /// Streams of member `index` in the window, oldest first.
    const std::vector<Stream> &window(int index) const { return m_windows[std::size_t(index)]; }

    /// Copies the members' state that ResponseModel::utility reads (taste, context
    /// sensitivity, history, traits, blocks) as it is now, i.e. at the start of the next day.
    void takeSnapshot(const world::Population &population);
    /// The copy: member i of the snapshot is listener members()[i]; only the fields named in
    /// takeSnapshot() are meaningful. Listeners who joined after it have no row.
    const world::Population &snapshot() const { return m_snapshot; }
    std::size_t snapshotSize() const { return m_snapshot.size(); }

private:
    std::uint64_t m_seed;
    double m_share;
    std::vector<int> m_index;
    std::vector<ListenerId> m_members;
    std::vector<std::vector<Stream>> m_windows;
    world::Population m_snapshot;
};

} // namespace td::metrics
