// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/metriccatalog.h"

#include <algorithm>

namespace td::metrics {

const std::vector<MetricInfo> &metricCatalog()
{
    // Append only: the names are the CSV/JSON contract. Order is the column order.
    static const std::vector<MetricInfo> catalog {
        { "active_listeners", "listeners", "listeners with at least one session today" },
        { "population", "listeners", "listeners signed up and not churned at the end of the day" },
        { "arrivals", "listeners", "new listeners who signed up today" },
        { "sessions", "sessions", "listening sessions started today" },
        { "plays", "plays", "tracks started today (streams + skips), all surfaces" },
        { "streams", "plays", "plays of at least 30 s, all surfaces" },
        { "skip_rate", "share", "skips / plays over all surfaces, organic included" },
        { "listen_through", "share", "mean listened fraction of track duration over plays" },
        { "saves", "actions", "tracks saved to the library today" },
        { "session_length", "tracks", "mean plays per session" },
        { "churned", "listeners", "listeners who churned today" },
        { "churn_rate", "share/day", "churned / population at the start of the day" },
        { "winbacks", "listeners", "churned listeners who came back today" },
        { "mean_satisfaction", "0..1", "mean satisfaction of listeners not churned" },
        { "satisfaction_p25", "0..1", "25th percentile of satisfaction (not churned)" },
        { "satisfaction_p50", "0..1", "median satisfaction (not churned)" },
        { "satisfaction_p75", "0..1", "75th percentile of satisfaction (not churned)" },
        { "ltv_premium_days", "days", "cumulative premium listener-days active so far" },
        { "rec_share", "share", "share of streams that came from recommendations" },
        { "exploration_share", "share", "share of shown slate items the policy explored" },
        // Feedback loop.
        { "self_caused_evidence", "share",
            "share of the model's training evidence caused by its own recommendations" },
        { "popularity_bias_rec", "0..1",
            "mean true-popularity percentile of shown tracks (catalogue = 0.5)" },
        { "popularity_bias_stream", "0..1",
            "mean true-popularity percentile of streamed tracks (catalogue = 0.5)" },
        { "homogenization_jaccard", "0..1",
            "mean Jaccard index of 7-day streamed-track sets over listener pairs" },
        { "taste_homogenization", "-1..1", "mean pairwise cosine of listeners' true tastes" },
        { "model_truth_alignment", "-1..1",
            "Spearman correlation of predicted vs true utility on probe tracks" },
        { "tracking_error", "0..2",
            "1 - model-truth Spearman for the most drifted quarter of listeners" },
        // Diversity.
        { "intra_list_diversity", "0..2",
            "mean pairwise cosine distance of true vectors within a Home slate" },
        { "coverage", "share", "share of released tracks shown at least once in 7 days" },
        { "exposure_gini", "0..1", "Gini coefficient of today's impressions over released tracks" },
        { "genre_entropy", "bits",
            "mean entropy of the true genres of a listener's 7-day streams" },
        { "gs_score", "-1..1",
            "generalist-specialist score of 7-day streams (1 = specialist; Anderson et al. 2020)" },
        { "novelty", "bits", "mean self-information of streamed tracks (7-day listener share)" },
        { "longtail_share", "share", "share of impressions outside the top 20 % by true appeal" },
        { "new_artist_share", "share",
            "share of impressions on artists who debuted in the last 30 days" },
        // Exploration, certainty and accuracy against the truth.
        { "mean_posterior_variance", "variance",
            "mean trace(posterior covariance)/f of ALS user vectors (uncertainty)" },
        { "regret", "utility",
            "oracle's best-K mean true utility minus the Home slate's, per slate" },
        { "precision_at_k", "share",
            "share of a Home slate whose true utility exceeds the stream threshold" },
        { "ndcg_at_k", "0..1", "NDCG of a Home slate with true utility as graded relevance" },
        // Off-policy estimates (computed by the pipeline; NaN until it fills them).
        { "ope_ips", "streams/impression",
            "per-position IPS estimate of the Home stream rate of metrics.ope.target (stochastic "
            "logging only)" },
        { "ope_snips", "streams/impression",
            "self-normalised IPS estimate of the same (stochastic logging only)" },
        { "home_stream_rate", "streams/impression",
            "this run's Home stream rate per impression: the truth ope_* estimate when the target "
            "runs" },
        { "ope_truth", "streams/impression",
            "true expected Home stream rate of metrics.ope.target on this run's requests (the "
            "world scores one target slate per request; never shown)" },
        // Observable churn and context inference (the state trap).
        { "cancellations", "listeners",
            "premium listeners who cancelled today (the only churn the service observes)" },
        { "context_inference_accuracy", "share",
            "share of sessions whose first request's inferred context was the true one "
            "(recommenders that infer contexts only)" },
        // The world's slow side (world v2).
        { "discoveries", "plays", "liked first streams of an artist today" },
        { "mean_slow_satisfaction", "0..1",
            "mean slow satisfaction (session quality, discovery and variety over weeks) of "
            "listeners not churned" },
        // Diversity by source (Anderson et al. 2020).
        { "gs_score_organic", "-1..1",
            "gs_score of 7-day organic streams only (search and library; Anderson et al. 2020)" },
        { "gs_score_rec", "-1..1",
            "gs_score of 7-day recommended streams only (Anderson et al. 2020)" },
        // Cost in the unit other simulators count (T-RECS: one user gets one slate).
        { "rec_requests", "requests",
            "calls to the recommender today: Home slates, weekly lists and radio tracks" },
        // Off-policy estimates, continued (appended: the CSV columns before it keep their place).
        { "ope_dr", "streams/impression",
            "doubly-robust estimate of the Home stream rate of metrics.ope.target: the ranker's "
            "predicted stream probability under the target, corrected by IPS-weighted residuals "
            "(stochastic logging only)" },
        // The retrieval index (issue 18; appended: the CSV columns before them keep their place).
        { "index_age_days", "days",
            "days since the model that the serving ALS index was built from was retrained "
            "(recommender.index_lag_days; empty before the first index)" },
        { "ann_recall", "share",
            "recall@10 of the serving ALS index against exact search over the same vectors, "
            "on 32 sampled listeners with a vector (empty before the first index)" },
        // The audio-feature index (appended: the CSV columns before it keep their place).
        { "content_recall", "share",
            "recall@10 of the audio-feature index (content source) against exact search over "
            "the same features, on 32 sampled listeners with a content profile (empty before "
            "any has one)" },
    };
    return catalog;
}

int metricIndex(std::string_view name)
{
    const auto &c = metricCatalog();
    const auto it
        = std::find_if(c.begin(), c.end(), [&](const MetricInfo &m) { return m.name == name; });
    return it == c.end() ? -1 : int(it - c.begin());
}

} // namespace td::metrics
