// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"

#include <array>
#include <vector>

namespace td::recsys {

/// Baseline: the most-streamed tracks, with play counts decayed by a half-life (a trending
/// chart), skipping tracks the listener played recently ("most popular unheard", the usual
/// popularity baseline). Before any play, the chart is the prior popularity. Deterministic:
/// propensity 1. Ties break by track id.
class PopularRecommender final : public events::Recommender
{
public:
    explicit PopularRecommender(double halfLifeDays = 7.0);

    const char *name() const override { return "popular"; }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

    /// Tracks per listener remembered as recently played (excluded from their slates).
    static constexpr int kRecentSlots = 32;

    /// Decayed stream count of a track (for tests and the trending source).
    double count(TrackId t) const { return t < m_counts.size() ? m_counts[t] : 0.0; }

private:
    double m_decayPerDay;
    std::vector<double> m_counts;
    std::vector<TrackId> m_chart; ///< released tracks by decreasing count, frozen per day
    std::vector<std::uint8_t> m_explicit;
    /// Ring of recently played tracks per listener; written only by that listener's worker.
    std::vector<std::array<TrackId, kRecentSlots>> m_recent;
    std::vector<std::uint8_t> m_recentNext;
};

} // namespace td::recsys
