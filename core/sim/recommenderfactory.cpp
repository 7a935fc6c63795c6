// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/recommenderfactory.h"

#include "recsys/baselines/popularrecommender.h"
#include "recsys/baselines/randomrecommender.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/oraclerecommender.h"
#include "sim/scenario/scenarioio.h"

#include <string>

namespace td::sim {

std::unique_ptr<events::Recommender> makeRecommender(const Scenario &scenario,
    const recsys::RecommenderParams &params, const world::World &world, base::ThreadPool *pool)
{
    switch (params.kind) {
    case recsys::RecommenderKind::Random:
        return std::make_unique<recsys::RandomRecommender>();
    case recsys::RecommenderKind::Popular:
        return std::make_unique<recsys::PopularRecommender>(params.popularHalfLifeDays);
    case recsys::RecommenderKind::Oracle:
        return std::make_unique<OracleRecommender>(world);
    case recsys::RecommenderKind::Pipeline: {
        auto pipeline = std::make_unique<recsys::PipelineRecommender>(params, scenario.run.seed);
        pipeline->setThreadPool(pool);
        return pipeline;
    }
    }
    throw ScenarioError("recommender.kind: unknown kind " + std::to_string(int(params.kind)));
}

} // namespace td::sim
