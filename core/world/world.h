// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/cumulativeweights.h"
#include "events/event.h"
#include "events/recommender.h"
#include "world/audioprojection.h"
#include "world/catalog.h"
#include "world/daycounters.h"
#include "world/params.h"
#include "world/population.h"
#include "world/response.h"

#include <cstdint>
#include <vector>

namespace td::world {

/// Scratch space of one worker, reused from listener to listener and day to day so the day
/// loop does not allocate per event.
struct WorkerScratch
{
    std::vector<events::Event> events; ///< this chunk's events of the day, in order
    /// The true listening context of each event (parallel to `events`): the truth stays on the
    /// world's side; the engine hands it to the metrics, never to the recommender.
    std::vector<events::Context> contexts;
    events::Slate slate;
    std::vector<events::SlateEntry> shown;
    std::vector<float> contextTaste;
    std::vector<float> sessionHours; ///< start times of one listener's sessions of the day
    std::vector<TrackId> searchDraws; ///< the tracks one organic search considers
    /// Listeners of this chunk whose first Home request today is traced, and where to.
    std::vector<std::pair<ListenerId, events::RequestTrace *>> traces;
};

/// The ground truth: catalogue, listeners and the rules by which they live a day.
///
/// Thread contract: beginDay(), arrivals and shocks run on the engine thread alone;
/// simulateListener() runs concurrently for distinct listeners and writes only that
/// listener's state and the caller's scratch/counters.
class World
{
public:
    /// `params` must outlive the world; live changes to it apply from the next day.
    World(const WorldParams &params, std::uint64_t seed);
    /// Uses a prepared catalogue (e.g. imported from CSV) instead of generating one.
    World(const WorldParams &params, std::uint64_t seed, Catalog catalog);

    const Catalog &catalog() const { return m_catalog; }
    const Population &population() const { return m_population; }
    Population &population() { return m_population; }
    const ResponseModel &response() const { return m_response; }
    const AudioProjection &projection() const { return m_projection; }
    std::uint64_t seed() const { return m_seed; }
    /// Size of the Home slate (the scenario's recommender.slate_size).
    int homeSlateSize() const { return m_homeSlateSize; }
    void setHomeSlateSize(int k) { m_homeSlateSize = k; }

    /// Start of `day`: new listeners arrive, newly released tracks become findable.
    /// Returns the number of arrivals.
    std::size_t beginDay(Day day);

    /// The scale c of today's individual malleability rates min(1, c·factor): the one that
    /// makes their population mean world.listeners.malleability (world/malleability.h). Set
    /// at construction and by beginDay(), so a live change applies from the next day.
    double malleabilityScale() const { return m_malleabilityScale; }

    /// A mass regime shift: a `share` of active listeners move their anchor (and half of the
    /// way their taste) toward `genre` (-1: a random genre each) with `strength`.
    void tasteShock(Day day, double share, int genre, double strength);

    /// Simulates listener l's whole day: sessions, responses, drift, churn.
    void simulateListener(ListenerId l, Day day, events::Recommender &recommender,
        WorkerScratch &scratch, DayCounters &counters);

    /// For the truth-firewall test (tests/core/sim/tst_firewall.cpp) only: publishes every
    /// true context label (Population::currentContext, WorkerScratch::contexts, traces,
    /// context_inference_accuracy) through `relabel` while listeners still live their real
    /// contexts. A recommender that never reads the truth cannot tell; one that does (the
    /// oracle) can.
    void relabelPublishedContexts(const std::array<events::Context, events::kContextCount> &relabel)
    {
        m_relabel = relabel;
    }
    /// The label published for a session whose true context is `c` (c itself unless a test
    /// relabelled).
    events::Context published(events::Context c) const { return m_relabel[std::size_t(c)]; }

private:
    void initialise(std::size_t listeners);

    const WorldParams &m_params;
    std::uint64_t m_seed;
    AudioProjection m_projection;
    Catalog m_catalog;
    Population m_population;
    ResponseModel m_response;
    int m_homeSlateSize = 20;
    std::array<events::Context, events::kContextCount> m_relabel { events::Context::None,
        events::Context::Commute, events::Context::Focus, events::Context::Workout,
        events::Context::Evening, events::Context::Sleep };
    std::vector<TrackId> m_released; ///< released tracks (organic search pool)
    base::CumulativeWeights m_releasedAppeal; ///< prefix sums of appeal over m_released
    /// malleabilityScale() of world.listeners.malleability (a live knob), set each day
    double m_malleabilityScale = 0.0;
    friend class ListenerDay;
};

} // namespace td::world
