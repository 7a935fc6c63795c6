// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "world/world.h"

namespace td::world {

/// One listener's simulated day (docs/architecture.md §2): win-back or churn check, sessions on
/// surfaces (Home slate with position bias, Radio with a quit hazard, weekly playlists,
/// organic search/library plays), responses, satisfaction, drift.
///
/// Every random draw comes from the listener's own streams for the day (one per purpose),
/// so the result does not depend on which thread runs it.
class ListenerDay
{
public:
    ListenerDay(World &world, ListenerId l, Day day, events::Recommender &recommender,
        WorkerScratch &scratch, DayCounters &counters);
    void run();

private:
    struct Played
    {
        PlayOutcome outcome;
        bool satisfying = false;
    };

    /// A request's observable fields (listener, day, weekday, hour, surface, device, session
    /// so far, ...), the same for every surface.
    events::RecRequest makeRequest(float hour, events::Surface surface, int k) const;
    /// Counts the session's first recommender request for context_inference_accuracy.
    void noteInference(events::Context truth, events::Context inferred);
    events::Surface pickSurface();
    void slateSession(
        float &hour, events::Context ctx, events::Surface surface, int k, double decay);
    /// Adds the true expected streams of the target policy's slate (ope_truth) to the day.
    void scoreTargetSlate(const std::vector<TrackId> &slate, double decay);
    void radioSession(float &hour, events::Context ctx);
    void organicSession(float &hour, events::Context ctx);
    TrackId searchOrLibrary(events::Context ctx);
    /// Starts loading the catalogue rows a utility and a play of track t read (memory only).
    void prefetchTrack(TrackId t) const;
    Played playTrack(TrackId t, float &hour, events::Context ctx, events::Surface surface,
        const events::SlateEntry *entry, int position, std::uint8_t policy);
    void remember(TrackId t, const PlayOutcome &o);
    /// Satiation rises with every play; a liked first stream of an artist is a discovery.
    void noteSatiationAndDiscovery(TrackId t, ArtistId artist, const PlayOutcome &o);
    float artistSkips(ArtistId a) const;
    void noteArtistSkip(ArtistId a);
    void logEvent(events::Action action, TrackId t, float hour, events::Context ctx,
        events::Surface surface, const events::SlateEntry *entry, int position, std::uint8_t policy,
        std::int32_t listenMs);
    void finishSession(std::size_t firstEvent);
    /// Whether today's listening reached world.sessions.max_hours_per_day: the play that
    /// reaches it is the day's last (docs/world.md, "Sessions").
    bool dayBudgetSpent() const
    {
        return m_dayListenMs >= m_params.sessions.maxHoursPerDay * 3.6e6;
    }
    void driftAndChurn();

    World &m_world;
    Population &m_pop;
    const Catalog &m_catalog;
    const WorldParams &m_params;
    ListenerId m_l;
    Day m_day;
    events::Recommender &m_recommender;
    WorkerScratch &m_scratch;
    DayCounters &m_counters;
    base::Rng m_sessionRng;
    base::Rng m_responseRng;
    base::Rng m_organicRng;
    base::Rng m_policyRng;
    base::Rng m_deviceRng;
    std::uint32_t m_requestIndex = 0;
    std::uint32_t m_sessionIndex = 0;
    TrackId m_lastPlayed = kNoTrack;
    std::uint8_t m_weekday = 0;
    events::Device m_device = events::Device::Phone; ///< this session's device
    events::SessionSoFar m_session; ///< what the service has seen of this session
    bool m_inferencePending = false; ///< the session's first request is still to come
    int m_discoveries = 0; ///< today's liked first streams of an artist
    double m_boredomSum = 0.0; ///< Σ boredom of today's plays (slow satisfaction)
    int m_dayPlays = 0;
    double m_dayListenMs = 0.0; ///< today's listening time, every play (budget)
    double m_dayQualitySum = 0.0; ///< Σ quality of today's sessions (slow satisfaction)
    int m_daySessions = 0;
    bool m_active = false; ///< at least one session today
    double m_sessionQuality = 0.0;
    int m_sessionPlays = 0;
    bool m_traced = false;
};

} // namespace td::world
