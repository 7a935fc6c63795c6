// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "world/world.h"

#include <vector>

namespace td::sim {

/// Baseline that cheats: ranks released tracks by the listener's true expected utility in
/// the request's context (taste, familiarity, fatigue, novelty, mainstreamness). It is the
/// upper reference for regret and lives in sim/, the only module that may see both sides.
///
/// Exact and cheap: for tracks the listener never heard, utility is taste·v plus terms that
/// do not depend on history, so the top k + |history| of those, plus the history tracks
/// scored exactly, contain the true top k.
class OracleRecommender final : public events::Recommender
{
public:
    explicit OracleRecommender(const world::World &world);

    const char *name() const override { return "oracle"; }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

private:
    const world::World &m_world;
    std::vector<TrackId> m_released;
    Day m_day = 0;
};

} // namespace td::sim
