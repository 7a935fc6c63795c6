// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/recommenderfactory.h"

#include "recsys/baselines/popularrecommender.h"
#include "recsys/baselines/randomrecommender.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/oraclerecommender.h"
#include "sim/scenario/scenarioio.h"

namespace td::sim {

std::unique_ptr<events::Recommender> makeRecommender(const Scenario &scenario,
    const recsys::RecommenderParams &params, const world::World &world, base::ThreadPool *pool)
{
    const auto &kind = params.kind;
    if (kind == "random")
        return std::make_unique<recsys::RandomRecommender>();
    if (kind == "popular")
        return std::make_unique<recsys::PopularRecommender>(params.popularHalfLifeDays);
    if (kind == "oracle")
        return std::make_unique<OracleRecommender>(world);
    if (kind == "pipeline") {
        auto pipeline = std::make_unique<recsys::PipelineRecommender>(params, scenario.run.seed);
        pipeline->setThreadPool(pool);
        return pipeline;
    }
    throw ScenarioError("recommender.kind: '" + kind + "' is not available in this build");
}

} // namespace td::sim
