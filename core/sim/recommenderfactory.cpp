// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/recommenderfactory.h"

#include "plugin/pluginrecommender.h"
#include "recsys/baselines/popularrecommender.h"
#include "recsys/baselines/randomrecommender.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/oraclerecommender.h"
#include "sim/scenario/scenarioio.h"
#include "world/catalogimport.h"

#include <QFileInfo>

#include <cstdint>
#include <limits>
#include <string>

namespace td::sim {

std::string pluginLibraryPath(const Scenario &scenario)
{
    const std::string &given = scenario.recommender.pluginPath;
    if (given.empty())
        throw ScenarioError(
            "recommender.plugin.path: required when recommender.kind is \"plugin\"");
    const std::string path = world::resolveScenarioPath(scenario.baseDirectory, given);
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw ScenarioError("recommender.plugin.path: no file '" + path + "'"
            + (path != given ? " ('" + given + "' relative to the scenario's folder)"
                             : std::string()));
    if (!info.isFile())
        throw ScenarioError("recommender.plugin.path: '" + path + "' is not a file");
    return path;
}

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
    case recsys::RecommenderKind::Plugin: {
        // Interface version 1 carries genre and sub-genre labels as 16-bit numbers
        // (include/tastedrift/plugin.h); the world numbers sub-genres up to 99,999.
        const std::size_t subgenres = world.catalog().observable.subgenreNames.size();
        if (subgenres > std::size_t(std::numeric_limits<std::int16_t>::max()) + 1)
            throw ScenarioError("recommender.kind: a plugin sees genre and sub-genre labels as "
                                "16-bit numbers (plugin interface version 1), so the catalogue "
                                "may have at most 32768 sub-genres (world.catalog.genres x "
                                "world.catalog.subgenres_per_genre); this one has "
                + std::to_string(subgenres));
        plugin::PluginRecommender::Config config;
        config.path = pluginLibraryPath(scenario);
        config.options = params.pluginOptions;
        config.runSeed = scenario.run.seed;
        config.slateSize = params.slateSize;
        return std::make_unique<plugin::PluginRecommender>(config);
    }
    }
    throw ScenarioError("recommender.kind: unknown kind " + std::to_string(int(params.kind)));
}

} // namespace td::sim
