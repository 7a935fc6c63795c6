// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace td::recsys {

/// Recommender configuration (DESIGN.md §3, §5b). Scenario paths in comments (`recommender.`
/// prefix omitted). Units and ranges live in the schema table (sim/scenario/scenarioschema.cpp).

struct PolicyParams
{
    std::string kind
        = "greedy"; ///< policy.kind: greedy | epsilon_greedy | softmax | ucb | thompson | linucb
    double epsilon = 0.1; ///< policy.epsilon
    double temperature = 0.1; ///< policy.temperature
    double ucbBeta = 1.0; ///< policy.ucb_beta
    double linucbAlpha = 1.0; ///< policy.linucb_alpha
};

struct RecommenderParams
{
    std::string kind = "popular"; ///< kind: random | popular | oracle | pipeline
    int slateSize = 20; ///< slate_size
    int retrainEveryDays = 1; ///< retrain_every_days
    int poolSize = 300; ///< candidates.pool_size
    int annEf = 64; ///< ann.ef
    int annM = 16; ///< ann.m
    PolicyParams policy;
    double mmrLambda = 0.0; ///< diversity.mmr_lambda (0 = off)
    std::string objective = "stream"; ///< objective: stream | retention
    double popularHalfLifeDays = 7.0; ///< popular.half_life_days (decay of play counts)
};

} // namespace td::recsys
