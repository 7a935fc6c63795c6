// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "recsys/params.h"
#include "sim/scenario/scenario.h"
#include "world/world.h"

#include <memory>

namespace td::base {
class ThreadPool;
}

namespace td::sim {

/// Creates the recommender named by `recommender.kind`. The oracle reads `world`; the
/// others see only what the engine hands them. `params` is the engine's live recommender
/// block (it must outlive the recommender); `pool` is lent to the pipeline for retraining
/// between days. Throws ScenarioError for an unknown kind.
std::unique_ptr<events::Recommender> makeRecommender(const Scenario &scenario,
    const recsys::RecommenderParams &params, const world::World &world, base::ThreadPool *pool);

} // namespace td::sim
