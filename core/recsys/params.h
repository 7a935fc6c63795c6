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
    double linucbAlpha = 1.0;
    int propensitySamples
        = 32; ///< policy.propensity_samples (Monte Carlo draws per slate) ///< policy.linucb_alpha
};

/// How logged events become implicit-ALS confidence (docs/pipeline.md, "Confidence").
struct ConfidenceParams
{
    double alpha = 2.0; ///< confidence.alpha: c = 1 + alpha·|net evidence|
    double stream = 1.0; ///< confidence.stream (per stream >= 30 s)
    double replay = 1.0; ///< confidence.replay
    double save = 4.0; ///< confidence.save (explicit)
    double playlistAdd = 4.0; ///< confidence.playlist_add (explicit)
    double follow = 2.0; ///< confidence.follow (on the track that led to the follow)
    double skipBrowse = 0.2; ///< confidence.skip_browse: skip on Home/weekly playlists
    double skipRadio = 0.5; ///< confidence.skip_radio
    double skipFocus = 1.0; ///< confidence.skip_focus: skip in a focus session (strong)
    double skipOrganic = 0.5; ///< confidence.skip_organic: skip of a searched track
    double halfLifeDays = 30.0; ///< confidence.half_life_days: exponential decay of evidence
};

/// Implicit ALS inside the pipeline.
struct AlsModelParams
{
    int factors = 32; ///< als.factors
    double regularization = 5.0; ///< als.reg
    int iterations = 2; ///< als.iterations per retrain (warm-started)
    int cgSteps = 3; ///< als.cg_steps
};

/// The trained ranker.
struct RankerParams
{
    std::string kind = "logistic"; ///< ranker.kind: logistic | cf (order by CF score only)
    int windowDays = 7; ///< ranker.window_days of logged impressions to train on
    double l2 = 1.0; ///< ranker.l2 regularisation
    int maxRows = 50000; ///< ranker.max_rows (deterministic subsample above)
};

struct FilterParams
{
    int artistCap = 2; ///< filters.artist_cap per slate
    int skipWindowDays = 14; ///< filters.skip_window_days: skipped this recently = removed
    int heardWindowDays
        = 1; ///< filters.heard_window_days: Home/Radio drop tracks heard this recently
};

struct RecommenderParams
{
    std::string kind = "popular"; ///< kind: random | popular | oracle | pipeline
    int slateSize = 20; ///< slate_size
    int retrainEveryDays = 1; ///< retrain_every_days
    /// startup_days: days of uniformly random slates at the start of the run, while the
    /// configured recommender only watches and learns (0 = none, the default)
    int startupDays = 0;
    int poolSize = 300; ///< candidates.pool_size
    /// candidates.explore_share: share of the pool filled with uniformly random released
    /// tracks (0 = none, the default)
    double exploreShare = 0.0;
    /// context_aware: content profiles are looked up in the request's listening context
    /// (false: the all-contexts profile for every request, a context-blind service)
    bool contextAware = true;
    int annEf = 64; ///< ann.ef
    int annM = 16; ///< ann.m
    PolicyParams policy;
    double mmrLambda = 0.0; ///< diversity.mmr_lambda (0 = off)
    std::string objective = "stream"; ///< objective: stream | retention
    double popularHalfLifeDays = 7.0; ///< popular.half_life_days (decay of play counts)
    ConfidenceParams confidence;
    AlsModelParams als;
    RankerParams ranker;
    FilterParams filters;
    /// metrics.ope.target: the policy whose stream rate the off-policy estimates (ope_ips,
    /// ope_snips) estimate from this run's logged propensities.
    PolicyParams opeTarget;
    double objectiveNoveltyWeight = 0.15; ///< objective_novelty_weight (objective = retention)
};

} // namespace td::recsys
