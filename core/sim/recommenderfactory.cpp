// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/recommenderfactory.h"

#include "recsys/baselines/popularrecommender.h"
#include "recsys/baselines/randomrecommender.h"
#include "sim/oraclerecommender.h"
#include "sim/scenario/scenarioio.h"

namespace td::sim {

std::unique_ptr<events::Recommender> makeRecommender(
    const Scenario &scenario, const world::World &world)
{
    const auto &kind = scenario.recommender.kind;
    if (kind == "random")
        return std::make_unique<recsys::RandomRecommender>();
    if (kind == "popular")
        return std::make_unique<recsys::PopularRecommender>(
            scenario.recommender.popularHalfLifeDays);
    if (kind == "oracle")
        return std::make_unique<OracleRecommender>(world);
    throw ScenarioError("recommender.kind: '" + kind + "' is not available in this build");
}

} // namespace td::sim
