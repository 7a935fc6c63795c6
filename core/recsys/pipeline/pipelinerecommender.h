// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "recsys/als/implicitals.h"
#include "recsys/ann/itemindex.h"
#include "recsys/params.h"
#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/contentprofiles.h"
#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/logisticranker.h"
#include "recsys/pipeline/pipelinetimings.h"
#include "recsys/pipeline/trending.h"

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

class SlatePolicy;

/// Funnel counts of one day (summed over requests): what each stage let through.
struct PipelineFunnel
{
    std::array<std::int64_t, kSourceCount> bySource {}; ///< candidates offered per source
    std::int64_t merged = 0; ///< distinct candidates after merging
    std::array<std::int64_t, kFilterReasonCount> removed {}; ///< per filter reason
    std::int64_t ranked = 0;
    std::int64_t shown = 0;
    std::int64_t requests = 0;
};

/// Off-policy evaluation tallies of one day over labelled Home impressions: the per-position
/// IPS estimate of the target policy's stream rate is weighted / impressions, SNIPS is
/// weighted / weights (Swaminathan & Joachims 2015), with weight = P_target / P_logged.
struct OffPolicyTally
{
    double impressions = 0.0;
    double streams
        = 0.0; ///< logged rewards: the logging policy's own rate is streams / impressions
    double weighted = 0.0; ///< Σ w·r
    double weights = 0.0; ///< Σ w
    bool stochasticLogger = false;
};

/// The streaming-service recommender (DESIGN.md §3): event log → evidence and content
/// profiles → implicit ALS (retrained on a schedule, folded in after each session) → ANN
/// retrieval and other candidate sources → filters → trained ranker → exploration policy →
/// optional MMR. Sees only observable data.
///
/// Threading: see events::Recommender. Shared state (ALS item factors, indexes, ranker,
/// trending, policy model) changes only in beginDay()/endDay(); each listener's user vector,
/// evidence, profile, radio queue and pending impressions change only on that listener's
/// worker. `params` is the engine's live parameter block: it changes only between days.
class PipelineRecommender final : public events::Recommender
{
public:
    PipelineRecommender(const RecommenderParams &params, std::uint64_t seed);
    ~PipelineRecommender() override;

    /// Worker pool used for retraining between days (optional; results do not depend on it).
    void setThreadPool(base::ThreadPool *pool) { m_pool = pool; }

    const char *name() const override { return "pipeline"; }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

    /// The pipeline's belief about `listener`'s taste per context, in raw audio-feature units:
    /// - in a context where it keeps the listener's own content profile (at least
    ///   ContentProfiles::kMinStreams streams there), that profile, i.e. the decayed mean of the
    ///   standardised features of what they streamed in it, converted back to raw units
    ///   (mean + sd · z; BeliefBasis::ContentProfile): what its content source searches with;
    /// - elsewhere, and always for Context::None, the mean raw features of its top
    ///   TasteBeliefs::kTopTracks released tracks by CF score x_u·y_i (ties: lower id;
    ///   BeliefBasis::Collaborative), which is context-free like the ALS model itself;
    /// - BeliefBasis::None where it has neither (no profile there and no model or no
    ///   listener vector yet).
    /// Read-only, no random numbers; engine thread between days. Always returns true.
    bool tasteBeliefs(ListenerId listener, events::TasteBeliefs &out) const override;

    // Read-only views for metrics, the inspector and tests (between days).
    const EvidenceStore &evidence() const { return m_evidence; }
    const als::ImplicitAls &model() const { return m_als; }
    /// The listener's current vector (after today's fold-ins); null before the first retrain.
    const float *userVector(ListenerId l) const;
    const float *itemVector(TrackId t) const;
    /// Catalogue-standardised audio features of a track (kAudioFeatureCount floats).
    const float *audioFeatures(TrackId t) const { return m_features.row(t); }
    int factors() const { return m_params.als.factors; }
    bool hasModel() const { return m_modelReady; }
    /// Predicted CF score x_u·y_i (0 without a model).
    float predictedScore(ListenerId l, TrackId t) const;
    /// trace(Σ_u)/f of the listener's ALS posterior (certainty; larger = less certain).
    double posteriorVariance(ListenerId l) const;
    const LogisticRanker &ranker() const { return m_ranker; }
    /// Funnel of the last completed day.
    const PipelineFunnel &lastFunnel() const { return m_lastFunnel; }
    /// Off-policy tallies of the last completed day.
    const OffPolicyTally &lastOffPolicy() const { return m_lastOpe; }
    /// Stage costs of the last completed day (beginDay() to endDay()).
    const PipelineTimings &lastTimings() const { return m_timings; }
    Day day() const { return m_day; }

private:
    /// The listening context the service uses for `req`: its own, or Context::None when the
    /// scenario makes the service context-blind (recommender.context_aware = false).
    events::Context servedContext(const events::RecRequest &req) const
    {
        return m_params.contextAware ? req.context : events::Context::None;
    }
    struct ListenerState;
    struct RequestScratch;

    void buildSlate(const events::RecRequest &req, int k, base::Rng &rng, events::Slate &out,
        events::RequestTrace *trace, RequestScratch &s);
    void recordShown(const events::RecRequest &req, ListenerState &state, const RequestScratch &s,
        const events::Slate &out);
    void generateCandidates(const events::RecRequest &req, RequestScratch &s);
    void applyFilters(const events::RecRequest &req, RequestScratch &s) const;
    void computeFeatures(const events::RecRequest &req, RequestScratch &s) const;
    void buildEvidenceRow(ListenerId l, std::vector<als::Entry> &out) const;
    void foldIn(ListenerId l);
    void retrain(Day day);
    void trainRanker();
    void buildContentIndex();
    void rebuildCfIndex();

    const RecommenderParams &m_params;
    std::uint64_t m_seed;
    base::ThreadPool *m_pool = nullptr;
    const events::ObservableCatalog *m_catalog = nullptr;
    Day m_day = 0;
    std::size_t m_listenerCount = 0;

    EvidenceStore m_evidence;
    ContentProfiles m_profiles;
    StandardisedFeatures m_features;
    Trending m_trending;
    als::ImplicitAls m_als;
    bool m_modelReady = false;
    bool m_indexStale = true;
    std::vector<float> m_userVectors; ///< listeners × f (fold-ins write their own row)
    std::vector<float> m_itemEvidence; ///< positive evidence mass per track (item uncertainty)
    ItemIndex m_cfIndex; ///< every track, released or not; rebuilt after each retrain
    ItemIndex m_contentIndex; ///< every track, released or not (built once)
    std::function<bool(TrackId)> m_released; ///< search filter: released by today
    LogisticRanker m_ranker;
    std::unique_ptr<SlatePolicy> m_policy;

    std::vector<std::unique_ptr<ListenerState>> m_listeners;
    /// Training rows of the last window days: features (kFeatureCount each), labels.
    struct TrainingDay
    {
        Day day = 0;
        std::vector<float> features;
        std::vector<float> labels;
    };
    std::vector<TrainingDay> m_training;
    PipelineFunnel m_lastFunnel;
    OffPolicyTally m_lastOpe;
    PipelineTimings m_timings;
};

} // namespace td::recsys
