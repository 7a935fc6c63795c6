// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace td::events {

/// Funnel counts of one day, summed over requests: what each stage of a candidate pipeline let
/// through. Named entries, so that readers (engine, GUI, CLI) need no recommender header.
/// Empty (requests == 0, no entries) for recommenders without a candidate pipeline.
struct FunnelCounts
{
    std::vector<std::pair<std::string, std::int64_t>> bySource; ///< candidates offered per source
    std::int64_t merged = 0; ///< distinct candidates after merging
    std::vector<std::pair<std::string, std::int64_t>> removedBy; ///< removed per filter rule
    std::int64_t ranked = 0;
    std::int64_t shown = 0;
    std::int64_t requests = 0;
};

/// Off-policy evaluation tallies of one day over labelled Home impressions: the per-position
/// IPS estimate of the target policy's stream rate is weighted / impressions, SNIPS is
/// weighted / weights (Swaminathan & Joachims 2015), with weight = P_target / P_logged; the
/// doubly-robust estimate (Dudík et al. 2011) is doublyRobust / impressions. The sums of
/// squares give the estimates' standard errors from the per-impression values: IPS
/// sqrt((weightedSquares/N − IPS²)/N); SNIPS (delta method)
/// sqrt((1 − 2S)·weightedSquares + S²·squaredWeights) / weights (rewards are 0/1, so
/// Σ w²r² = Σ w²r).
struct OffPolicyTally
{
    double impressions = 0.0;
    double streams = 0.0; ///< logged rewards: the logging policy's own rate is streams/impressions
    double weighted = 0.0; ///< Σ w·r
    double weights = 0.0; ///< Σ w
    double weightedSquares = 0.0; ///< Σ w²·r
    double squaredWeights = 0.0; ///< Σ w²
    /// Σ over impressions of Σ_a π(a at slot)·r̂(a, slot) + w·(r − r̂(shown, slot))
    double doublyRobust = 0.0;
    bool stochasticLogger = false; ///< the logging policy's propensities vary (IPS is defined)

    void add(const OffPolicyTally &o)
    {
        impressions += o.impressions;
        streams += o.streams;
        weighted += o.weighted;
        weights += o.weights;
        weightedSquares += o.weightedSquares;
        squaredWeights += o.squaredWeights;
        doublyRobust += o.doublyRobust;
    }
};

/// Where a recommender spent one simulated day's time, in seconds (benchmarks and reports).
/// Observation only: reading the clock draws no random numbers and changes no result.
/// `serve` and `foldIn` are summed over the worker threads that ran them (thread-seconds);
/// the others are wall time on the engine thread (fanning out over the pool where noted).
struct RecommenderTimings
{
    double serve = 0.0; ///< building slates: retrieval → filters → features → rank → policy
    std::int64_t requests = 0; ///< slates built (the serving path's work items)
    double foldIn = 0.0; ///< exact fold-in of the listener's vector after each session
    double contentIndex = 0.0; ///< audio-feature index build (once, on the first day)
    double cfIndex = 0.0; ///< start of day: ALS item-factor index rebuild (after a retrain)
    double endDayGather = 0.0; ///< end of day: trending, ranker rows, funnel, policy.learn()
    double evidenceMatrix = 0.0; ///< retrain: decayed evidence → confidence matrix
    double alsFit = 0.0; ///< retrain: warm-started implicit ALS (pool)
    int alsIterations = 0; ///< iterations run by that fit (0: no retrain today)
    double itemPosteriors = 0.0; ///< retrain: Cholesky factors of the item posteriors (pool)
    double rankerTrain = 0.0; ///< retrain: logistic ranker (Newton)
};

/// The retrieval index that served the day (docs/retrieval.md, "Index lag" and "Index
/// quality"); NaN where not defined (no index yet, or a recommender without one).
struct IndexStatus
{
    /// today − the first day of the model the served index was built from
    double ageDays = std::numeric_limits<double>::quiet_NaN();
    /// recall@10 of the served index against exact search on the day's sampled listeners
    double recall = std::numeric_limits<double>::quiet_NaN();
    int recallQueries = 0; ///< listeners with a vector that the recall was measured on
    /// recall@10 of the audio-feature index against exact search, the sampled listeners'
    /// content profiles as queries (content_recall)
    double contentRecall = std::numeric_limits<double>::quiet_NaN();
    int contentRecallQueries = 0; ///< listeners with a content profile it was measured on
};

/// What a recommender reports about its last completed day, for the engine, the metrics and
/// the inspector. Plain data: no reader needs to know the recommender's concrete type.
struct RecommenderDiagnostics
{
    FunnelCounts funnel;
    /// Filled by recommenders that log Home impressions with propensities (impressions > 0).
    OffPolicyTally offPolicy;
    RecommenderTimings timings;
    IndexStatus index; ///< set at the start of the day, after the index swap
};

/// Read-only questions about a recommender's learned model, for metrics that compare it with
/// the truth and for the inspector. Engine thread, between days; no random numbers.
class ModelProbe
{
public:
    virtual ~ModelProbe();
    /// A collaborative model has been fitted.
    virtual bool hasModel() const = 0;
    /// The model holds a vector for this listener (false before the first fit, and for a
    /// listener it has no evidence on yet).
    virtual bool knowsListener(ListenerId l) const = 0;
    /// The model's predicted preference score for (listener, track); 0 when it has none.
    virtual float predictedScore(ListenerId l, TrackId t) const = 0;
    /// Mean posterior variance of the listener's vector (certainty; larger = less certain),
    /// NaN without a model.
    virtual double posteriorVariance(ListenerId l) const = 0;
    /// Share of the model's positive training evidence that the recommender's own exposures
    /// caused (docs/metrics.md, self_caused_evidence); NaN when undefined.
    virtual double selfCausedShare(Day day) const = 0;
};

/// Seconds since `start` (steady clock).
inline double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace td::events
