// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/listenerday.h"

#include "world/churn.h"
#include "world/contextmix.h"
#include "world/drift.h"
#include "world/latent.h"
#include "world/malleability.h"

#include <boost/random/poisson_distribution.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace td::world {

using events::Action;
using events::Context;
using events::Surface;

namespace {
constexpr int kDiscoverWeeklySize = 30;
constexpr int kReleaseRadarSize = 15;
constexpr double kWeeklyExaminationDecay = 0.92;

/// The service's view of the session so far: counts and the last plays, oldest first.
void notePlay(events::SessionSoFar &s, TrackId t, std::int32_t listenMs, bool skipped)
{
    s.plays = std::uint16_t(std::min<int>(s.plays + 1, 0xFFFF));
    s.skips = std::uint16_t(std::min<int>(s.skips + (skipped ? 1 : 0), 0xFFFF));
    if (s.recentCount == events::SessionSoFar::kRecent) {
        std::rotate(s.recent.begin(), s.recent.begin() + 1, s.recent.end());
        --s.recentCount;
    }
    s.recent[s.recentCount++] = { t, float(listenMs) / 1000.0f, skipped };
}

std::uint32_t poisson(base::Rng &rng, double mean)
{
    if (mean <= 0.0)
        return 0;
    return boost::random::poisson_distribution<std::uint32_t, double>(mean)(rng.engine());
}
} // namespace

ListenerDay::ListenerDay(World &world, ListenerId l, Day day, events::Recommender &recommender,
    WorkerScratch &scratch, DayCounters &counters)
    : m_world(world), m_pop(world.m_population), m_catalog(world.m_catalog),
      m_params(world.m_params), m_l(l), m_day(day), m_recommender(recommender), m_scratch(scratch),
      m_counters(counters), m_sessionRng(world.seed(), base::Purpose::Sessions, l, day),
      m_responseRng(world.seed(), base::Purpose::Response, l, day),
      m_organicRng(world.seed(), base::Purpose::Organic, l, day),
      m_policyRng(world.seed(), base::Purpose::Policy, l, day),
      m_deviceRng(world.seed(), base::Purpose::Devices, l, day),
      m_weekday(std::uint8_t(events::weekdayOf(day)))
{ }

void ListenerDay::run()
{
    if (m_pop.signupDay[m_l] > m_day)
        return;
    if (m_pop.churned[m_l]) {
        base::Rng churnRng(m_world.seed(), base::Purpose::Churn, m_l, m_day);
        if (!churnRng.bernoulli(m_params.churn.winbackRate))
            return;
        m_pop.churned[m_l] = 0;
        m_pop.satisfaction[m_l] = 0.5f;
        m_pop.slowSatisfaction[m_l] = 0.5f; // a win-back starts over, like the fast one
        ++m_counters.winbacks;
    }
    ++m_counters.startPopulation;

    // Sessions: Poisson in activity; less satisfied listeners come back less often; weekends
    // have their own rhythm.
    const bool weekend = events::isWeekend(m_day);
    const double rate = m_pop.activity[m_l] * (0.4 + 1.2 * m_pop.satisfaction[m_l])
        * (weekend ? m_params.rhythm.weekendActivity : 1.0);
    const int sessions = int(poisson(m_sessionRng, rate));
    auto &hours = m_scratch.sessionHours;
    hours.resize(std::size_t(sessions));
    for (int s = 0; s < sessions; ++s) {
        const double h = m_pop.peakHour[m_l] + m_pop.hourSpread[m_l] * m_sessionRng.normal();
        hours[std::size_t(s)] = float(std::fmod(std::fmod(h, 24.0) + 24.0, 24.0));
    }
    std::sort(hours.begin(), hours.end());

    // Weekly playlists land on the listener's own weekday.
    const bool weeklyDay = (m_day + Day(m_l % 7)) % 7 == 0;
    const bool weekly = weeklyDay && m_sessionRng.bernoulli(m_params.sessions.weeklyPlaylistRate);

    if (sessions > 0 || weekly) {
        ++m_counters.activeListeners;
        m_active = true;
    }
    m_scratch.contextTaste.resize(std::size_t(m_pop.dim));
    for (int s = 0; s < sessions + (weekly ? 1 : 0); ++s) {
        if (dayBudgetSpent())
            break; // the day's listening time is used up: no later session starts
        m_sessionIndex = std::uint32_t(s);
        float hour = s < sessions ? hours[std::size_t(s)] : 19.0f;
        const Context ctx = drawContext(hour, weekend, m_pop.workoutHabit[m_l], m_params.contexts,
            m_params.rhythm, m_sessionRng);
        m_device = drawSessionDevice(
            m_pop.deviceHabit[m_l][std::size_t(ctx)], m_params.devices.noise, m_deviceRng);
        m_pop.currentContext[m_l] = m_world.published(ctx);
        m_session = events::SessionSoFar {};
        m_inferencePending = true;
        const std::size_t first = m_scratch.events.size();
        m_sessionQuality = 0.0;
        m_sessionPlays = 0;
        m_world.response().contextTaste(m_pop, m_l, ctx, m_scratch.contextTaste.data());
        if (s >= sessions) {
            const bool radar = m_sessionRng.bernoulli(0.5);
            slateSession(hour, ctx, radar ? Surface::ReleaseRadar : Surface::DiscoverWeekly,
                radar ? kReleaseRadarSize : kDiscoverWeeklySize, kWeeklyExaminationDecay);
        } else {
            switch (pickSurface()) {
            case Surface::Radio:
                radioSession(hour, ctx);
                break;
            case Surface::Organic:
                organicSession(hour, ctx);
                break;
            default:
                slateSession(hour, ctx, Surface::Home, m_world.homeSlateSize(),
                    m_params.sessions.examinationDecay);
            }
        }
        finishSession(first);
    }
    driftAndChurn();
}

events::RecRequest ListenerDay::makeRequest(float hour, Surface surface, int k) const
{
    events::RecRequest req;
    req.listener = m_l;
    req.day = m_day;
    req.weekday = m_weekday;
    req.hour = hour;
    req.surface = surface;
    req.device = m_device;
    req.k = k;
    req.explicitAllowed = !m_pop.explicitOff[m_l];
    req.lastPlayed = m_lastPlayed;
    req.requestIndex = m_requestIndex;
    req.sessionIndex = m_sessionIndex;
    req.session = m_session;
    return req;
}

void ListenerDay::noteInference(Context truth, Context inferred)
{
    if (!m_inferencePending)
        return;
    m_inferencePending = false;
    if (truth == Context::None || inferred == Context::None)
        return; // contexts off, or a recommender that infers none
    ++m_counters.contextGuesses;
    m_counters.contextHits += inferred == truth ? 1 : 0;
}

Surface ListenerDay::pickSurface()
{
    const auto &s = m_params.sessions;
    const double total = s.homeWeight + s.radioWeight + s.organicWeight;
    const double x = m_sessionRng.uniform() * total;
    if (x < s.homeWeight)
        return Surface::Home;
    if (x < s.homeWeight + s.radioWeight)
        return Surface::Radio;
    return Surface::Organic;
}

void ListenerDay::slateSession(float &hour, Context ctx, Surface surface, int k, double decay)
{
    const events::RecRequest req = makeRequest(hour, surface, k);
    ++m_requestIndex;
    events::RequestTrace *trace = nullptr;
    if (surface == Surface::Home && !m_traced) {
        for (const auto &[listener, target] : m_scratch.traces) {
            if (listener == m_l) {
                trace = target;
                m_traced = true;
            }
        }
    }
    if (trace) {
        trace->surface = std::string(events::surfaceName(surface));
        trace->device = std::string(events::deviceName(m_device));
        trace->hour = hour;
        trace->k = k;
    }
    m_scratch.slate.targetSlate.clear(); // only the pipeline fills it
    ++m_counters.recRequests;
    m_recommender.recommend(req, m_policyRng, m_scratch.slate, trace);
    noteInference(m_world.published(ctx), m_scratch.slate.inferredContext);
    if (trace) { // the truth joins the trace only after the recommender answered
        trace->context = std::string(events::contextName(m_world.published(ctx)));
        trace->inferredContext = std::string(events::contextName(m_scratch.slate.inferredContext));
    }
    if (surface == Surface::Home)
        scoreTargetSlate(m_scratch.slate.targetSlate, decay);
    const auto &items = m_scratch.slate.items;
    const std::uint8_t policy = m_scratch.slate.policy;
    for (const auto &item : items) // the plays below read them
        prefetchTrack(item.track);
    for (std::size_t pos = 0; pos < items.size(); ++pos) {
        logEvent(Action::Impression, items[pos].track, hour, ctx, surface, &items[pos], int(pos),
            policy, 0);
        ++m_counters.shown;
        m_counters.explored += items[pos].explored;
    }
    // Position bias: the listener examines position k with probability decay^k.
    auto &shown = m_scratch.shown; // the slate scratch is reused by later requests
    shown.assign(items.begin(), items.end());
    for (std::size_t pos = 0; pos < shown.size(); ++pos) {
        if (dayBudgetSpent())
            break;
        if (!m_responseRng.bernoulli(ResponseModel::examinationProbability(int(pos), decay)))
            continue;
        const Played p
            = playTrack(shown[pos].track, hour, ctx, surface, &shown[pos], int(pos), policy);
        if (trace) {
            for (auto &c : trace->candidates) {
                if (c.track == shown[pos].track)
                    c.outcome = p.outcome.streamed ? "stream" : "skip";
            }
        }
    }
}

void ListenerDay::scoreTargetSlate(const std::vector<TrackId> &slate, double decay)
{
    // Before any of the real slate is played: the state the target policy would have met.
    const auto &response = m_world.response();
    for (std::size_t pos = 0; pos < slate.size(); ++pos) {
        const UtilityTerms terms = response.utility(
            m_pop, m_catalog, m_l, m_scratch.contextTaste.data(), slate[pos], m_day);
        m_counters.opeTruthStreams += ResponseModel::examinationProbability(int(pos), decay)
            * response.expectedStreamProbability(terms.total(), m_pop.patience[m_l]);
        ++m_counters.opeTruthSlots;
    }
}

void ListenerDay::radioSession(float &hour, Context ctx)
{
    const auto &s = m_params.sessions;
    int skips = 0;
    for (int i = 0; i < s.radioMaxTracks; ++i) {
        events::RecRequest req = makeRequest(hour, Surface::Radio, 1);
        ++m_requestIndex;
        req.positionInSession = std::uint32_t(i);
        ++m_counters.recRequests;
        m_recommender.recommend(req, m_policyRng, m_scratch.slate, nullptr);
        noteInference(m_world.published(ctx), m_scratch.slate.inferredContext);
        if (m_scratch.slate.items.empty())
            break;
        const events::SlateEntry entry = m_scratch.slate.items.front();
        // Radio logs the track's place in the station's queue as its position.
        logEvent(Action::Impression, entry.track, hour, ctx, Surface::Radio, &entry, i,
            m_scratch.slate.policy, 0);
        ++m_counters.shown;
        m_counters.explored += entry.explored;
        const Played p
            = playTrack(entry.track, hour, ctx, Surface::Radio, &entry, i, m_scratch.slate.policy);
        skips += p.outcome.streamed ? 0 : 1;
        if (dayBudgetSpent())
            break;
        // Quit hazard rises with skips and falls with satisfaction.
        const double quit = std::clamp(
            s.radioQuitBase * (1.5 - m_pop.satisfaction[m_l]) + s.radioQuitPerSkip * skips, 0.0,
            1.0);
        if (m_sessionRng.bernoulli(quit))
            break;
    }
}

void ListenerDay::organicSession(float &hour, Context ctx)
{
    const int tracks
        = 1 + int(poisson(m_organicRng, std::max(0.0, m_params.sessions.organicTracksMean - 1.0)));
    for (int i = 0; i < tracks && !dayBudgetSpent(); ++i) {
        const TrackId t = searchOrLibrary(ctx);
        if (t == kNoTrack)
            break;
        playTrack(t, hour, ctx, Surface::Organic, nullptr, 0, 0);
    }
}

void ListenerDay::prefetchTrack(TrackId t) const
{
    const float *latent = m_catalog.track(t);
    __builtin_prefetch(latent);
    __builtin_prefetch(latent + m_catalog.dim - 1); // a row may straddle two lines
    __builtin_prefetch(&m_catalog.popularityZ[t]);
    __builtin_prefetch(&m_catalog.observable.artist[t]);
    __builtin_prefetch(&m_catalog.trueSubgenre[t]);
    __builtin_prefetch(&m_catalog.observable.durationSeconds[t]);
}

TrackId ListenerDay::searchOrLibrary(Context)
{
    // Library: a liked or saved track the listener already knows.
    if (m_organicRng.bernoulli(m_params.sessions.libraryShare)) {
        std::array<TrackId, kHistorySlots> liked {};
        int n = 0;
        for (const auto &slot : m_pop.history[m_l]) {
            if (slot.track != kNoTrack && (slot.liked || slot.saved))
                liked[std::size_t(n++)] = slot.track;
        }
        if (n > 0)
            return liked[m_organicRng.below(std::uint32_t(n))];
    }
    // Search: the listener looks among tracks they come across (weighted by appeal) and
    // picks the one they expect to like most.
    const auto &released = m_world.m_released;
    const base::CumulativeWeights &appeal = m_world.m_releasedAppeal;
    if (released.empty())
        return kNoTrack;
    // All draws first, then the utilities: the draws use only the search stream, so their
    // order and values are those of drawing one before each utility, and the lookups of
    // independent draws (and then the tracks' rows, prefetched) overlap instead of each
    // waiting for memory in turn (a million-track catalogue misses the cache on every one).
    auto &drawn = m_scratch.searchDraws;
    drawn.resize(std::size_t(m_params.sessions.searchCandidates));
    for (TrackId &t : drawn) {
        const double x = m_organicRng.uniform() * appeal.total();
        t = released[std::min(appeal.firstAbove(x), released.size() - 1)];
    }
    for (const TrackId t : drawn)
        prefetchTrack(t);
    TrackId best = kNoTrack;
    float bestUtility = -1e9f;
    for (const TrackId t : drawn) {
        if (m_pop.explicitOff[m_l] && m_catalog.observable.isExplicit[t])
            continue;
        const float u = m_world.response()
                            .utility(m_pop, m_catalog, m_l, m_scratch.contextTaste.data(), t, m_day)
                            .total();
        if (u > bestUtility) {
            bestUtility = u;
            best = t;
        }
    }
    return best;
}

ListenerDay::Played ListenerDay::playTrack(TrackId t, float &hour, Context ctx, Surface surface,
    const events::SlateEntry *entry, int position, std::uint8_t policy)
{
    const ArtistId artist = m_catalog.observable.artist[t];
    const UtilityTerms terms = m_world.response().utility(
        m_pop, m_catalog, m_l, m_scratch.contextTaste.data(), t, m_day);
    m_boredomSum += m_world.response().boredom(m_pop, m_catalog, m_l, t, m_day);
    ++m_dayPlays;
    Played p;
    p.outcome = m_world.response().play(terms.total(), m_pop.patience[m_l],
        m_catalog.observable.durationSeconds[t], artistSkips(artist), m_responseRng);
    const PlayOutcome &o = p.outcome;
    logEvent(o.streamed ? Action::Stream : Action::Skip, t, hour, ctx, surface, entry, position,
        policy, o.listenMs);
    ++m_counters.plays;
    ++m_sessionPlays;
    m_sessionQuality += ResponseModel::playQuality(o);
    m_counters.listenFractionSum += std::min(1.0f, o.listenFraction);
    if (o.streamed) {
        ++m_counters.streams;
        if (surface != Surface::Organic)
            ++m_counters.recStreams;
        ++m_pop.lifetimeStreams[m_l];
    } else {
        ++m_counters.skips;
        noteArtistSkip(artist);
    }
    hour += float(o.listenMs / 3.6e6);
    m_dayListenMs += o.listenMs;
    notePlay(m_session, t, o.listenMs, !o.streamed);
    if (o.replay)
        logEvent(Action::Replay, t, hour, ctx, surface, entry, position, policy, 0);
    if (o.save) {
        logEvent(Action::Save, t, hour, ctx, surface, entry, position, policy, 0);
        ++m_counters.saves;
    }
    if (o.playlistAdd)
        logEvent(Action::PlaylistAdd, t, hour, ctx, surface, entry, position, policy, 0);
    if (o.followArtist && !m_pop.follows(m_l, artist)) {
        logEvent(Action::FollowArtist, t, hour, ctx, surface, entry, position, policy, 0);
        auto &f = m_pop.followed[m_l];
        std::rotate(f.rbegin(), f.rbegin() + 1, f.rend()); // newest first, oldest dropped
        f[0] = artist;
    }
    if (o.blockArtist && !m_pop.hasBlocked(m_l, artist)) {
        logEvent(Action::BlockArtist, t, hour, ctx, surface, entry, position, policy, 0);
        auto &b = m_pop.blocked[m_l];
        std::rotate(b.rbegin(), b.rbegin() + 1, b.rend());
        b[0] = artist;
    }
    remember(t, o);
    noteSatiationAndDiscovery(t, artist, o);
    // Exposure: a satisfying listen pulls taste toward the track (malleability).
    p.satisfying = o.streamed && o.utility >= m_params.response.streamThreshold + 0.1;
    if (p.satisfying) {
        const double rate
            = individualMalleability(m_world.m_malleabilityScale, m_pop.malleabilityFactor[m_l]);
        exposurePull(m_pop.tasteOf(m_l), m_catalog.track(t), rate, m_pop.dim);
    }
    m_lastPlayed = t;
    return p;
}

void ListenerDay::noteSatiationAndDiscovery(TrackId t, ArtistId artist, const PlayOutcome &o)
{
    // Every play tires the listener a little of its artist and sub-genre (Satiation).
    Satiation &s = m_pop.satiation[m_l];
    const double h = m_params.satiation.halfLifeDays;
    addExposure(s.artists, artist, m_day, h);
    addExposure(s.subgenres, std::uint32_t(m_catalog.trueSubgenre[t]), m_day, h);
    // A liked first stream of an artist is a discovery (docs/world.md, Discovery): streamed
    // and played to the end (not skipped later), or saved.
    if (!o.streamed || m_pop.knowsArtist(m_l, artist))
        return;
    m_pop.learnArtist(m_l, artist);
    if (o.listenFraction >= 1.0f || o.save) {
        ++m_discoveries;
        ++m_counters.discoveries;
    }
}

void ListenerDay::remember(TrackId t, const PlayOutcome &o)
{
    auto &slots = m_pop.history[m_l];
    HistorySlot *slot = nullptr;
    for (auto &s : slots) {
        if (s.track == t) {
            slot = &s;
            break;
        }
    }
    if (!slot) {
        // Evict the least recently played slot, sparing saved tracks when possible.
        slot = &*std::min_element(
            slots.begin(), slots.end(), [](const HistorySlot &a, const HistorySlot &b) {
                if (a.track == kNoTrack || b.track == kNoTrack)
                    return a.track == kNoTrack && b.track != kNoTrack;
                if (a.saved != b.saved)
                    return a.saved < b.saved;
                return a.lastDay < b.lastDay;
            });
        *slot = HistorySlot {};
        slot->track = t;
    }
    slot->heat = currentHeat(*slot, m_day) + 1.0f;
    slot->lastDay = m_day;
    slot->liked = o.streamed && o.utility >= m_params.response.streamThreshold ? 1 : 0;
    slot->saved = slot->saved || o.save ? 1 : 0;
    slot->plays = std::uint16_t(std::min<int>(slot->plays + 1, 0xFFFF));
}

float ListenerDay::artistSkips(ArtistId a) const
{
    for (const auto &s : m_pop.skipMemory[m_l]) {
        if (s.artist == a)
            return s.count;
    }
    return 0.0f;
}

void ListenerDay::noteArtistSkip(ArtistId a)
{
    auto &mem = m_pop.skipMemory[m_l];
    for (auto &s : mem) {
        if (s.artist == a) {
            s.count += 1.0f;
            return;
        }
    }
    auto weakest = std::min_element(mem.begin(), mem.end(),
        [](const ArtistSkips &x, const ArtistSkips &y) { return x.count < y.count; });
    *weakest = ArtistSkips { a, 1.0f };
}

void ListenerDay::logEvent(Action action, TrackId t, float hour, Context ctx, Surface surface,
    const events::SlateEntry *entry, int position, std::uint8_t policy, std::int32_t listenMs)
{
    events::Event e;
    e.day = m_day;
    e.hour = hour;
    e.listener = m_l;
    e.track = t;
    e.listenMs = listenMs;
    e.propensity = entry ? entry->propensity : 1.0f;
    e.surface = surface;
    e.device = m_device;
    e.action = action;
    e.source = surface == Surface::Organic ? events::Source::Organic : events::Source::Recommended;
    e.position = std::uint16_t(std::min(position, 0xFFFF));
    e.policy = policy;
    e.explored = entry ? entry->explored & 1u : 0u;
    e.candidateSource = entry ? entry->candidateSource & 0x7Fu : 0u;
    m_scratch.events.push_back(e);
    m_scratch.contexts.push_back(m_world.published(ctx)); // the truth, on the world's side
}

void ListenerDay::finishSession(std::size_t firstEvent)
{
    ++m_counters.sessions;
    // A session where nothing was played is a small disappointment.
    double quality = m_sessionPlays > 0 ? m_sessionQuality / m_sessionPlays : 0.25;
    if (!m_pop.premium[m_l])
        quality -= m_params.churn.freeTierPenalty;
    m_pop.satisfaction[m_l] = updateSatisfaction(m_pop.satisfaction[m_l], quality, m_params.churn);
    m_dayQualitySum += std::clamp(quality, 0.0, 1.0);
    ++m_daySessions;
    m_recommender.endSession(
        m_l, m_scratch.events.data() + firstEvent, m_scratch.events.size() - firstEvent);
}

void ListenerDay::driftAndChurn()
{
    base::Rng driftRng(m_world.seed(), base::Purpose::Drift, m_l, m_day);
    const int d = m_pop.dim;
    ouStep(m_pop.tasteOf(m_l), m_pop.anchorOf(m_l), d, m_params.drift, driftRng);
    if (driftRng.bernoulli(m_params.drift.regimeShiftRate)) {
        const int g = int(driftRng.below(std::uint32_t(m_catalog.genreCount())));
        regimeShift(
            m_pop.anchorOf(m_l), m_catalog.genreCenter(g), m_params.drift.regimeShiftStrength, d);
    }
    base::Rng churnRng(m_world.seed(), base::Purpose::Churn, m_l, m_day + 1'000'000);
    if (m_active)
        m_pop.slowSatisfaction[m_l] = updateSlowSatisfaction(m_pop.slowSatisfaction[m_l],
            m_daySessions > 0 ? m_dayQualitySum / m_daySessions : 0.25, m_pop.noveltyAppetite[m_l],
            m_discoveries, m_dayPlays > 0 ? m_boredomSum / m_dayPlays : 0.0, m_params);
    const double hazard = churnHazard(m_pop.satisfaction[m_l], m_pop.slowSatisfaction[m_l],
        m_pop.premium[m_l] != 0, m_pop.churnTendency[m_l], m_params.churn);
    if (churnRng.bernoulli(hazard)) {
        m_pop.churned[m_l] = 1;
        m_pop.churnDay[m_l] = m_day;
        ++m_counters.churned;
        // A premium listener cancels a subscription, which the service sees; a free listener
        // just stops coming.
        if (m_pop.premium[m_l]) {
            logEvent(Action::Cancel, kNoTrack, 23.99f, Context::None, Surface::Organic, nullptr, 0,
                0, 0);
            ++m_counters.cancellations;
        }
    } else if (m_pop.premium[m_l]) {
        ++m_counters.premiumPopulation;
    }
}

} // namespace td::world
