// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/policytypes.h"

#include <array>
#include <cstdint>
#include <string>

namespace td::recsys {

/// Recommender configuration (docs/architecture.md §3, §5b). Scenario paths in comments
/// (`recommender.` prefix omitted). Units and ranges live in the schema table
/// (sim/scenario/scenarioschema.cpp). Settings that the scenario spells as strings are enums
/// here: the scenario loader resolves them once, so no request compares strings.

/// recommender.kind. The numeric values index kRecommenderKindNames; append only (stored).
/// Plugin: a shared library with the C interface of include/tastedrift/plugin.h.
enum class RecommenderKind : std::uint8_t { Random, Popular, Oracle, Pipeline, Plugin };
inline constexpr std::array<const char *, 5> kRecommenderKindNames { "random", "popular", "oracle",
    "pipeline", "plugin" };

/// recommender.ranker.kind: the trained logistic ranker, or the CF score alone (ablation).
enum class RankerKind : std::uint8_t { Logistic, Cf };
inline constexpr std::array<const char *, 2> kRankerKindNames { "logistic", "cf" };

/// recommender.objective: what the ranking stage orders by (docs/policies.md, "Objectives").
/// The scenario names the value; the numeric values are not stored anywhere.
enum class Objective : std::uint8_t {
    Stream, ///< the ranker's stream probability alone
    Novelty, ///< the stream logit plus objective_novelty_weight × (the track is new to the
             ///< listener)
    /// the stream probability plus objective_weight × the learned value model's uplift of the
    /// listener's chance to stay (ValueModel)
    Retention,
};
inline constexpr std::array<const char *, 3> kObjectiveNames { "stream", "novelty", "retention" };

/// The surfaces a recommender serves (events::Surface minus Organic), in this order.
inline constexpr int kServedSurfaceCount = 4;
inline constexpr std::array<const char *, kServedSurfaceCount> kServedSurfaceNames { "home",
    "radio", "discover_weekly", "release_radar" };

/// Default of recommender.objective_weight (also what the validation compares with).
inline constexpr double kDefaultObjectiveWeight = 0.1;

struct PolicyParams
{
    policy::PolicyKind kind = policy::PolicyKind::Greedy; ///< policy.kind
    double epsilon = 0.1; ///< policy.epsilon
    double temperature = 0.1; ///< policy.temperature
    double ucbBeta = 1.0; ///< policy.ucb_beta
    double linucbAlpha = 1.0; ///< policy.linucb_alpha
    int propensitySamples = 32; ///< policy.propensity_samples (Monte Carlo draws per slate)
};

/// recommender.surfaces.<surface>.policy: a surface's own exploration policy (a team may
/// explore on Discover Weekly and exploit on Home). `own = false` is the scenario's kind
/// "inherit": the surface uses recommender.policy, and the other fields must keep their
/// defaults (scenariovalidate.cpp refuses inert knobs).
struct SurfacePolicy
{
    bool own = false;
    PolicyParams policy;
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
    /// confidence.window_days: a pair with no event for more than this many days is forgotten
    /// at the end of the day (0: no window, only the mass prune; docs/pipeline.md, Prune)
    int windowDays = 0;
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
    RankerKind kind = RankerKind::Logistic; ///< ranker.kind
    int windowDays = 7; ///< ranker.window_days of logged impressions to train on
    double l2 = 1.0; ///< ranker.l2 regularisation
    int maxRows = 50000; ///< ranker.max_rows (deterministic subsample above)
    /// ranker.ips_weighting: each row weighs min(1/propensity, ips_clip) (counterfactual
    /// training: rows the logger rarely shows stand in for those it never showed)
    bool ipsWeighting = false;
    double ipsClip = 10.0; ///< ranker.ips_clip, >= 1 (only with ips_weighting)
};

struct FilterParams
{
    int artistCap = 2; ///< filters.artist_cap per slate
    int skipWindowDays = 14; ///< filters.skip_window_days: skipped this recently = removed
    int heardWindowDays
        = 1; ///< filters.heard_window_days: Home/Radio drop tracks heard this recently
};

/// Shares of candidates.pool_size that each candidate source offers on one surface
/// (candidates.mix.<surface>.<source>; docs/pipeline.md, "Candidate sources"). A source with
/// share s offers up to max(1, ⌊pool · s⌋) tracks (none when s = 0). The pool is the union of
/// what the sources offer, so shares may add up to more than 1.
struct SourceMix
{
    double cf = 0.5; ///< cf: ANN over ALS item factors, query = the listener's vector
    double similar = 0.1; ///< similar: ALS neighbours of the track playing now
    /// similar_history: ALS neighbours of the listener's last stream, when nothing is playing
    double similarHistory = 0.1;
    double content = 0.2; ///< content: audio features near the listener's profile
    double trending = 0.1; ///< trending: the chart, for a listener the model knows
    /// trending_cold_start: the chart, for a listener without a collaborative vector (a new
    /// listener, or every listener before the first retrain)
    double trendingColdStart = 0.5;
    double followed = 1.0; ///< followed: recent releases of artists the listener follows
    double newRelease = 0.05; ///< new_release: the newest releases
};

/// candidates.mix: one SourceMix per served surface, in kServedSurfaceNames order. The
/// defaults are the mix the pipeline has always used.
struct CandidateMix
{
    SourceMix home;
    SourceMix radio { 0.35, 0.3, 0.1, 0.2, 0.1, 0.5, 1.0, 0.05 };
    SourceMix discoverWeekly;
    SourceMix releaseRadar { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0 };

    /// The mix of a served surface (index into kServedSurfaceNames).
    const SourceMix &forSurface(int surface) const
    {
        switch (surface) {
        case 1:
            return radio;
        case 2:
            return discoverWeekly;
        case 3:
            return releaseRadar;
        default:
            return home;
        }
    }
};

struct RecommenderParams
{
    RecommenderKind kind = RecommenderKind::Popular; ///< kind
    int slateSize = 20; ///< slate_size
    int retrainEveryDays = 1; ///< retrain_every_days
    /// startup_days: days of uniformly random slates at the start of the run, while the
    /// configured recommender only watches and learns (0 = none, the default)
    int startupDays = 0;
    int poolSize = 300; ///< candidates.pool_size
    /// candidates.explore_share: share of the pool filled with uniformly random released
    /// tracks on every surface but Release Radar (0 = none, the default)
    double exploreShare = 0.0;
    CandidateMix candidateMix; ///< candidates.mix
    /// context_aware: content profiles are looked up in the request's listening context
    /// (false: the all-contexts profile for every request, a context-blind service)
    bool contextAware = true;
    int annEf = 64; ///< ann.ef
    int annM = 16; ///< ann.m
    /// index_lag_days: the ALS retrieval index of a model serves from `index_lag_days` after
    /// the model's first day, built in the background meanwhile (0 = at once, as before)
    int indexLagDays = 0;
    PolicyParams policy;
    /// surfaces.<surface>.policy, in kServedSurfaceNames order (recommender.policy when not own)
    std::array<SurfacePolicy, kServedSurfaceCount> surfacePolicies;
    double mmrLambda = 0.0; ///< diversity.mmr_lambda (0 = off)
    Objective objective = Objective::Stream; ///< objective
    double popularHalfLifeDays = 7.0; ///< popular.half_life_days (decay of play counts)
    ConfidenceParams confidence;
    AlsModelParams als;
    RankerParams ranker;
    FilterParams filters;
    /// metrics.ope.target: the policy whose stream rate the off-policy estimates (ope_ips,
    /// ope_snips) estimate from this run's logged propensities.
    PolicyParams opeTarget;
    double objectiveNoveltyWeight = 0.15; ///< objective_novelty_weight (objective = novelty)
    /// objective_weight (objective = retention; live): weight of the value model's uplift
    /// against the stream probability. Any other objective refuses a value other than this
    /// default (scenario validation), so the knob is never silently inert.
    double objectiveWeight = kDefaultObjectiveWeight;
    /// plugin.path: the plugin library (kind = plugin), relative to the scenario file
    std::string pluginPath;
    /// plugin.options: text handed verbatim to the plugin's create() (its own settings)
    std::string pluginOptions;

    /// The policy serving a surface (index into kServedSurfaceNames): its own, or
    /// recommender.policy.
    const PolicyParams &policyFor(int surface) const
    {
        const SurfacePolicy &own = surfacePolicies[std::size_t(surface)];
        return own.own ? own.policy : policy;
    }
};

} // namespace td::recsys
