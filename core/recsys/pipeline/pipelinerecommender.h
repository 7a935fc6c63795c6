// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "recsys/context/contextmodel.h"
#include "recsys/params.h"
#include "recsys/pipeline/candidategenerator.h"
#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/pipeline/contentmodel.h"
#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/filters/filterchain.h"
#include "recsys/pipeline/impressionlog.h"
#include "recsys/pipeline/logisticranker.h"
#include "recsys/pipeline/pipelineprobe.h"
#include "recsys/pipeline/pipelinestats.h"
#include "recsys/pipeline/radiostations.h"
#include "recsys/pipeline/rankertrackfacts.h"
#include "recsys/pipeline/rankingstage.h"
#include "recsys/pipeline/servingview.h"
#include "recsys/pipeline/trending.h"
#include "recsys/pipeline/valuefeatures.h"
#include "recsys/pipeline/valuemodel.h"

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

class SlatePolicy;

/// The streaming-service recommender (docs/architecture.md §3, docs/pipeline.md): the event
/// log becomes evidence and content profiles; implicit ALS is retrained on a schedule and
/// folded in after each session; a request runs the stages
///   CandidateGenerator (sources) → FilterChain → ranker features → RankingStage →
///   FilterChain's artist cap → SlatePolicy (exploration, then optional MMR)
/// and logs what it showed (ImpressionLog) for the ranker and off-policy evaluation. This
/// class only wires the stages; each lives in its own file with its own tests.
///
/// Threading: see events::Recommender. Shared state (models, indexes, ranker, trending,
/// policy) changes only in beginDay()/endDay(); each listener's vector, evidence, profile,
/// station and log change only on that listener's worker. `params` is the engine's live
/// parameter block: it changes only between days.
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
    const events::RecommenderDiagnostics &diagnostics() const override { return m_diagnostics; }
    const events::ModelProbe *modelProbe() const override { return &m_probe; }

    // Read-only views for tests and validation (between days).
    const EvidenceStore &evidence() const { return m_evidence; }
    const CollaborativeModel &collaborative() const { return m_collaborative; }
    const ContentModel &content() const { return m_content; }
    const LogisticRanker &ranker() const { return m_ranker; }
    const ContextModel &contextModel() const { return m_context; }
    /// The long-term value model (objective = retention; untrained otherwise).
    const ValueModel &valueModel() const { return m_value; }
    Day day() const { return m_day; }
    /// Heap bytes of the state kept across days, per component (name, bytes): what
    /// bench_pipeline reports per day to show what grows (docs/performance.md, "Memory").
    /// Engine thread between days.
    std::vector<std::pair<const char *, std::size_t>> memoryReport() const;

private:
    struct RequestScratch;

    ServingRequest servingRequest(const events::RecRequest &req) const;
    /// Retrieval → filters → features → ranking → artist cap → policy, into `out`.
    void buildSlate(const ServingRequest &request, int k, base::Rng &rng, events::Slate &out,
        events::RequestTrace *trace, RequestScratch &s);
    /// Remembers the slate's shown tracks (features, off-policy weights) for labelling.
    void logSlate(const events::RecRequest &req, const RequestScratch &s, const events::Slate &out);
    void serveRadio(const ServingRequest &request, base::Rng &rng, events::Slate &out,
        events::RequestTrace *trace, RequestScratch &s);
    void trainRanker();
    /// The policy serving `surface` (index into kServedSurfaceNames): its own
    /// (recommender.surfaces.<surface>.policy) or the default one (recommender.policy).
    const SlatePolicy &policyFor(int surface) const;
    /// A policy serving today (recommender.policy, a surface's own, or an off-policy target
    /// of theirs) reads the ALS posteriors.
    bool anyPolicyReadsPosteriors() const;
    /// objective = retention: labels, held-out calibration and the value model's daily fit.
    void endDayValue(Day day, const std::vector<events::Event> &events);

    const RecommenderParams &m_params;
    std::uint64_t m_seed;
    base::ThreadPool *m_pool = nullptr;
    const events::ObservableCatalog *m_catalog = nullptr;
    Day m_day = 0;
    std::size_t m_listenerCount = 0;

    // Models and logs (changed between days; per listener during the day).
    EvidenceStore m_evidence;
    ContentModel m_content;
    ContextModel m_context; ///< infers the listening context (context_aware)
    Trending m_trending;
    RankerTrackTable m_trackFacts; ///< rebuilt at the start of each day
    CollaborativeModel m_collaborative;
    LogisticRanker m_ranker;
    ImpressionLog m_impressions;
    RadioStations m_stations;
    PipelineStats m_stats;
    std::vector<TrackId> m_lastStreamed; ///< seeds "similar to last played" across sessions
    // objective = retention only (docs/policies.md, "Objectives").
    ListenerHistory m_history; ///< recent streams and active days per listener
    ValueModel m_value; ///< learned long-term value
    std::vector<std::uint8_t> m_activeToday; ///< scratch of endDayValue()

    // The stages (immutable during a day).
    CandidateGenerator m_generator;
    FilterChain m_filters;
    RankingStage m_ranking;
    std::unique_ptr<SlatePolicy> m_policy; ///< recommender.policy: every surface without its own
    /// surfaces.<surface>.policy, in kServedSurfaceNames order; null = the surface inherits
    std::array<std::unique_ptr<SlatePolicy>, kServedSurfaceCount> m_surfacePolicies;

    ServingView m_view; ///< rebuilt at the start of each day
    events::RecommenderDiagnostics m_diagnostics; ///< of the last completed day
    PipelineProbe m_probe;
};

} // namespace td::recsys
