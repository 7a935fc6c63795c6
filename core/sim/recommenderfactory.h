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

/// The plugin library of a `recommender.kind = plugin` scenario, resolved against the
/// scenario's folder (like world.catalog.path). Throws ScenarioError (bad input: exit code 2)
/// when the path is empty or names no file.
std::string pluginLibraryPath(const Scenario &scenario);

/// Creates the recommender named by `recommender.kind`. The oracle reads `world`; the
/// others see only what the engine hands them. `params` is the engine's live recommender
/// block (it must outlive the recommender); `pool` is lent to the pipeline for retraining
/// between days. Throws ScenarioError for an unknown kind or a plugin path that names no file,
/// plugin::PluginError for a plugin that cannot be loaded or created (a runtime failure).
std::unique_ptr<events::Recommender> makeRecommender(const Scenario &scenario,
    const recsys::RecommenderParams &params, const world::World &world, base::ThreadPool *pool);

} // namespace td::sim
