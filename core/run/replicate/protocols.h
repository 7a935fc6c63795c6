// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/replicate/protocol.h"

#include <cstdint>

namespace td::run::replicate {

/// Chaney, Stewart & Engelhardt (2018), their protocol (docs/validation.md, "Homogenisation"):
/// `startupDays` of random recommendations for every kind, fixed tastes (malleability 0), then
/// the greedy pipeline, the oracle (the ideal recommender) and random serve. Each initial
/// listener is paired with their nearest neighbour (cosine) in the pipeline's ALS user space
/// after each day; a run's homogenisation is the pairs' mean Jaccard index of cumulative
/// consumption (every streamed track so far). The measure is the pipeline's minus the ideal's
/// on the same pairs, averaged over 5-day windows: first = days startup+2 … startup+6, middle,
/// last = the last 5 days.
struct ChaneyResult
{
    double gapFirst = 0.0; ///< pipeline − ideal, first window
    double gapMiddle = 0.0; ///< pipeline − ideal, middle window
    double gapLast = 0.0; ///< pipeline − ideal, last window
    double randomLast = 0.0; ///< random − ideal, last window
    /// homogenization_jaccard (the CSV metric) over the last 5 days, per kind.
    double windowedPipeline = 0.0, windowedIdeal = 0.0, windowedRandom = 0.0;
    int first = 0, middle = 0, last = 0; ///< first day of each window
    /// Every listener's consumption is identical across the three kinds on the last start-up
    /// day (the start-up shares its days event for event), and differs on the first served day.
    bool startupShared = false;
    bool servingDiffers = false;
};
ChaneyResult chaney(const Size &size, std::uint64_t seed, unsigned threads, int startupDays = 10);

/// Jiang, Chiappa, Lattimore, György & Kohli (2019): the mean Shannon entropy (bits) of the
/// TRUE sub-genre mix of each initial listener's Home impressions, early (days 1–5) and late
/// (the last 10 days), over listeners shown at least 40 Home tracks in both windows;
/// malleability 0.05. Narrowing = early − late.
/// One policy's arm of jiang(): mean early and late entropy and the listeners averaged.
struct JiangArm
{
    double early = 0.0, late = 0.0;
    int listeners = 0;
    double narrowing() const { return early - late; }
};
/// The three arms of Jiang et al.'s protocol on one seed.
struct JiangResult
{
    JiangArm greedy; ///< greedy
    JiangArm epsilon; ///< ε-greedy, ε = 0.2, over the retrieved pool
    JiangArm wide; ///< ε-greedy, ε = 0.2, candidates.explore_share = 0.5
};
JiangResult jiang(const Size &size, std::uint64_t seed, unsigned threads);

/// Mansoury, Abdollahpouri, Pechenizkiy, Mobasher & Burke (2020): the pipeline with the CF
/// ranker (malleability 0.01). Each initial listener's taste popularity = mean true-popularity
/// percentile of their 50 favourite tracks at the start; niche = bottom quarter, mainstream =
/// top quarter. Recommended popularity = mean true-popularity percentile of the group's Home
/// impressions, early (days 1–5) and late (the last 10 days); overall = popularity_bias_rec.
struct MansouryResult
{
    double overallEarly = 0.0, overallLate = 0.0;
    double nicheTaste = 0.0, nicheEarly = 0.0, nicheLate = 0.0;
    double mainTaste = 0.0, mainEarly = 0.0, mainLate = 0.0;
};
MansouryResult mansoury(const Size &size, std::uint64_t seed, unsigned threads);

/// Anderson, Maystre, Mehrotra, Anderson & Lalmas (2020), both directions, on the default
/// pipeline (greedy):
/// (a) organic vs recommended diversity: gs_score_rec − gs_score_organic, the means of the two
///     CSV columns over days 7 … days−1 (full 7-day windows);
/// (b) diversity vs retention: each listener active at the end of day days/2 − 1 with at least
///     kMinStreams streams in the 14 days before (fewer if days/2 < 14) gets a GS score of those
///     streams (TRUE latent vectors, metrics::gsScore); the listeners are cut into terciles of
///     GS, and churn = churned (the truth) at the end of any day of the second half. The
///     contrast is the specialist tercile's churn share minus the generalist tercile's.
struct AndersonResult
{
    static constexpr int kMinStreams = 10;
    double gsOrganic = 0.0, gsRec = 0.0;
    int gsFrom = 0, gsTo = 0; ///< the GS window [gsFrom, gsTo) of (b)
    int listeners = 0; ///< listeners in (b)
    double churnGeneralist = 0.0, churnMiddle = 0.0, churnSpecialist = 0.0;
    double gsCutLow = 0.0, gsCutHigh = 0.0; ///< tercile boundaries of GS
    /// The observable side: the share of each extreme tercile's premium listeners (tier at the
    /// end of the GS window) with a `cancel` event in the second half; NaN without premium.
    double cancelGeneralist = 0.0, cancelSpecialist = 0.0;
};
AndersonResult anderson(const Size &size, std::uint64_t seed, unsigned threads);

/// Off-policy evaluation: ε-greedy (ε = 0.2) logs, greedy (metrics.ope.target) is the target;
/// per day the run reports ope_ips, ope_snips and ope_truth (docs/metrics.md). Means over the
/// second half of the run (days days/2 … days−1).
struct OpeResult
{
    double ips = 0.0, snips = 0.0, truth = 0.0, logger = 0.0;
    int from = 0, days = 0; ///< the window [from, from + days)
};
OpeResult ope(const Size &size, std::uint64_t seed, unsigned threads);

/// A protocol's measures (values, parallel to Protocol::measures) and printed details from
/// its detailed result: what runSeed() returns, so the tests that assert on the detailed
/// results check the very numbers `tastedrift-cli replicate` prints (seed left 0).
SeedResult seedResult(const ChaneyResult &c);
SeedResult seedResult(const JiangResult &j);
SeedResult seedResult(const MansouryResult &m);
SeedResult seedResult(const AndersonResult &a);
SeedResult seedResult(const OpeResult &o);

} // namespace td::run::replicate
