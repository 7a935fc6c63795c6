// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"

#include <vector>

namespace td::recsys {

/// Baseline: a uniformly random slate of distinct released tracks (respecting the listener's
/// explicit-content setting). Every shown track has propensity 1 / (number of eligible tracks).
class RandomRecommender final : public events::Recommender
{
public:
    const char *name() const override { return "random"; }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

private:
    std::vector<TrackId> m_released; ///< frozen per day
    std::vector<TrackId> m_releasedClean; ///< released and not explicit
};

} // namespace td::recsys
