// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/recommender.h"
#include "recsys/pipeline/candidate.h"

#include <array>
#include <cstdint>
#include <vector>

namespace td::recsys {

/// Radio on the pipeline: a station's queue is built like a slate when the session starts and
/// then served one track at a time; each track's propensity is that of its place in its
/// queue. A station never runs dry: when the listener reaches the end of the queue, the next
/// kQueueLength tracks are queued from where the session is then (the track playing now as
/// the seed), leaving out every track the station already played (played()), so a radio
/// session lasts as long as the listener stays (world.sessions.radio_max_tracks goes to
/// 1000). One station per listener, kept with the features each queued track was ranked on
/// (the impression log needs them when the track is actually played).
///
/// Threading: every method touches only listener l's station (its worker), except resize().
class RadioStations
{
public:
    /// Tracks queued at a time: when a station starts, and at each refill.
    static constexpr int kQueueLength = 40;

    void resize(std::size_t listeners);
    /// Whether `request` (a Radio request) starts a new station: a new session, a new day, or
    /// the first track of a session.
    bool startsStation(const events::RecRequest &request) const;
    /// Whether `request` (of the station's session) asks past the end of the queue.
    bool needsRefill(const events::RecRequest &request) const;
    /// Starts listener l's station for `request`'s session with the built queue.
    void start(const events::RecRequest &request, const std::vector<events::SlateEntry> &queue,
        std::vector<std::array<float, kFeatureCount>> features);
    /// The listener reached the end of the queue: its tracks (all played) join played().
    void retireQueue(ListenerId l);
    /// Queues the next tracks from `request`'s position on (after retireQueue()).
    void refill(const events::RecRequest &request, const std::vector<events::SlateEntry> &queue,
        std::vector<std::array<float, kFeatureCount>> features);
    /// The queued track at session position `position`, or null outside the current queue.
    const events::SlateEntry *track(ListenerId l, std::size_t position) const;
    /// The ranker features of that track (valid where track() is not null).
    const std::array<float, kFeatureCount> &features(ListenerId l, std::size_t position) const
    {
        const Station &s = m_stations[l];
        return s.features[position - s.first];
    }
    /// The tracks of listener l's retired queues this session, sorted: a refill leaves them
    /// out.
    const std::vector<TrackId> &played(ListenerId l) const { return m_stations[l].played; }
    /// The listener's session ended: the next Radio request starts a new station, so this
    /// one's queue, features and played tracks are never read again and their memory is given
    /// back (a station holds ~2 KB; kept, every listener who ever listened to radio would hold
    /// their largest station for the rest of the run).
    void endSession(ListenerId l);
    /// Whether listener l holds no station memory (after endSession()); for tests.
    bool released(ListenerId l) const;

    /// Heap bytes held (vector capacities), for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t kNoSession = 0xFFFFFFFFu;
    struct Station
    {
        std::uint32_t session = kNoSession;
        Day day = -1;
        std::size_t first = 0; ///< session position of queue[0]
        std::vector<events::SlateEntry> queue;
        std::vector<std::array<float, kFeatureCount>> features;
        std::vector<TrackId> played; ///< retired queues' tracks, sorted
    };
    std::vector<Station> m_stations;
};

} // namespace td::recsys
