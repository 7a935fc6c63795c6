// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/pipelinerecommender.h"

#include "base/threadpool.h"
#include "recsys/pipeline/slatepolicy.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <numeric>
#include <optional>

namespace td::recsys {

using events::Action;
using events::Surface;

namespace {
constexpr int kRadioQueue = 40;
constexpr float kItemUncertaintyScale = 1.0f; ///< κ in the item-side uncertainty κ‖x‖/√(1+n_i)
} // namespace

/// Everything the pipeline keeps per listener that changes inside a day.
struct PipelineRecommender::ListenerState
{
    struct Pending
    {
        TrackId track = kNoTrack;
        std::uint8_t position = 0;
        std::array<float, kFeatureCount> features {};
        bool home = false; ///< a Home impression (off-policy tallies)
        float opeWeight = -1.0f; ///< P_target / P_logged; < 0 when not computed
    };
    std::uint32_t radioSession = 0xFFFFFFFFu;
    Day radioDay = -1;
    std::vector<events::SlateEntry> radioQueue;
    std::vector<std::array<float, kFeatureCount>> radioFeatures;
    std::vector<Pending> pending; ///< shown, outcome not yet seen
    TrackId lastStreamed = kNoTrack; ///< seeds "similar to last played" across sessions
    OffPolicyTally ope;
    std::vector<float> trainFeatures; ///< today's labelled rows
    std::vector<float> trainLabels;
    PipelineFunnel funnel;
    double serveSeconds = 0.0; ///< today's buildSlate() time (PipelineTimings::serve)
    double foldInSeconds = 0.0;
};

/// Per-thread working memory of one request (reused; no allocation once warm).
struct PipelineRecommender::RequestScratch
{
    std::vector<Candidate> candidates;
    std::vector<std::int32_t> slotOf; ///< track → candidate index + 1, stamped per request
    std::vector<std::uint32_t> stampOf;
    std::uint32_t stamp = 0;
    std::vector<ScoredItem> hits;
    SearchScratch search;
    std::vector<std::size_t> order;
    std::vector<float> query;
    std::vector<als::Entry> evidence;
    PolicyScratch policy;
};

PipelineRecommender::PipelineRecommender(const RecommenderParams &params, std::uint64_t seed)
    : m_params(params), m_seed(seed)
{
    m_released = [this](TrackId t) { return m_catalog->isReleased(t, m_day); };
    m_evidence.setParams(params.confidence);
}

PipelineRecommender::~PipelineRecommender() = default;

const float *PipelineRecommender::userVector(ListenerId l) const
{
    if (!m_modelReady || l >= m_listenerCount)
        return nullptr;
    return m_userVectors.data() + std::size_t(l) * std::size_t(m_params.als.factors);
}

const float *PipelineRecommender::itemVector(TrackId t) const
{
    if (!m_modelReady || t >= m_als.itemCount())
        return nullptr;
    return m_als.itemFactors().row(Eigen::Index(t)).data();
}

float PipelineRecommender::predictedScore(ListenerId l, TrackId t) const
{
    const float *x = userVector(l);
    const float *y = itemVector(t);
    if (!x || !y)
        return 0.0f;
    float s = 0.0f;
    for (int i = 0; i < m_params.als.factors; ++i)
        s += x[i] * y[i];
    return s;
}

double PipelineRecommender::posteriorVariance(ListenerId l) const
{
    if (!m_modelReady)
        return std::nan("");
    std::vector<als::Entry> row;
    buildEvidenceRow(l, row);
    return m_als.userPosterior(row).meanVariance();
}

void PipelineRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    m_day = day;
    m_catalog = &catalog;
    m_timings = PipelineTimings {};
    m_evidence.setParams(m_params.confidence);
    if (m_features.trackCount() != catalog.trackCount()) {
        m_features.build(catalog);
        buildContentIndex();
    }
    m_listenerCount = population.listenerCount;
    m_evidence.resize(m_listenerCount);
    m_profiles.resize(m_listenerCount);
    while (m_listeners.size() < m_listenerCount)
        m_listeners.push_back(std::make_unique<ListenerState>());
    if (m_modelReady && m_userVectors.size() < m_listenerCount * std::size_t(m_params.als.factors))
        m_userVectors.resize(m_listenerCount * std::size_t(m_params.als.factors), 0.0f);
    m_trending.beginDay(day, catalog);
    // Both indexes hold every track and searches skip unreleased ones (m_released), so a new
    // release needs no rebuild; the ALS index is rebuilt after each retrain (factors moved).
    if (m_indexStale)
        rebuildCfIndex();
    if (!m_policy || m_policy->kind() != m_params.policy.kind)
        m_policy = makeSlatePolicy(m_params);
    m_policy->configure(m_params);
}

void PipelineRecommender::buildContentIndex()
{
    // Audio features never change, so the index covers the whole catalogue and is built once;
    // searches skip tracks not yet released (m_released), which is what lets a new release
    // join without a rebuild.
    const auto started = std::chrono::steady_clock::now();
    m_contentIndex.build(m_features.values().data(), m_features.trackCount(),
        events::kAudioFeatureCount, ItemIndex::Params {}, nullptr, m_pool);
    m_timings.contentIndex += secondsSince(started);
}

void PipelineRecommender::rebuildCfIndex()
{
    if (!m_modelReady)
        return;
    const auto started = std::chrono::steady_clock::now();
    ItemIndex::Params p;
    p.ef = m_params.annEf;
    p.m = m_params.annM;
    p.seed = m_seed;
    const auto &items = m_als.itemFactors();
    m_cfIndex.build(items.data(), std::size_t(items.rows()), int(items.cols()), p, nullptr, m_pool);
    m_timings.cfIndex += secondsSince(started);
    m_indexStale = false;
}

void PipelineRecommender::recommend(const events::RecRequest &req, base::Rng &policyRng,
    events::Slate &out, events::RequestTrace *trace)
{
    thread_local RequestScratch scratch;
    ListenerState &state = *m_listeners[req.listener];
    out.clear();
    out.policy = m_policy->id();
    if (req.surface != Surface::Radio) {
        const int k = req.surface == Surface::DiscoverWeekly ? std::max(req.k, 1) : req.k;
        buildSlate(req, k, policyRng, out, trace, scratch);
        return;
    }
    // Radio: the station's queue is built when the session starts and served one track at a
    // time; each track's propensity is that of its place in the queue.
    if (state.radioSession != req.sessionIndex || state.radioDay != req.day
        || req.positionInSession == 0) {
        thread_local events::Slate queue;
        buildSlate(req, kRadioQueue, policyRng, queue, trace, scratch);
        state.radioQueue = queue.items;
        state.radioSession = req.sessionIndex;
        state.radioDay = req.day;
        // buildSlate queued the whole station as pending; keep the features aside and add
        // each track to the pending list only when it is actually played.
        const std::size_t first = state.pending.size() - queue.items.size();
        state.radioFeatures.clear();
        for (std::size_t i = first; i < state.pending.size(); ++i)
            state.radioFeatures.push_back(state.pending[i].features);
        state.pending.resize(first);
        // Likewise the funnel: a queued track counts as shown once it is served.
        if (!req.inspectOnly)
            state.funnel.shown -= std::int64_t(queue.items.size());
    }
    const std::size_t pos = req.positionInSession;
    if (pos >= state.radioQueue.size())
        return;
    out.items.push_back(state.radioQueue[pos]);
    if (!req.inspectOnly)
        ++state.funnel.shown;
    ListenerState::Pending pending;
    pending.track = state.radioQueue[pos].track;
    pending.position = std::uint8_t(std::min<std::size_t>(pos, 255));
    pending.features = state.radioFeatures[pos];
    state.pending.push_back(pending);
}

void PipelineRecommender::buildSlate(const events::RecRequest &req, int k, base::Rng &rng,
    events::Slate &out, events::RequestTrace *trace, RequestScratch &s)
{
    ListenerState &state = *m_listeners[req.listener];
    const auto started = std::chrono::steady_clock::now();
    generateCandidates(req, s);
    applyFilters(req, s);
    computeFeatures(req, s);

    // Ranking: the trained logistic ranker (position feature at its inference value 0), or the
    // CF score alone (ablation, and before the ranker has data).
    const bool useRanker = m_params.ranker.kind == "logistic" && m_ranker.trained();
    s.order.clear();
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        Candidate &c = s.candidates[i];
        if (c.removed != FilterReason::None)
            continue;
        c.rankerScore = useRanker ? float(m_ranker.logit(c.features.data())) : c.features[kFeatCf];
        if (m_params.objective == "retention")
            c.rankerScore += float(m_params.objectiveNoveltyWeight) * c.features[kFeatNovel];
        s.order.push_back(i);
    }
    std::sort(s.order.begin(), s.order.end(), [&](std::size_t a, std::size_t b) {
        const Candidate &x = s.candidates[a], &y = s.candidates[b];
        return x.rankerScore > y.rankerScore
            || (x.rankerScore == y.rankerScore && x.track < y.track);
    });
    // Artist cap: keep the best `cap` tracks of each artist.
    {
        std::size_t kept = 0;
        for (std::size_t idx : s.order) {
            Candidate &c = s.candidates[idx];
            const ArtistId a = m_catalog->artist[c.track];
            int same = 0;
            for (std::size_t j = 0; j < kept; ++j)
                same += m_catalog->artist[s.candidates[s.order[j]].track] == a ? 1 : 0;
            if (same >= m_params.filters.artistCap)
                c.removed = FilterReason::ArtistCap;
            else
                s.order[kept++] = idx;
        }
        s.order.resize(kept);
    }

    // Exploration policy (and MMR) turn the ranked list into the slate.
    PolicyRequest preq;
    preq.k = k;
    preq.userVector = userVector(req.listener);
    preq.factors = m_params.als.factors;
    // Off-policy evaluation on Home slates, from its own stream (the run's draws are untouched).
    std::optional<base::Rng> opeRng;
    if (req.surface == Surface::Home && !req.inspectOnly) {
        opeRng.emplace(m_seed, base::Purpose::Metrics, req.listener,
            std::int64_t(req.day) * 4096 + req.requestIndex);
        preq.opeRng = &*opeRng;
    }
    if (m_policy->needsPosterior() && m_modelReady) {
        buildEvidenceRow(req.listener, s.evidence);
        s.policy.posterior.emplace(m_als.userPosterior(s.evidence));
    } else {
        s.policy.posterior.reset();
    }
    m_policy->select(*this, s.candidates, s.order, preq, rng, s.policy, out);

    if (!req.inspectOnly) {
        recordShown(req, state, s, out);
        state.serveSeconds += secondsSince(started);
    }
    if (trace) {
        trace->recommender = name();
        trace->policy = m_params.policy.kind;
        const bool retention = m_params.objective == "retention";
        trace->scoreKind = useRanker ? (retention ? "logit_plus_novelty" : "logit")
                                     : (retention ? "cf_plus_novelty" : "cf_score");
        std::array<int, kSourceCount> perSource {};
        std::array<int, kFilterReasonCount> perReason {};
        for (const auto &c : s.candidates) {
            for (int b = 0; b < kSourceCount; ++b)
                perSource[std::size_t(b)] += (c.sources >> b) & 1u;
            ++perReason[std::size_t(c.removed)];
        }
        for (int b = 0; b < kSourceCount; ++b)
            trace->stages.push_back(
                { std::string("source: ") + sourceName(b), 0, perSource[std::size_t(b)], "" });
        trace->stages.push_back(
            { "merge", int(s.candidates.size()), int(s.candidates.size()), "distinct tracks" });
        int remaining = int(s.candidates.size());
        for (int r = 1; r < kFilterReasonCount; ++r) {
            trace->stages.push_back({ std::string("filter: ") + filterReasonName(FilterReason(r)),
                remaining, remaining - perReason[std::size_t(r)], "" });
            remaining -= perReason[std::size_t(r)];
        }
        trace->stages.push_back(
            { useRanker ? "rank: logistic ranker" : "rank: cf score", remaining, remaining, "" });
        trace->stages.push_back({ "policy: " + m_params.policy.kind, remaining,
            int(out.items.size()), m_params.mmrLambda > 0 ? "then MMR re-ranking" : "" });
        for (std::size_t i = 0; i < s.candidates.size(); ++i) {
            const Candidate &c = s.candidates[i];
            events::TraceCandidate t;
            t.track = c.track;
            t.sources = sourceNames(c.sources);
            t.cfScore = c.features[kFeatCf];
            t.contentScore = c.features[kFeatContent];
            t.rankerScore = c.rankerScore;
            t.removedBy = filterReasonName(c.removed);
            for (std::size_t pos = 0; pos < out.items.size(); ++pos) {
                if (s.policy.chosen[pos] == i) {
                    t.slatePosition = int(pos);
                    t.propensity = out.items[pos].propensity;
                    t.explorationBonus = s.policy.bonus[pos];
                    t.finalScore = out.items[pos].score;
                }
            }
            trace->candidates.push_back(t);
        }
    }
}

void PipelineRecommender::recordShown(const events::RecRequest &req, ListenerState &state,
    const RequestScratch &s, const events::Slate &out)
{
    // Remember what was shown, with its features, to label it when the session ends.
    for (std::size_t pos = 0; pos < out.items.size(); ++pos) {
        ListenerState::Pending p;
        p.track = out.items[pos].track;
        p.position = std::uint8_t(std::min<std::size_t>(pos, 255));
        p.features = s.candidates[s.policy.chosen[pos]].features;
        p.home = req.surface == Surface::Home;
        if (pos < s.policy.opeWeights.size())
            p.opeWeight = s.policy.opeWeights[pos];
        state.pending.push_back(p);
    }
    auto &f = state.funnel;
    ++f.requests;
    f.merged += std::int64_t(s.candidates.size());
    for (const auto &c : s.candidates) {
        for (int b = 0; b < kSourceCount; ++b)
            f.bySource[std::size_t(b)] += (c.sources >> b) & 1u;
        ++f.removed[std::size_t(c.removed)];
    }
    f.ranked += std::int64_t(s.order.size());
    f.shown += std::int64_t(out.items.size());
}

void PipelineRecommender::generateCandidates(const events::RecRequest &req, RequestScratch &s)
{
    const auto &catalog = *m_catalog;
    s.candidates.clear();
    if (s.slotOf.size() < catalog.trackCount()) {
        s.slotOf.assign(catalog.trackCount(), 0);
        s.stampOf.assign(catalog.trackCount(), 0);
    }
    ++s.stamp;
    auto offer = [&](TrackId t, std::uint8_t bit) {
        if (s.stampOf[t] != s.stamp) {
            s.stampOf[t] = s.stamp;
            Candidate c;
            c.track = t;
            s.candidates.push_back(c);
            s.slotOf[t] = std::int32_t(s.candidates.size());
        }
        s.candidates[std::size_t(s.slotOf[t] - 1)].sources |= bit;
    };
    const int pool = std::max(1, m_params.poolSize);
    const bool radio = req.surface == Surface::Radio;
    const bool radar = req.surface == Surface::ReleaseRadar;

    // Release Radar: new releases of followed artists first, then recent releases.
    if (radar) {
        for (TrackId t : m_trending.recentReleases()) {
            if (m_evidence.follows(req.listener, catalog.artist[t]))
                offer(t, kSourceFollowed);
        }
        int n = 0;
        for (TrackId t : m_trending.recentReleases()) {
            if (n++ >= pool)
                break;
            offer(t, kSourceNewRelease);
        }
        return;
    }

    const int cfShare = radio ? pool * 35 / 100 : pool * 50 / 100;
    const int similarShare
        = radio && req.lastPlayed != kNoTrack ? pool * 30 / 100 : pool * 10 / 100;
    const int contentShare = pool * 20 / 100;
    const int trendingShare = pool * 10 / 100;
    const int newShare = std::max(1, pool * 5 / 100);

    if (const float *x = userVector(req.listener); x && m_cfIndex.size() > 0) {
        m_cfIndex.search(x, cfShare, s.search, s.hits, &m_released);
        for (const auto &h : s.hits)
            offer(h.id, kSourceCf);
    }
    // "Because you listened to...": the track playing now, else the last one streamed.
    const TrackId seed
        = req.lastPlayed != kNoTrack ? req.lastPlayed : m_listeners[req.listener]->lastStreamed;
    if (seed != kNoTrack && m_modelReady && m_cfIndex.size() > 0) {
        m_cfIndex.search(itemVector(seed), similarShare + 1, s.search, s.hits, &m_released);
        for (const auto &h : s.hits) {
            if (h.id != seed)
                offer(h.id, kSourceSimilar);
        }
    }
    if (const float *profile = m_profiles.profile(req.listener, servedContext(req));
        profile && m_contentIndex.size() > 0) {
        m_contentIndex.search(profile, contentShare, s.search, s.hits, &m_released);
        for (const auto &h : s.hits)
            offer(h.id, kSourceContent);
    }
    const auto &chart = m_trending.chart();
    // Cold start (no model yet, or a listener without evidence): lean on the chart.
    const int trending = userVector(req.listener) ? trendingShare : pool / 2;
    for (int i = 0; i < trending && i < int(chart.size()); ++i)
        offer(chart[std::size_t(i)], kSourceTrending);
    for (TrackId t : m_trending.recentReleases()) {
        if (m_evidence.follows(req.listener, catalog.artist[t]))
            offer(t, kSourceFollowed);
    }
    int n = 0;
    for (TrackId t : m_trending.recentReleases()) {
        if (n++ >= newShare)
            break;
        offer(t, kSourceNewRelease);
    }
    // Exploration candidates: uniformly random released tracks, from their own stream (so the
    // run's other draws do not move, and an inspection request sees the same ones). The chart
    // lists every released track.
    const int explore = int(std::lround(m_params.exploreShare * pool));
    if (explore > 0 && !chart.empty()) {
        base::Rng rng(m_seed, base::Purpose::Exploration, req.listener,
            std::int64_t(req.day) * 4096 + req.requestIndex);
        for (int i = 0; i < explore; ++i)
            offer(chart[rng.below(std::uint32_t(chart.size()))], kSourceExplore);
    }
}

void PipelineRecommender::applyFilters(const events::RecRequest &req, RequestScratch &s) const
{
    const auto &catalog = *m_catalog;
    const bool discovery = req.surface == Surface::DiscoverWeekly;
    for (Candidate &c : s.candidates) {
        const TrackId t = c.track;
        const TrackEvidence *e = m_evidence.find(req.listener, t);
        if (m_evidence.blocked(req.listener, catalog.artist[t]))
            c.removed = FilterReason::BlockedArtist;
        else if (!req.explicitAllowed && catalog.isExplicit[t])
            c.removed = FilterReason::ExplicitOff;
        else if (e && req.day - e->lastSkipDay < m_params.filters.skipWindowDays)
            c.removed = FilterReason::SkippedRecently;
        else if (discovery && e)
            c.removed = FilterReason::HeardBefore;
        else if (e && req.day - e->lastPlayDay < m_params.filters.heardWindowDays)
            c.removed = FilterReason::HeardRecently;
    }
}

void PipelineRecommender::computeFeatures(const events::RecRequest &req, RequestScratch &s) const
{
    const auto &catalog = *m_catalog;
    const ListenerId l = req.listener;
    const float *x = userVector(l);
    const float *profile = m_profiles.profile(l, servedContext(req));
    const TrackId seed = req.lastPlayed != kNoTrack ? req.lastPlayed : m_listeners[l]->lastStreamed;
    const float *last = seed != kNoTrack ? itemVector(seed) : nullptr;
    const int f = m_params.als.factors;
    auto norm = [f](const float *v) {
        float n = 0.0f;
        for (int i = 0; i < f; ++i)
            n += v[i] * v[i];
        return std::sqrt(n);
    };
    const float lastNorm = last ? norm(last) : 0.0f;
    const float userNorm = x ? norm(x) : 0.0f;
    for (Candidate &c : s.candidates) {
        if (c.removed != FilterReason::None)
            continue;
        const TrackId t = c.track;
        auto &v = c.features;
        const float *y = itemVector(t);
        float cf = 0.0f, sim = 0.0f;
        if (x && y) {
            for (int i = 0; i < f; ++i)
                cf += x[i] * y[i];
        }
        if (last && y) {
            float d = 0.0f;
            for (int i = 0; i < f; ++i)
                d += last[i] * y[i];
            const float yn = norm(y);
            sim = yn > 0.0f && lastNorm > 0.0f ? d / (yn * lastNorm) : 0.0f;
        }
        const TrackEvidence *e = m_evidence.find(l, t);
        const double decay = e ? m_evidence.decay(e->lastDay, req.day) : 0.0;
        v[kFeatCf] = cf;
        v[kFeatContent] = ContentProfiles::similarity(profile, m_features.row(t));
        v[kFeatTrend] = float(std::log1p(m_trending.count(t)));
        v[kFeatNovel] = e ? 0.0f : 1.0f;
        v[kFeatArtist] = std::log1p(m_evidence.artistAffinity(l, catalog.artist[t], req.day));
        v[kFeatFollowed] = m_evidence.follows(l, catalog.artist[t]) ? 1.0f : 0.0f;
        v[kFeatRecency] = float(std::exp(-std::max(0, req.day - catalog.releaseDay[t]) / 30.0));
        v[kFeatPrior]
            = t < catalog.priorPopularity.size() ? catalog.priorPopularity[t] / 100.0f : 0.0f;
        v[kFeatSimilar] = sim;
        v[kFeatFamiliar] = e ? float(std::log1p(decay * e->positive)) : 0.0f;
        v[kFeatSkipped] = e ? float(std::log1p(decay * e->negative)) : 0.0f;
        v[kFeatPosition] = 0.0f;
        // Item-side uncertainty: tracks with little positive evidence are less known.
        const float n = t < m_itemEvidence.size() ? m_itemEvidence[t] : 0.0f;
        c.uncertainty = kItemUncertaintyScale * userNorm / std::sqrt(1.0f + n);
    }
}

void PipelineRecommender::buildEvidenceRow(ListenerId l, std::vector<als::Entry> &out) const
{
    out.clear();
    const std::size_t items = m_als.itemCount();
    for (const auto &e : m_evidence.pairs(l)) {
        if (e.track >= items)
            continue;
        float p = 0.0f, c = 0.0f;
        m_evidence.confidence(e, m_day, p, c);
        if (c > 1.0f)
            out.push_back({ e.track, c, p });
    }
}

void PipelineRecommender::foldIn(ListenerId l)
{
    if (!m_modelReady)
        return;
    thread_local std::vector<als::Entry> row;
    buildEvidenceRow(l, row);
    const Eigen::VectorXf x = m_als.foldInUser(row);
    std::copy_n(x.data(), m_params.als.factors,
        m_userVectors.data() + std::size_t(l) * std::size_t(m_params.als.factors));
}

void PipelineRecommender::endSession(ListenerId l, const events::Event *events, std::size_t count)
{
    ListenerState &state = *m_listeners[l];
    const auto &catalog = *m_catalog;
    for (std::size_t i = 0; i < count; ++i) {
        const events::Event &e = events[i];
        m_evidence.record(e, catalog.artist[e.track]);
        if (e.action == Action::Stream) {
            m_profiles.addStream(l, e.context, m_features.row(e.track));
            state.lastStreamed = e.track;
        }
    }
    // Label what was shown: an impression followed by a stream of the same track at the same
    // position is a positive; every other impression (unexamined or skipped) a negative.
    for (const auto &p : state.pending) {
        bool streamed = false;
        bool shown = false;
        for (std::size_t i = 0; i < count; ++i) {
            const events::Event &e = events[i];
            if (e.track != p.track || e.position != p.position
                || e.source != events::Source::Recommended)
                continue;
            shown = shown || e.action == Action::Impression;
            streamed = streamed || e.action == Action::Stream;
        }
        if (!shown)
            continue; // a queued radio track the listener never reached
        state.trainFeatures.insert(state.trainFeatures.end(), p.features.begin(), p.features.end());
        state.trainFeatures[state.trainFeatures.size() - kFeatureCount + kFeatPosition]
            = std::log1p(float(p.position));
        state.trainLabels.push_back(streamed ? 1.0f : 0.0f);
        if (p.home) {
            const double r = streamed ? 1.0 : 0.0;
            state.ope.impressions += 1.0;
            state.ope.streams += r;
            if (p.opeWeight >= 0.0f) {
                state.ope.weighted += double(p.opeWeight) * r;
                state.ope.weights += double(p.opeWeight);
            }
        }
    }
    state.pending.clear();
    state.radioSession = 0xFFFFFFFFu;
    // React within the day: fold the listener's vector in again from all their evidence.
    const auto started = std::chrono::steady_clock::now();
    foldIn(l);
    state.foldInSeconds += secondsSince(started);
}

void PipelineRecommender::endDay(Day day, const std::vector<events::Event> &events)
{
    auto started = std::chrono::steady_clock::now();
    m_trending.endDay(events);
    // Gather today's ranker rows and funnel in listener order (deterministic).
    TrainingDay today;
    today.day = day;
    m_lastFunnel = PipelineFunnel {};
    m_lastOpe = OffPolicyTally {};
    for (std::size_t l = 0; l < m_listenerCount; ++l) {
        ListenerState &state = *m_listeners[l];
        today.features.insert(
            today.features.end(), state.trainFeatures.begin(), state.trainFeatures.end());
        today.labels.insert(today.labels.end(), state.trainLabels.begin(), state.trainLabels.end());
        state.trainFeatures.clear();
        state.trainLabels.clear();
        auto &f = state.funnel;
        for (int b = 0; b < kSourceCount; ++b)
            m_lastFunnel.bySource[std::size_t(b)] += f.bySource[std::size_t(b)];
        for (int r = 0; r < kFilterReasonCount; ++r)
            m_lastFunnel.removed[std::size_t(r)] += f.removed[std::size_t(r)];
        m_lastFunnel.merged += f.merged;
        m_lastFunnel.ranked += f.ranked;
        m_lastFunnel.shown += f.shown;
        m_lastFunnel.requests += f.requests;
        f = PipelineFunnel {};
        m_lastOpe.impressions += state.ope.impressions;
        m_lastOpe.streams += state.ope.streams;
        m_lastOpe.weighted += state.ope.weighted;
        m_lastOpe.weights += state.ope.weights;
        state.ope = OffPolicyTally {};
        m_timings.serve += state.serveSeconds;
        m_timings.foldIn += state.foldInSeconds;
        state.serveSeconds = state.foldInSeconds = 0.0;
    }
    m_timings.requests = m_lastFunnel.requests;
    m_lastOpe.stochasticLogger = m_policy->logsStochastically();
    m_training.push_back(std::move(today));
    while (!m_training.empty() && m_training.front().day <= day - m_params.ranker.windowDays)
        m_training.erase(m_training.begin());
    m_policy->learn(*this, m_training.back().features, m_training.back().labels);
    m_timings.endDayGather += secondsSince(started);

    if ((day + 1) % std::max(1, m_params.retrainEveryDays) == 0) {
        retrain(day + 1);
        started = std::chrono::steady_clock::now();
        trainRanker();
        m_timings.rankerTrain += secondsSince(started);
    }
    if ((day + 1) % 30 == 0)
        m_evidence.prune(day + 1);
}

void PipelineRecommender::retrain(Day day)
{
    auto started = std::chrono::steady_clock::now();
    const std::size_t items = m_catalog->trackCount();
    std::vector<als::Triplet> triplets;
    m_itemEvidence.assign(items, 0.0f);
    for (ListenerId l = 0; l < m_listenerCount; ++l) {
        for (const auto &e : m_evidence.pairs(l)) {
            float p = 0.0f, c = 0.0f;
            m_evidence.confidence(e, day, p, c);
            if (c <= 1.0f + 1e-6f)
                continue;
            triplets.push_back({ l, e.track, c, p });
            if (p > 0.0f)
                m_itemEvidence[e.track] += c - 1.0f;
        }
    }
    if (triplets.empty()) {
        m_timings.evidenceMatrix += secondsSince(started);
        return;
    }
    als::AlsParams p = m_als.params();
    p.factors = m_params.als.factors;
    p.regularization = float(m_params.als.regularization);
    p.iterations = m_params.als.iterations;
    p.cgSteps = m_params.als.cgSteps;
    p.seed = m_seed;
    if (m_als.userCount() > 0 && p.factors != m_als.factors())
        p.factors = m_als.factors(); // factors are fixed once the model has rows
    m_als.setParams(p);
    const auto matrix
        = als::InteractionMatrix::fromTriplets(m_listenerCount, items, std::move(triplets));
    m_timings.evidenceMatrix += secondsSince(started);
    // The first fit runs longer: there is no previous model to start from.
    if (!m_modelReady) {
        p.iterations = std::max(p.iterations, 8);
        m_als.setParams(p);
    }
    started = std::chrono::steady_clock::now();
    m_timings.alsIterations += int(m_als.fit(matrix, m_pool).size());
    m_timings.alsFit += secondsSince(started);
    p.iterations = m_params.als.iterations;
    m_als.setParams(p);
    const int f = m_als.factors();
    const auto &users = m_als.userFactors();
    m_userVectors.assign(users.data(), users.data() + std::size_t(users.rows()) * std::size_t(f));
    m_modelReady = true;
    m_indexStale = true;
}

void PipelineRecommender::trainRanker()
{
    std::vector<float> features, labels;
    std::size_t rows = 0;
    for (const auto &d : m_training)
        rows += d.labels.size();
    // Deterministic subsample when the window holds more rows than the budget: keep every
    // stride-th row (rows are in listener order per day, so the sample spreads evenly).
    const std::size_t stride = std::max<std::size_t>(1,
        (rows + std::size_t(m_params.ranker.maxRows) - 1) / std::size_t(m_params.ranker.maxRows));
    std::size_t i = 0;
    for (const auto &d : m_training) {
        for (std::size_t r = 0; r < d.labels.size(); ++r, ++i) {
            if (i % stride)
                continue;
            features.insert(features.end(), d.features.begin() + std::ptrdiff_t(r * kFeatureCount),
                d.features.begin() + std::ptrdiff_t((r + 1) * kFeatureCount));
            labels.push_back(d.labels[r]);
        }
    }
    m_ranker.train(features, kFeatureCount, labels, {}, m_params.ranker.l2, 12);
    // Diagnostics for ranker trouble: TD_DEBUG_RANKER=1 prints each retrain's raw weights.
    if (std::getenv("TD_DEBUG_RANKER")) {
        std::fprintf(stderr, "ranker day %d rows %zu pos %.3f:", m_day, labels.size(),
            std::accumulate(labels.begin(), labels.end(), 0.0) / double(labels.size()));
        for (int j = 0; j < kFeatureCount; ++j)
            std::fprintf(stderr, " %s=%.3f", featureName(j), m_ranker.rawWeight(std::size_t(j)));
        std::fprintf(stderr, "\n");
    }
}

} // namespace td::recsys
