// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "sim/scenario/scenario.h"
#include "world/world.h"

#include <memory>

namespace td::sim {

/// Creates the recommender named by `recommender.kind`. The oracle reads `world`; the
/// others see only what the engine hands them. Throws ScenarioError for an unknown kind.
std::unique_ptr<events::Recommender> makeRecommender(
    const Scenario &scenario, const world::World &world);

} // namespace td::sim
