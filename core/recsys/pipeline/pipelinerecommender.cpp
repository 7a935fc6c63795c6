// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/pipelinerecommender.h"

#include "recsys/pipeline/doublyrobust.h"
#include "recsys/pipeline/pipelinetrace.h"
#include "recsys/pipeline/rankerfeatures.h"
#include "recsys/pipeline/slatepolicy.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <optional>

namespace td::recsys {

namespace {
/// Listeners with a vector whose Home retrieval is checked against exact search each day
/// (ann_recall), and listeners with a content profile whose audio-feature search is
/// (content_recall): enough to see a drop of a few points, cheap next to a day of serving.
constexpr int kRecallQueries = 32;
/// Extra start nodes per graph of the audio-feature index (the ALS index keeps 256). The
/// seeds exist for ALS taste clusters, which are nearly orthogonal (docs/retrieval.md); in the
/// 9 dense audio dimensions the walk needs few, and 256 were a sixth of each search's inner
/// products. Recall@10 and @60 were the same at 32 and 256 (docs/retrieval.md, model 8).
constexpr int kContentEntryPoints = 32;
} // namespace

using events::Action;
using events::secondsSince;
using events::Surface;

/// Per-thread working memory of one request (reused; no allocation once warm).
struct PipelineRecommender::RequestScratch
{
    CandidatePool pool;
    SourceScratch sources;
    std::vector<std::size_t> ranked;
    std::vector<als::Entry> evidence;
    PolicyScratch policy;
    events::Slate queue; ///< a radio station being built
    // Doubly-robust off-policy terms of a Home slate (when the off-policy weights exist).
    std::vector<double> logits;
    std::vector<std::size_t> shownCandidate;
    std::vector<float> opeDirect;
    std::vector<float> opePredicted;
    ValueScoring value; ///< objective = retention: what the ranking read (model null: off)
};

PipelineRecommender::PipelineRecommender(const RecommenderParams &params, std::uint64_t seed)
    : m_params(params), m_seed(seed), m_collaborative(params.als.factors, seed),
      m_probe(m_evidence, m_collaborative, m_day)
{
    m_evidence.setParams(params.confidence);
}

PipelineRecommender::~PipelineRecommender() = default;

void PipelineRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    m_day = day;
    m_catalog = &catalog;
    auto &timings = m_diagnostics.timings;
    timings = events::RecommenderTimings {};
    m_evidence.setParams(m_params.confidence);
    ItemIndex::Params contentIndex; // recommender.ann.ef and .m reach both indexes
    contentIndex.ef = m_params.annEf;
    contentIndex.m = m_params.annM;
    contentIndex.entryPoints = kContentEntryPoints;
    m_content.ensureBuilt(catalog, m_pool, timings, contentIndex);
    m_listenerCount = population.listenerCount;
    m_evidence.resize(m_listenerCount);
    m_content.resize(m_listenerCount);
    m_context.resize(m_listenerCount);
    m_impressions.resize(m_listenerCount);
    m_stations.resize(m_listenerCount);
    m_stats.resize(m_listenerCount);
    if (m_params.objective == Objective::Retention) {
        m_history.resize(m_listenerCount);
        m_value.resize(m_listenerCount);
    }
    if (m_lastStreamed.size() < m_listenerCount)
        m_lastStreamed.resize(m_listenerCount, kNoTrack);
    m_collaborative.growListeners(m_listenerCount);
    m_trending.beginDay(day, catalog);
    // Both indexes hold every track and searches skip unreleased ones (ServingView::released), so a
    // new release needs no rebuild; the ALS index is rebuilt after each retrain (factors moved),
    // served index_lag_days after the model it indexes (docs/retrieval.md, "Index lag").
    m_collaborative.refreshIndex(day, m_params.indexLagDays, m_params.annEf, m_params.annM,
        catalog.releaseDay.data(), m_pool, timings);
    m_diagnostics.index = events::IndexStatus {};
    if (m_collaborative.indexModelDay() >= 0) {
        m_diagnostics.index.ageDays = double(day - m_collaborative.indexModelDay());
        m_diagnostics.index.recall = m_collaborative.sampleRecall(day, kRecallQueries,
            ann::ItemFilter { catalog.releaseDay.data(), day }, &m_diagnostics.index.recallQueries);
    }
    // The content source's filter (ServingView::released()) and its index, as served today.
    m_diagnostics.index.contentRecall = m_content.sampleRecall(m_seed, day, kRecallQueries,
        ann::ItemFilter { catalog.releaseDay.data(), day },
        &m_diagnostics.index.contentRecallQueries);
    if (!m_policy || m_policy->kind() != m_params.policy.kind)
        m_policy = makeSlatePolicy(m_params);
    m_policy->configure(m_params);
    for (int surface = 0; surface < kServedSurfaceCount; ++surface) {
        auto &own = m_surfacePolicies[std::size_t(surface)];
        const SurfacePolicy &wanted = m_params.surfacePolicies[std::size_t(surface)];
        if (!wanted.own) {
            own.reset();
            continue;
        }
        if (!own || own->kind() != wanted.policy.kind)
            own = makeSlatePolicy(m_params, surface);
        own->configure(m_params);
    }
    m_ranking.configure(m_params);
    // UCB and Thompson read the ALS item posteriors; a day that ends with a retrain is the
    // last that could build them from the matrix the previous retrain kept.
    m_collaborative.prepareItemPosteriors(anyPolicyReadsPosteriors(),
        (day + 1) % std::max(1, m_params.retrainEveryDays) == 0, m_pool, timings);

    m_view.catalog = m_catalog;
    m_view.day = day;
    m_view.params = &m_params;
    m_view.seed = m_seed;
    m_view.evidence = &m_evidence;
    m_view.content = &m_content;
    m_view.trending = &m_trending;
    m_view.collaborative = &m_collaborative;
    m_view.items.collaborative = &m_collaborative;
    m_view.items.audio = m_content.features().values().data();
    m_view.items.factorCount = m_collaborative.factors();
    // Last: the records read the trending counts, item evidence and audio features above.
    m_trackFacts.build(m_view, m_pool);
    m_view.trackFacts = &m_trackFacts;
}

ServingRequest PipelineRecommender::servingRequest(const events::RecRequest &req) const
{
    ServingRequest r;
    r.request = &req;
    if (m_params.contextAware) {
        const float *profile = m_content.profiles().profile(req.listener, events::Context::None);
        r.context = ContextModel::mostLikely(m_context.infer(req, profile, m_content.features()));
    }
    r.seedIsPlaying = req.lastPlayed != kNoTrack;
    r.seedTrack = r.seedIsPlaying ? req.lastPlayed : m_lastStreamed[req.listener];
    r.userVector = m_collaborative.userVector(req.listener);
    r.surface = std::min(int(req.surface), kServedSurfaceCount - 1);
    return r;
}

void PipelineRecommender::recommend(const events::RecRequest &req, base::Rng &policyRng,
    events::Slate &out, events::RequestTrace *trace)
{
    thread_local RequestScratch scratch;
    out.clear();
    const ServingRequest request = servingRequest(req);
    out.policy = policyFor(request.surface).id();
    out.inferredContext = request.context;
    if (req.surface == Surface::Radio) {
        serveRadio(request, policyRng, out, trace, scratch);
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    const int k = req.surface == Surface::DiscoverWeekly ? std::max(req.k, 1) : req.k;
    buildSlate(request, k, policyRng, out, trace, scratch);
    if (!req.inspectOnly) {
        logSlate(req, scratch, out);
        m_stats.countShown(req.listener, std::int64_t(out.items.size()));
        m_stats.addServeSeconds(req.listener, secondsSince(started));
    }
}

void PipelineRecommender::serveRadio(const ServingRequest &request, base::Rng &rng,
    events::Slate &out, events::RequestTrace *trace, RequestScratch &s)
{
    const events::RecRequest &req = *request.request;
    const ListenerId l = req.listener;
    if (req.inspectOnly) { // inspection: build a station and show its first track, keep nothing
        buildSlate(request, RadioStations::kQueueLength, rng, s.queue, trace, s);
        if (!s.queue.items.empty())
            out.items.push_back(s.queue.items.front());
        return;
    }
    // The station's queue is built when the session starts and served one track at a time;
    // each track's propensity is that of its place in the queue. At the end of the queue the
    // station queues the next tracks, from the track playing now, without the ones it played.
    const bool starts = m_stations.startsStation(req);
    if (starts || m_stations.needsRefill(req)) {
        const auto started = std::chrono::steady_clock::now();
        ServingRequest next = request;
        if (!starts) {
            m_stations.retireQueue(l);
            next.playedOnStation = &m_stations.played(l);
            next.poolSize = m_params.poolSize + int(m_stations.played(l).size());
        }
        buildSlate(next, RadioStations::kQueueLength, rng, s.queue, trace, s);
        std::vector<std::array<float, kFeatureCount>> features;
        features.reserve(s.queue.items.size());
        for (std::size_t chosen : s.policy.chosen)
            features.push_back(s.pool.candidates()[chosen].features);
        if (starts)
            m_stations.start(req, s.queue.items, std::move(features));
        else
            m_stations.refill(req, s.queue.items, std::move(features));
        m_stats.addServeSeconds(l, secondsSince(started));
    }
    const std::size_t pos = req.positionInSession;
    const events::SlateEntry *entry = m_stations.track(l, pos);
    if (!entry)
        return;
    out.items.push_back(*entry);
    // A queued track counts as shown, and is remembered for labelling, once it is served.
    m_stats.countShown(l, 1);
    ImpressionLog::Shown shown;
    shown.track = entry->track;
    shown.position = std::uint16_t(pos);
    shown.features = m_stations.features(l, pos);
    shown.propensity = entry->propensity;
    m_impressions.addShown(l, shown);
}

void PipelineRecommender::buildSlate(const ServingRequest &request, int k, base::Rng &rng,
    events::Slate &out, events::RequestTrace *trace, RequestScratch &s)
{
    const events::RecRequest &req = *request.request;
    m_generator.generate(m_view, request, s.sources, s.pool);
    auto &candidates = s.pool.candidates();
    m_filters.applyBeforeRanking(m_view, req, candidates);
    if (request.playedOnStation)
        m_filters.applyPlayedOnStation(*request.playedOnStation, candidates);
    computeRankerFeatures(m_view, request, candidates);
    s.value = ValueScoring {};
    if (m_params.objective == Objective::Retention) {
        s.value.model = &m_value;
        s.value.history = &m_history;
        s.value.catalog = m_catalog;
        s.value.listener = req.listener;
        s.value.context = request.context;
    }
    m_ranking.rank(m_ranker, candidates, s.ranked, s.value);
    m_filters.applyArtistCap(m_view, candidates, s.ranked);

    // Exploration policy (and MMR) turn the ranked list into the slate.
    PolicyRequest preq;
    preq.k = k;
    preq.userVector = request.userVector;
    preq.factors = m_collaborative.factors();
    // Off-policy evaluation on Home slates, from its own stream (the run's draws are untouched).
    std::optional<base::Rng> opeRng;
    if (req.surface == Surface::Home && !req.inspectOnly) {
        opeRng.emplace(m_seed, base::Purpose::Metrics, req.listener,
            std::int64_t(req.day) * 4096 + req.requestIndex);
        preq.opeRng = &*opeRng;
    }
    const SlatePolicy &policy = policyFor(request.surface);
    if (policy.needsPosterior() && m_collaborative.ready()) {
        m_collaborative.evidenceRow(m_evidence, req.listener, m_day, s.evidence);
        s.policy.posterior.emplace(m_collaborative.als().userPosterior(s.evidence));
    } else {
        s.policy.posterior.reset();
    }
    policy.select(m_view.items, candidates, s.ranked, preq, rng, s.policy, out);
    s.opeDirect.clear();
    s.opePredicted.clear();
    if (!s.policy.opeWeights.empty()) {
        // Reward model of the doubly-robust estimate: the ranker's stream probability.
        const std::size_t n = s.ranked.size(), slots = s.policy.slate.size();
        s.logits.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            s.logits[i] = m_ranker.logit(candidates[s.ranked[i]].features.data());
        s.shownCandidate.resize(slots);
        for (std::size_t pos = 0; pos < slots; ++pos)
            s.shownCandidate[pos] = s.policy.slate[pos].candidate;
        s.opeDirect.resize(slots);
        s.opePredicted.resize(slots);
        doublyRobustTerms(s.policy.marginals.data(), n, slots, s.logits.data(),
            m_ranker.rawWeight(kFeatPosition), s.shownCandidate.data(), s.opeDirect.data(),
            s.opePredicted.data());
    }

    if (!req.inspectOnly)
        m_stats.countRequest(req.listener, candidates, s.ranked.size());
    if (trace) {
        const bool usedRanker = m_ranking.usesRanker(m_ranker);
        SlateTraceInput in;
        in.candidates = &candidates;
        in.chosen = &s.policy.chosen;
        in.bonus = &s.policy.bonus;
        in.slate = &out;
        in.policy = policy::policyKindName(m_params.policyFor(request.surface).kind);
        in.scoreKind = m_ranking.scoreKind(usedRanker);
        in.rankStage = m_ranking.stageName(usedRanker);
        in.mmr = m_params.mmrLambda > 0;
        tracePipelineSlate(in, *trace);
    }
}

void PipelineRecommender::logSlate(
    const events::RecRequest &req, const RequestScratch &s, const events::Slate &out)
{
    // Remember what was shown, with its features, to label it when the session ends.
    const auto &candidates = s.pool.candidates();
    for (std::size_t pos = 0; pos < out.items.size(); ++pos) {
        ImpressionLog::Shown shown;
        shown.track = out.items[pos].track;
        shown.position = std::uint16_t(pos);
        shown.features = candidates[s.policy.chosen[pos]].features;
        shown.home = req.surface == Surface::Home;
        shown.propensity = out.items[pos].propensity;
        if (pos < s.policy.opeWeights.size()) {
            shown.opeWeight = s.policy.opeWeights[pos];
            shown.opeDirect = s.opeDirect[pos];
            shown.opePredicted = s.opePredicted[pos];
        }
        m_impressions.addShown(req.listener, shown);
    }
    // objective = retention: the value model learns from examined Home impressions.
    if (s.value.model && req.surface == Surface::Home) {
        ValueRow row;
        for (std::size_t pos = 0; pos < out.items.size(); ++pos) {
            m_ranking.valueFeatures(m_ranker, candidates[s.policy.chosen[pos]], s.value, row);
            m_value.addShown(req.listener, out.items[pos].track, std::uint16_t(pos), row);
        }
    }
}

void PipelineRecommender::endSession(ListenerId l, const events::Event *events, std::size_t count)
{
    const auto &catalog = *m_catalog;
    // What context was the session in? The service's posterior from the session's observables
    // and everything it streamed (also its soft label for learning); none if context-blind.
    ContextModel::Belief belief {};
    if (m_params.contextAware) {
        const float *profile = m_content.profiles().profile(l, events::Context::None);
        belief = m_context.learnSession(l, events, count, profile, m_content.features());
    }
    const float focus = belief[std::size_t(events::Context::Focus) - 1];
    for (std::size_t i = 0; i < count; ++i) {
        const events::Event &e = events[i];
        if (e.track == kNoTrack)
            continue;
        m_evidence.record(e, catalog.artist[e.track], focus);
        if (e.action == Action::Stream) {
            m_content.addStream(l, m_params.contextAware ? belief.data() : nullptr, e.track);
            m_lastStreamed[l] = e.track;
        }
    }
    m_impressions.labelSession(l, events, count);
    if (m_params.objective == Objective::Retention) {
        m_value.labelSession(l, events, count);
        m_history.recordSession(l, events, count, catalog);
    }
    m_stations.endSession(l);
    // React within the day: fold the listener's vector in again from all their evidence.
    const auto started = std::chrono::steady_clock::now();
    m_collaborative.foldIn(m_evidence, l, m_day);
    m_stats.addFoldInSeconds(l, secondsSince(started));
}

void PipelineRecommender::endDay(Day day, const std::vector<events::Event> &events)
{
    auto &timings = m_diagnostics.timings;
    auto started = std::chrono::steady_clock::now();
    // The trending counts and item evidence change below: until the next day's records, a
    // request (a trace at noon) has its features computed from them directly.
    m_view.trackFacts = nullptr;
    m_trending.endDay(events);
    // Gather today's ranker rows, funnel and off-policy tallies in listener order.
    m_diagnostics.funnel = m_stats.endDay(timings);
    // The policies learn from every row of the day, read per listener where it lies.
    m_policy->beginLearning();
    for (auto &own : m_surfacePolicies)
        if (own)
            own->beginLearning();
    m_diagnostics.offPolicy
        = m_impressions.endDay(day, m_params.ranker.windowDays, m_params.ranker.maxRows,
            [this](const float *features, const float *labels, std::size_t rows) {
                m_policy->learnRows(features, labels, rows);
                for (auto &own : m_surfacePolicies)
                    if (own)
                        own->learnRows(features, labels, rows);
            });
    m_policy->endLearning();
    for (auto &own : m_surfacePolicies)
        if (own)
            own->endLearning();
    // The off-policy tallies are of Home impressions: Home's policy is the logger.
    m_diagnostics.offPolicy.stochasticLogger = policyFor(int(Surface::Home)).logsStochastically();
    if (m_params.contextAware)
        m_context.endDay(day);
    timings.endDayGather += secondsSince(started);
    if (m_params.objective == Objective::Retention) {
        started = std::chrono::steady_clock::now();
        endDayValue(day, events);
        timings.rankerTrain += secondsSince(started);
    }

    if (m_params.confidence.windowDays > 0) {
        m_evidence.forgetOutsideWindow(day + 1, m_params.confidence.windowDays,
            m_params.filters.skipWindowDays, m_params.filters.heardWindowDays);
    }
    if ((day + 1) % std::max(1, m_params.retrainEveryDays) == 0) {
        m_collaborative.retrain(m_evidence, day + 1, m_catalog->trackCount(), m_params.als, m_pool,
            timings, anyPolicyReadsPosteriors());
        started = std::chrono::steady_clock::now();
        trainRanker();
        timings.rankerTrain += secondsSince(started);
    }
    if ((day + 1) % 30 == 0)
        m_evidence.prune(day + 1, m_params.filters.skipWindowDays);
}

bool PipelineRecommender::anyPolicyReadsPosteriors() const
{
    if (m_policy && m_policy->needsPosterior())
        return true;
    for (const auto &own : m_surfacePolicies)
        if (own && own->needsPosterior())
            return true;
    return false;
}

const SlatePolicy &PipelineRecommender::policyFor(int surface) const
{
    const auto &own = m_surfacePolicies[std::size_t(surface)];
    return own ? *own : *m_policy;
}

void PipelineRecommender::endDayValue(Day day, const std::vector<events::Event> &events)
{
    // Trained every day (not on retrain_every_days): each day adds a newly labelled day of rows.
    m_value.endDay(
        day, events, m_listenerCount, m_params.ranker.maxRows, m_params.ranker.l2, m_activeToday);
    m_history.endDay(m_activeToday);
    // Diagnostics: TD_VALUE_CALIBRATION=FILE rewrites FILE each day with the held-out
    // reliability table of the run so far (docs/validation.md, "Learned long-term value").
    if (const char *path = std::getenv("TD_VALUE_CALIBRATION")) {
        if (std::FILE *f = std::fopen(path, "w")) {
            std::fprintf(f, "decile,rows,predicted,observed\n");
            int decile = 0;
            for (const auto &bin : m_value.calibrationTable(10))
                std::fprintf(
                    f, "%d,%zu,%.6f,%.6f\n", ++decile, bin.rows, bin.predicted, bin.observed);
            if (std::getenv("TD_DEBUG_VALUE") && m_value.trained()) {
                std::fprintf(f, "# day %d weights:", day);
                for (int j = 0; j < kValueFeatureCount; ++j)
                    std::fprintf(f, " %s=%.4f", valueFeatureName(j),
                        m_value.model().rawWeight(std::size_t(j)));
                std::fprintf(f, "\n");
            }
            std::fclose(f);
        }
    }
}

void PipelineRecommender::trainRanker()
{
    std::vector<float> features, labels, propensities, weights;
    const bool ips = m_params.ranker.ipsWeighting;
    m_impressions.trainingRows(
        m_params.ranker.maxRows, features, labels, ips ? &propensities : nullptr);
    if (ips) // counterfactual training: undo the logger's selection (docs/pipeline.md)
        ipsWeights(propensities, m_params.ranker.ipsClip, weights);
    m_ranker.train(features, kFeatureCount, labels, weights, m_params.ranker.l2, 12);
    // Diagnostics for ranker trouble: TD_DEBUG_RANKER=1 prints each retrain's raw weights.
    if (std::getenv("TD_DEBUG_RANKER")) {
        std::fprintf(stderr, "ranker day %d rows %zu pos %.3f:", m_day, labels.size(),
            std::accumulate(labels.begin(), labels.end(), 0.0) / double(labels.size()));
        for (int j = 0; j < kFeatureCount; ++j)
            std::fprintf(stderr, " %s=%.3f", featureName(j), m_ranker.rawWeight(std::size_t(j)));
        std::fprintf(stderr, "\n");
    }
}

std::vector<std::pair<const char *, std::size_t>> PipelineRecommender::memoryReport() const
{
    const std::size_t window = m_impressions.windowBytes();
    return { { "evidence", m_evidence.memoryBytes() }, { "impression_window", window },
        { "impression_buffers", m_impressions.memoryBytes() - window },
        { "value_model", m_value.memoryBytes() }, { "radio", m_stations.memoryBytes() },
        { "context_model", m_context.memoryBytes() },
        { "ranker_track_facts", m_trackFacts.memoryBytes() } };
}

} // namespace td::recsys
