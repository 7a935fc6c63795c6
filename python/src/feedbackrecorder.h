// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace td::python {

/// Records the Home impressions of a run as logged bandit feedback (one round per shown Home
/// slate position: who, when, on what device, which track at which position, with which
/// propensity, and whether it was streamed), for Simulation.logged_feedback() in Open Bandit
/// Pipeline's layout (docs/extending.md).
///
/// It sits in front of the serving recommender (sim::EngineHooks::wrapServing), forwards every
/// call unchanged and only watches: a run with it gives the same numbers as one without.
/// Rounds are labelled exactly as the pipeline labels its off-policy tallies (ImpressionLog):
/// when the listener's session ends, a shown track counts if the session logged its impression
/// at that position, and its reward is 1 if the session also logged a stream of it there; so
/// IPS over these rounds with the target propensities reproduces the run's ope_ips.
///
/// Threading: recommend() and endSession() touch only that listener's slots; beginDay() and
/// endDay() (which appends the day's rounds in listener order) run alone.
class FeedbackRecorder final : public events::Recommender
{
public:
    struct Round
    {
        Day day = 0;
        float hour = 0.0f;
        std::uint8_t weekday = 0;
        events::Device device = events::Device::Phone;
        bool explicitAllowed = true;
        std::uint16_t sessionPlays = 0;
        std::uint16_t sessionSkips = 0;
        std::uint32_t requestIndex = 0;
        std::uint32_t sessionIndex = 0;
        ListenerId listener = 0;
        TrackId track = kNoTrack;
        std::uint16_t position = 0;
        float propensity = 1.0f; ///< the logging policy's, as logged
        /// P(track at position) under metrics.ope.target (pipeline, stochastic logger); NaN
        /// when the recommender does not compute it.
        double targetPropensity = 0.0;
        bool streamed = false;
    };

    explicit FeedbackRecorder(events::Recommender &inner) : m_inner(inner) { }

    const char *name() const override { return m_inner.name(); }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;
    bool tasteBeliefs(ListenerId listener, events::TasteBeliefs &out) const override
    {
        return m_inner.tasteBeliefs(listener, out);
    }
    const events::RecommenderDiagnostics &diagnostics() const override
    {
        return m_inner.diagnostics();
    }
    const events::ModelProbe *modelProbe() const override { return m_inner.modelProbe(); }

    /// Every labelled round so far, in (day, listener, request) order.
    const std::vector<Round> &rounds() const { return m_rounds; }
    /// Requests answered so far on every surface (inspection requests excluded).
    std::int64_t requests() const { return m_requests.load(std::memory_order_relaxed); }

private:
    struct Listener
    {
        std::vector<Round> pending; ///< shown, session not over yet
        std::vector<Round> labelled; ///< today's, moved to m_rounds at the end of the day
    };
    events::Recommender &m_inner;
    std::vector<Listener> m_listeners;
    std::vector<Round> m_rounds;
    std::atomic<std::int64_t> m_requests { 0 }; ///< workers add concurrently; order-free
};

} // namespace td::python
