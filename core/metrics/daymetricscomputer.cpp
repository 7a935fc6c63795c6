// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/daymetricscomputer.h"

#include "metrics/accuracy.h"
#include "metrics/cohorts.h"
#include "metrics/engagement.h"
#include "world/latent.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>

namespace td::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Entity keys of the Purpose::Metrics streams, far from listener ids (the engine's traces
// use (Metrics, listener, day)).
constexpr std::uint64_t kEntityPairs = 0x9A7E2'0000'0000ull;
constexpr std::uint64_t kEntityAlignment = 0x9A7E3'0000'0000ull;
constexpr std::uint64_t kEntityDrifters = 0x9A7E4'0000'0000ull;
constexpr std::uint64_t kEntitySlates = 0x9A7E5'0000'0000ull;
constexpr std::uint64_t kEntityProbes = 0x9A7E6'0000'0000ull;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point &mark)
{
    const auto now = Clock::now();
    const double s = std::chrono::duration<double>(now - mark).count();
    mark = now;
    return s;
}

/// Mean of the defined (non-NaN) values added.
struct Mean
{
    double sum = 0.0;
    std::size_t n = 0;
    void add(double v)
    {
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    double value() const { return n > 0 ? sum / double(n) : kNaN; }
};

bool signedUpAndActive(const world::Population &pop, ListenerId l, Day day)
{
    return pop.signupDay[l] <= day && !pop.churned[l];
}

} // namespace

DayMetricsComputer::DayMetricsComputer(const world::World &world, std::uint64_t seed)
    : m_world(world), m_seed(seed),
      m_ranks(world.catalog().appealWeight, world.catalog().observable.releaseDay),
      m_exposure(world.catalog().trackCount()), m_panel(seed, world.population().size()),
      m_slateTruth(world.catalog(), world.response()),
      m_trackCounts(world.catalog().trackCount(), 0)
{
    const auto &catalog = world.catalog();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (catalog.observable.releaseDay[t] <= 0)
            m_probePool.push_back(t);
    }
    // The state at the start of day 0, for day 0's slate regret.
    m_panel.grow(world.population().size());
    m_panel.takeSnapshot(world.population());
}

DayMetricsComputer::~DayMetricsComputer()
{
    if (!std::getenv("TD_METRICS_TIMING") || m_timing.days == 0)
        return;
    const Timing &t = m_timing;
    std::fprintf(stderr,
        "metrics: %d days, %.3f s wall (%.1f ms/day), %.3f s CPU: engagement %.3f, events %.3f, "
        "feedback %.3f, diversity %.3f, slates %.3f s wall\n",
        t.days, t.total, 1000.0 * t.total / double(t.days), t.cpu, t.engagement, t.events,
        t.feedback, t.diversity, t.slates);
}

void DayMetricsComputer::compute(Day day, const world::DayCounters &counters, std::size_t arrivals,
    const std::vector<events::Event> &events, const std::vector<events::Context> &contexts,
    const events::Recommender &recommender, DayMetrics &out)
{
    const auto started = Clock::now();
    const std::clock_t cpuStarted = std::clock();
    auto mark = started;
    const auto &pop = m_world.population();
    computeEngagement(counters, pop, arrivals, m_ltv, out);
    m_timing.engagement += secondsSince(mark);

    m_panel.grow(pop.size());
    m_ranks.advanceTo(day);
    m_panel.prune(day, kWindowDays); // before today's streams are added: keeps 7 days
    scanEvents(day, events, contexts, out);
    buildWindowSets();
    m_timing.events += secondsSince(mark);

    feedbackLoop(day, recommender.modelProbe(), out);
    m_timing.feedback += secondsSince(mark);
    diversity(day, out);
    m_timing.diversity += secondsSince(mark);
    slateTruth(day, out);
    // Today's end is tomorrow's start: the state tomorrow's slates will be judged against.
    m_panel.takeSnapshot(pop);
    m_timing.slates += secondsSince(mark);
    m_timing.total += std::chrono::duration<double>(Clock::now() - started).count();
    m_timing.cpu += double(std::clock() - cpuStarted) / CLOCKS_PER_SEC;
    ++m_timing.days;
}

void DayMetricsComputer::scanEvents(Day day, const std::vector<events::Event> &events,
    const std::vector<events::Context> &contexts, DayMetrics &out)
{
    const auto &catalog = m_world.catalog();
    Mean recPopularity, streamPopularity;
    std::size_t impressions = 0, longTail = 0, newArtist = 0;
    m_slates.clear();
    m_slateTracks.clear();
    m_touched.clear();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const events::Event &e = events[i];
        if (e.action == events::Action::Impression) {
            const double pct = m_ranks.percentile(e.track);
            recPopularity.add(pct);
            ++impressions;
            longTail += pct < kHeadPercentile ? 1 : 0;
            const Day debut = catalog.artistDebutDay[catalog.observable.artist[e.track]];
            newArtist += debut > day - kNewArtistDays ? 1 : 0;
            if (m_trackCounts[e.track]++ == 0)
                m_touched.push_back(e.track);
            m_exposure.markShown(e.track, day);
            if (e.surface == events::Surface::Home) {
                // A Home slate logs its impressions consecutively, positions 0, 1, ..., K−1.
                if (e.position == 0) {
                    const auto context = i < contexts.size() ? contexts[i] : events::Context::None;
                    m_slates.push_back({ e.listener, context, m_slateTracks.size(), 0 });
                } else if (m_slates.empty() || m_slates.back().listener != e.listener
                    || m_slates.back().count != e.position) {
                    continue;
                }
                m_slateTracks.push_back(e.track);
                ++m_slates.back().count;
            }
        } else if (e.action == events::Action::Stream) {
            streamPopularity.add(m_ranks.percentile(e.track));
            if (const int member = m_panel.index(e.listener); member >= 0)
                m_panel.addStream(member, e.track, day, e.source);
        }
    }
    out.set("popularity_bias_rec", recPopularity.value());
    out.set("popularity_bias_stream", streamPopularity.value());
    out.set("longtail_share", impressions > 0 ? double(longTail) / double(impressions) : kNaN);
    out.set("new_artist_share", impressions > 0 ? double(newArtist) / double(impressions) : kNaN);

    // Exposure Gini over the released catalogue; the counts are cleared for the next day.
    std::vector<double> nonZero;
    nonZero.reserve(m_touched.size());
    std::sort(m_touched.begin(), m_touched.end());
    for (TrackId t : m_touched) {
        if (catalog.observable.isReleased(t, day))
            nonZero.push_back(double(m_trackCounts[t]));
        m_trackCounts[t] = 0;
    }
    const std::size_t released = m_ranks.releasedCount();
    out.set("exposure_gini",
        released >= nonZero.size() ? giniWithZeros(nonZero, released - nonZero.size()) : kNaN);
    out.set("coverage", m_exposure.coverage(day, kWindowDays, catalog.observable.releaseDay));
}

namespace {

/// The distinct tracks of `window` (sorted) and their stream counts, counting only the streams
/// that `keep` accepts.
template<typename Keep>
void countTracks(const std::vector<ListenerPanel::Stream> &window, Keep keep,
    std::vector<TrackId> &sorted, std::vector<TrackId> &tracks, std::vector<double> &counts)
{
    tracks.clear();
    counts.clear();
    sorted.clear();
    for (const auto &s : window) {
        if (keep(s))
            sorted.push_back(s.track);
    }
    std::sort(sorted.begin(), sorted.end());
    for (TrackId t : sorted) {
        if (!tracks.empty() && tracks.back() == t) {
            counts.back() += 1.0;
        } else {
            tracks.push_back(t);
            counts.push_back(1.0);
        }
    }
}

} // namespace

void DayMetricsComputer::buildWindowSets()
{
    const std::size_t members = m_panel.members().size();
    m_windowTracks.resize(members);
    m_windowCounts.resize(members);
    for (SourceWindows *w : { &m_organicWindows, &m_recWindows }) {
        w->tracks.resize(members);
        w->counts.resize(members);
    }
    std::vector<TrackId> sorted;
    const auto any = [](const ListenerPanel::Stream &) { return true; };
    const auto organic
        = [](const ListenerPanel::Stream &s) { return s.source == events::Source::Organic; };
    const auto recommended
        = [](const ListenerPanel::Stream &s) { return s.source == events::Source::Recommended; };
    for (std::size_t i = 0; i < members; ++i) {
        const auto &window = m_panel.window(int(i));
        countTracks(window, any, sorted, m_windowTracks[i], m_windowCounts[i]);
        countTracks(
            window, organic, sorted, m_organicWindows.tracks[i], m_organicWindows.counts[i]);
        countTracks(window, recommended, sorted, m_recWindows.tracks[i], m_recWindows.counts[i]);
    }
}

double DayMetricsComputer::meanGsScore(const SourceWindows &windows) const
{
    const auto &catalog = m_world.catalog();
    Mean gs;
    std::vector<const float *> vectors;
    for (std::size_t i = 0; i < windows.tracks.size(); ++i) {
        const auto &tracks = windows.tracks[i];
        const auto &counts = windows.counts[i];
        double streams = 0.0;
        vectors.clear();
        for (std::size_t k = 0; k < tracks.size(); ++k) {
            vectors.push_back(catalog.track(tracks[k]));
            streams += counts[k];
        }
        if (streams >= 2.0)
            gs.add(gsScore(vectors, counts, catalog.dim));
    }
    return gs.value();
}

void DayMetricsComputer::feedbackLoop(Day day, const events::ModelProbe *model, DayMetrics &out)
{
    const auto &pop = m_world.population();
    out.set("self_caused_evidence", model ? model->selfCausedShare(day) : kNaN);

    std::vector<const std::vector<TrackId> *> sets;
    for (const auto &tracks : m_windowTracks) {
        if (!tracks.empty())
            sets.push_back(&tracks);
    }
    out.set("homogenization_jaccard",
        meanPairwiseJaccard(sets, kJaccardPairs,
            base::streamSeed(m_seed, base::Purpose::Metrics, kEntityPairs, day)));

    MeanPairwiseCosine taste(pop.dim);
    for (ListenerId l = 0; l < pop.size(); ++l) {
        if (signedUpAndActive(pop, l, day))
            taste.add(pop.tasteOf(l));
    }
    out.set("taste_homogenization", taste.value());

    if (model && model->hasModel())
        modelTruth(day, *model, out);
}

void DayMetricsComputer::probeTracks(ListenerId l, std::vector<TrackId> &out) const
{
    out.clear();
    const std::size_t pool = m_probePool.size();
    if (pool <= 2 * kProbeTracks) {
        out.assign(m_probePool.begin(),
            m_probePool.begin() + std::ptrdiff_t(std::min(pool, kProbeTracks)));
        return;
    }
    // The same probes every day (day key 0): day-to-day changes come from the model and the
    // listener, not from a new draw of tracks.
    base::Rng rng(m_seed, base::Purpose::Metrics, kEntityProbes ^ l, 0);
    while (out.size() < kProbeTracks) {
        const TrackId t = m_probePool[rng.below(std::uint32_t(pool))];
        if (std::find(out.begin(), out.end(), t) == out.end())
            out.push_back(t);
    }
}

double DayMetricsComputer::meanProbeSpearman(
    const std::vector<ListenerId> &listeners, const events::ModelProbe &model, Day day)
{
    const auto &pop = m_world.population();
    const auto &catalog = m_world.catalog();
    const auto &response = m_world.response();
    std::vector<TrackId> probes;
    std::vector<float> taste(std::size_t(pop.dim));
    std::vector<double> predicted, truth;
    Mean rho;
    for (ListenerId l : listeners) {
        probeTracks(l, probes);
        response.contextTaste(pop, l, events::Context::None, taste.data());
        predicted.clear();
        truth.clear();
        for (TrackId t : probes) {
            predicted.push_back(double(model.predictedScore(l, t)));
            truth.push_back(
                double(response.utility(pop, catalog, l, taste.data(), t, day).total()));
        }
        rho.add(spearman(predicted, truth));
    }
    return rho.value();
}

void DayMetricsComputer::modelTruth(Day day, const events::ModelProbe &model, DayMetrics &out)
{
    const auto &pop = m_world.population();
    const int d = pop.dim;
    std::vector<ListenerId> eligible;
    std::vector<double> drift;
    for (ListenerId l = 0; l < pop.size(); ++l) {
        if (!signedUpAndActive(pop, l, day) || !model.knowsListener(l))
            continue;
        eligible.push_back(l);
        const float *x = pop.tasteOf(l);
        const float *x0 = pop.initialTaste.data() + std::size_t(l) * std::size_t(d);
        const double n = double(world::norm(x, d)) * double(world::norm(x0, d));
        drift.push_back(n > 0.0 ? 1.0 - double(world::dot(x, x0, d)) / n : 0.0);
    }
    if (eligible.empty())
        return;

    std::vector<ListenerId> sample;
    for (std::size_t i : sampleIndices(eligible.size(), kProbeListeners,
             base::streamSeed(m_seed, base::Purpose::Metrics, kEntityAlignment, day)))
        sample.push_back(eligible[i]);
    out.set("model_truth_alignment", meanProbeSpearman(sample, model, day));
    Mean variance;
    for (ListenerId l : sample)
        variance.add(model.posteriorVariance(l));
    out.set("mean_posterior_variance", variance.value());

    // The top quartile by drift since signup: drift ≥ its 75th percentile (type-1 quantile).
    std::vector<double> sorted = drift;
    const std::size_t q = (3 * (sorted.size() - 1)) / 4;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(q), sorted.end());
    const double threshold = sorted[q];
    std::vector<ListenerId> drifters;
    for (std::size_t i = 0; i < eligible.size(); ++i) {
        if (drift[i] >= threshold)
            drifters.push_back(eligible[i]);
    }
    std::vector<ListenerId> drifterSample;
    for (std::size_t i : sampleIndices(drifters.size(), kProbeListeners,
             base::streamSeed(m_seed, base::Purpose::Metrics, kEntityDrifters, day)))
        drifterSample.push_back(drifters[i]);
    out.set("tracking_error", 1.0 - meanProbeSpearman(drifterSample, model, day));
}

void DayMetricsComputer::diversity(Day day, DayMetrics &out)
{
    const auto &catalog = m_world.catalog();
    const int d = catalog.dim;

    Mean ild;
    std::vector<const float *> vectors;
    for (const auto &s : m_slates) {
        vectors.clear();
        for (std::size_t i = 0; i < s.count; ++i)
            vectors.push_back(catalog.track(m_slateTracks[s.first + i]));
        ild.add(intraListDiversity(vectors, d));
    }
    out.set("intra_list_diversity", ild.value());

    // Panel windows: genre entropy, GS score, and the listener counts behind novelty.
    Mean entropy, gs;
    std::vector<double> genres(std::size_t(std::max(1, catalog.genreCount())), 0.0);
    std::size_t consumers = 0;
    m_touched.clear();
    for (std::size_t i = 0; i < m_windowTracks.size(); ++i) {
        const auto &tracks = m_windowTracks[i];
        if (tracks.empty())
            continue;
        ++consumers;
        const auto &counts = m_windowCounts[i];
        std::fill(genres.begin(), genres.end(), 0.0);
        vectors.clear();
        double streams = 0.0;
        for (std::size_t k = 0; k < tracks.size(); ++k) {
            const TrackId t = tracks[k];
            const int g = catalog.trueGenre[t];
            if (g >= 0 && std::size_t(g) < genres.size())
                genres[std::size_t(g)] += counts[k];
            vectors.push_back(catalog.track(t));
            streams += counts[k];
            if (m_trackCounts[t]++ == 0)
                m_touched.push_back(t);
        }
        entropy.add(entropyBits(genres));
        if (streams >= 2.0)
            gs.add(gsScore(vectors, counts, d));
    }
    out.set("genre_entropy", entropy.value());
    out.set("gs_score", gs.value());
    // Anderson et al. (2020) split the same score by where the streams came from.
    out.set("gs_score_organic", meanGsScore(m_organicWindows));
    out.set("gs_score_rec", meanGsScore(m_recWindows));

    // Novelty of today's streams: −log₂ of the share of window consumers who streamed it.
    Mean novelty;
    for (std::size_t i = 0; i < m_windowTracks.size(); ++i) {
        for (const auto &s : m_panel.window(int(i))) {
            if (s.day == day)
                novelty.add(-std::log2(double(m_trackCounts[s.track]) / double(consumers)));
        }
    }
    out.set("novelty", novelty.value());
    for (TrackId t : m_touched)
        m_trackCounts[t] = 0;
    m_touched.clear();
}

void DayMetricsComputer::slateTruth(Day day, DayMetrics &out)
{
    // Slates of panel listeners who have a start-of-day snapshot.
    std::vector<std::size_t> candidates;
    for (std::size_t s = 0; s < m_slates.size(); ++s) {
        const int i = m_panel.index(m_slates[s].listener);
        if (i >= 0 && std::size_t(i) < m_panel.snapshotSize() && m_slates[s].count > 0)
            candidates.push_back(s);
    }
    if (candidates.empty())
        return;
    m_slateTruth.setDay(day);
    const double affordable
        = kSlateBudget / double(std::max<std::size_t>(1, m_slateTruth.releasedCount()));
    const std::size_t cap = std::clamp(std::size_t(affordable), kMinSlates, kMaxSlates);
    const auto chosen = sampleIndices(candidates.size(), cap,
        base::streamSeed(m_seed, base::Purpose::Metrics, kEntitySlates, day));

    const world::Population &start = m_panel.snapshot();
    Mean regret, precision, ndcg;
    std::vector<double> shown, ideal;
    for (std::size_t c : chosen) {
        const HomeSlate &s = m_slates[candidates[c]];
        const ListenerId row = ListenerId(m_panel.index(s.listener));
        m_slateTruth.evaluate(
            start, row, s.context, m_slateTracks.data() + s.first, s.count, shown, ideal);
        regret.add(slateRegret(shown, ideal));
        precision.add(precisionAtK(shown, m_slateTruth.streamThreshold(start, row)));
        ndcg.add(ndcgAtK(shown, ideal));
    }
    out.set("regret", regret.value());
    out.set("precision_at_k", precision.value());
    out.set("ndcg_at_k", ndcg.value());
}

} // namespace td::metrics
