// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// DayMetricsComputer's event, feedback-loop and diversity columns on a tiny world against a
// brute-force reference written from docs/metrics.md (the computer itself is in
// core/metrics/daymetricscomputer.h; its ranges and determinism are in
// tst_daymetricscomputer.cpp).
#include "metrics/daymetricscomputer.h"
#include "testregistry.h"

#include "recsys/baselines/randomrecommender.h"
#include "world/world.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace td;
using events::Action;
using events::Surface;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// One listening session as the world would log it: the shown tracks (empty for organic),
/// then the plays, each (track, Stream or Skip), plus saves that follow a stream.
struct Session
{
    ListenerId listener = 0;
    Surface surface = Surface::Home;
    std::vector<TrackId> shown;
    std::vector<std::pair<TrackId, Action>> plays;
};

/// The day's log of `sessions`, in the engine's order: a session's impressions (Home and the
/// weekly playlists at positions 0..K−1, radio at its queue index), then its plays, a Save
/// after the first stream of each session (saves must not count as streams).
std::vector<events::Event> eventLog(Day day, const std::vector<Session> &sessions)
{
    std::vector<events::Event> log;
    for (const auto &s : sessions) {
        events::Event e;
        e.day = day;
        e.listener = s.listener;
        e.surface = s.surface;
        e.source
            = s.surface == Surface::Organic ? events::Source::Organic : events::Source::Recommended;
        for (std::size_t pos = 0; pos < s.shown.size(); ++pos) {
            e.action = Action::Impression;
            e.track = s.shown[pos];
            e.position = std::uint8_t(pos);
            log.push_back(e);
        }
        bool saved = false;
        for (const auto &[track, action] : s.plays) {
            e.action = action;
            e.track = track;
            e.position = 0;
            log.push_back(e);
            if (action == Action::Stream && !saved) {
                e.action = Action::Save;
                log.push_back(e);
                saved = true;
            }
        }
    }
    return log;
}

double cosine(const float *a, const float *b, int d)
{
    double ab = 0.0, aa = 0.0, bb = 0.0;
    for (int k = 0; k < d; ++k) {
        ab += double(a[k]) * double(b[k]);
        aa += double(a[k]) * double(a[k]);
        bb += double(b[k]) * double(b[k]);
    }
    return ab / std::sqrt(aa * bb);
}

double squaredNorm(const float *a, int d)
{
    double aa = 0.0;
    for (int k = 0; k < d; ++k)
        aa += double(a[k]) * double(a[k]);
    return aa;
}

/// Everything the reference needs to know about one day.
struct DayInput
{
    Day day = 0;
    std::vector<Session> sessions;
};

/// The brute-force reference: each column straight from its definition in docs/metrics.md,
/// by loops over the world's truth and the sessions fed so far (no sorting tricks, no
/// incremental state, no shared code with the computer). With 5 listeners (all of them in
/// the metrics panel, which holds everybody up to 4,096) and 10 listener pairs (fewer than
/// the 2,000 sampled pairs), every panel metric is exact.
class Reference
{
public:
    Reference(const world::World &w) : m_world(w) { }
    void add(const DayInput &d) { m_days.push_back(d); }

    std::map<std::string, double> columns(Day day) const
    {
        const auto &catalog = m_world.catalog();
        const auto &obs = catalog.observable;
        const std::size_t n = catalog.trackCount();
        std::map<std::string, double> out;
        auto released = [&](TrackId t) { return obs.releaseDay[t] <= day; };
        std::size_t releasedCount = 0;
        for (TrackId t = 0; t < n; ++t)
            releasedCount += released(t) ? 1 : 0;
        // Mid-rank percentile by true appeal among the released tracks.
        auto percentile = [&](TrackId t) {
            double below = 0.0;
            for (TrackId s = 0; s < n; ++s) {
                if (!released(s))
                    continue;
                if (catalog.appealWeight[s] < catalog.appealWeight[t])
                    below += 1.0;
                else if (catalog.appealWeight[s] == catalog.appealWeight[t])
                    below += 0.5;
            }
            return below / double(releasedCount);
        };
        // An artist's debut: the earliest release day of any of its tracks.
        auto debut = [&](ArtistId a) {
            Day first = std::numeric_limits<Day>::max();
            for (TrackId s = 0; s < n; ++s) {
                if (obs.artist[s] == a)
                    first = std::min(first, obs.releaseDay[s]);
            }
            return first;
        };

        // Today's impressions (every surface) and streams (every surface).
        std::vector<TrackId> shownToday, streamedToday;
        std::vector<ListenerId> streamerToday;
        std::vector<std::vector<TrackId>> homeSlates;
        std::vector<double> impressions(n, 0.0);
        std::set<TrackId> shownInWindow;
        std::vector<std::vector<TrackId>> window(m_world.population().size());
        // The same windows restricted to one source (gs_score_organic, gs_score_rec).
        std::vector<std::vector<TrackId>> organicWindow(window.size()), recWindow(window.size());
        for (const auto &d : m_days) {
            const bool today = d.day == day;
            const bool inWindow = d.day > day - 7 && d.day <= day;
            for (const auto &s : d.sessions) {
                for (TrackId t : s.shown) {
                    if (inWindow)
                        shownInWindow.insert(t);
                    if (today) {
                        shownToday.push_back(t);
                        impressions[t] += 1.0;
                    }
                }
                if (today && s.surface == Surface::Home)
                    homeSlates.push_back(s.shown);
                for (const auto &[t, action] : s.plays) {
                    if (action != Action::Stream)
                        continue;
                    if (inWindow) {
                        window[s.listener].push_back(t);
                        (s.surface == Surface::Organic ? organicWindow : recWindow)[s.listener]
                            .push_back(t);
                    }
                    if (today) {
                        streamedToday.push_back(t);
                        streamerToday.push_back(s.listener);
                    }
                }
            }
        }

        auto mean = [](const std::vector<double> &v) {
            if (v.empty())
                return kNaN;
            double sum = 0.0;
            for (double x : v)
                sum += x;
            return sum / double(v.size());
        };
        std::vector<double> pct, tail, fresh;
        for (TrackId t : shownToday) {
            pct.push_back(percentile(t));
            tail.push_back(percentile(t) < 0.8 ? 1.0 : 0.0);
            fresh.push_back(debut(obs.artist[t]) > day - 30 ? 1.0 : 0.0);
        }
        out["popularity_bias_rec"] = mean(pct);
        out["longtail_share"] = mean(tail);
        out["new_artist_share"] = mean(fresh);
        std::vector<double> streamPct;
        for (TrackId t : streamedToday)
            streamPct.push_back(percentile(t));
        out["popularity_bias_stream"] = mean(streamPct);

        // Gini by the mean absolute difference: Σ_i Σ_j |x_i − x_j| / (2 n Σ x), over the
        // released tracks, unshown ones as zeros.
        double absDiff = 0.0, total = 0.0;
        for (TrackId a = 0; a < n; ++a) {
            if (!released(a))
                continue;
            total += impressions[a];
            for (TrackId b = 0; b < n; ++b) {
                if (released(b))
                    absDiff += std::abs(impressions[a] - impressions[b]);
            }
        }
        out["exposure_gini"] = total > 0.0 ? absDiff / (2.0 * double(releasedCount) * total) : kNaN;
        std::size_t covered = 0;
        for (TrackId t : shownInWindow)
            covered += released(t) ? 1 : 0;
        out["coverage"] = double(covered) / double(releasedCount);

        // Intra-list diversity: 1 − mean over ordered pairs i ≠ j of cos(v_i, v_j).
        const int d = catalog.dim;
        std::vector<double> ild;
        for (const auto &slate : homeSlates) {
            if (slate.size() < 2)
                continue;
            double sum = 0.0;
            for (std::size_t i = 0; i < slate.size(); ++i) {
                for (std::size_t j = 0; j < slate.size(); ++j) {
                    if (i != j)
                        sum += cosine(catalog.track(slate[i]), catalog.track(slate[j]), d);
                }
            }
            ild.push_back(1.0 - sum / double(slate.size() * (slate.size() - 1)));
        }
        out["intra_list_diversity"] = mean(ild);

        // Panel windows: consumers are listeners with a stream in the last 7 days.
        std::vector<ListenerId> consumers;
        for (ListenerId l = 0; l < window.size(); ++l) {
            if (!window[l].empty())
                consumers.push_back(l);
        }
        std::vector<double> jaccards;
        for (std::size_t i = 0; i < consumers.size(); ++i) {
            for (std::size_t j = i + 1; j < consumers.size(); ++j) {
                const std::set<TrackId> a(window[consumers[i]].begin(), window[consumers[i]].end());
                const std::set<TrackId> b(window[consumers[j]].begin(), window[consumers[j]].end());
                std::set<TrackId> both = a;
                both.insert(b.begin(), b.end());
                double common = 0.0;
                for (TrackId t : a)
                    common += b.count(t) ? 1.0 : 0.0;
                jaccards.push_back(common / double(both.size()));
            }
        }
        out["homogenization_jaccard"] = mean(jaccards);

        // GS with unit vectors equals ‖μ‖, μ the mean vector of the streams
        // (docs/metrics.md): a different computation from Σ wᵢ cos(vᵢ, μ) / Σ wᵢ. The latent
        // rows are unit only to float precision (‖v‖ − 1 ~ 1e-8, which ‖μ‖ would carry), so
        // the reference normalises them in double first. NaN under two streams.
        auto gsOf = [&](const std::vector<TrackId> &streams) {
            if (streams.size() < 2)
                return kNaN;
            std::vector<double> mu(std::size_t(d), 0.0);
            for (TrackId t : streams) {
                const float *v = catalog.track(t);
                const double length = std::sqrt(squaredNorm(v, d));
                for (int k = 0; k < d; ++k)
                    mu[std::size_t(k)] += double(v[k]) / length / double(streams.size());
            }
            double norm = 0.0;
            for (double m : mu)
                norm += m * m;
            return std::sqrt(norm);
        };
        // The mean over listeners whose (source-restricted) window has two streams or more.
        auto meanGs = [&](const std::vector<std::vector<TrackId>> &windows) {
            std::vector<double> scores;
            for (const auto &w : windows) {
                if (w.size() >= 2)
                    scores.push_back(gsOf(w));
            }
            return mean(scores);
        };

        // Genre entropy (bits) of each consumer's streams, repeats counted.
        std::vector<double> entropies;
        for (ListenerId l : consumers) {
            std::map<int, double> genres;
            for (TrackId t : window[l])
                genres[catalog.trueGenre[t]] += 1.0;
            double h = 0.0;
            for (const auto &g : genres) {
                const double p = g.second / double(window[l].size());
                h -= p * std::log2(p);
            }
            entropies.push_back(h);
        }
        out["genre_entropy"] = mean(entropies);
        out["gs_score"] = meanGs(window);
        out["gs_score_organic"] = meanGs(organicWindow);
        out["gs_score_rec"] = meanGs(recWindow);

        // Novelty: −log₂ (share of consumers who streamed the track in the window), over
        // today's streams.
        std::vector<double> novelty;
        for (TrackId t : streamedToday) {
            double streamedIt = 0.0;
            for (ListenerId l : consumers)
                streamedIt += std::count(window[l].begin(), window[l].end(), t) > 0 ? 1.0 : 0.0;
            novelty.push_back(-std::log2(streamedIt / double(consumers.size())));
        }
        out["novelty"] = mean(novelty);

        // Taste homogenisation: mean cosine over every pair of signed-up, not churned
        // listeners' true tastes.
        const auto &pop = m_world.population();
        std::vector<ListenerId> present;
        for (ListenerId l = 0; l < pop.size(); ++l) {
            if (pop.signupDay[l] <= day && !pop.churned[l])
                present.push_back(l);
        }
        std::vector<double> tasteCos;
        for (std::size_t i = 0; i < present.size(); ++i) {
            for (std::size_t j = i + 1; j < present.size(); ++j)
                tasteCos.push_back(
                    cosine(pop.tasteOf(present[i]), pop.tasteOf(present[j]), pop.dim));
        }
        out["taste_homogenization"] = mean(tasteCos);
        return out;
    }

private:
    const world::World &m_world;
    std::vector<DayInput> m_days;
};

void compareColumns(const metrics::DayMetrics &m, const std::map<std::string, double> &expected)
{
    for (const auto &[name, want] : expected) {
        QVERIFY2(metrics::metricIndex(name) >= 0, name.c_str());
        const double got = m.value(name);
        const QString what = QStringLiteral("day %1 %2 = %3, reference %4")
                                 .arg(m.day)
                                 .arg(QString::fromStdString(name))
                                 .arg(got, 0, 'g', 17)
                                 .arg(want, 0, 'g', 17);
        if (std::isnan(want)) {
            QVERIFY2(std::isnan(got), qPrintable(what));
            continue;
        }
        // Counts and ranks agree exactly up to summation order; the vector metrics read
        // float vectors in another order and by another formula (GS as ‖μ‖): 1e-9.
        QVERIFY2(std::abs(got - want) <= 1e-9, qPrintable(what));
    }
}

} // namespace

class TestDayMetricsReference : public QObject
{
    Q_OBJECT
private slots:
    /// 5 listeners, 30 tracks (a third released during the run, some by artists who debut
    /// in it), three days with sessions (0, 2 and 7) and empty days between, so that the
    /// 7-day windows fill and day 0 falls out of them on day 7. Listener 3 streams on day 0
    /// and churns that evening; listener 4 signs up on day 5 (both matter for
    /// taste_homogenization, not for the panel windows). Every day, every column against the
    /// brute-force Reference; then the counting columns of day 0 and day 7 once more, on paper.
    void tinyWorldAgainstBruteForce()
    {
        world::WorldParams params;
        params.latentDim = 8;
        params.catalog.tracks = 30;
        params.catalog.genres = 3;
        params.catalog.subgenresPerGenre = 2;
        params.catalog.tracksPerArtist = 3.0;
        params.catalog.newReleaseShare = 0.4;
        params.catalog.releaseHorizonDays = 12;
        params.listeners.count = 5;
        params.listeners.arrivalsPerDay = 0.0;
        world::World w(params, 1);
        auto &pop = w.population();
        const auto &catalog = w.catalog();
        const auto &obs = catalog.observable;
        QCOMPARE(pop.size(), std::size_t(5));
        pop.signupDay[4] = 5;

        // Tracks by role: back-catalogue tracks from the most to the least appealing, and
        // run releases by artists who debut in the run, released by day 2 and by day 7.
        std::vector<TrackId> back;
        std::vector<TrackId> fresh2, fresh7;
        for (TrackId t = 0; t < catalog.trackCount(); ++t) {
            const Day debut = catalog.artistDebutDay[obs.artist[t]];
            if (obs.releaseDay[t] <= 0)
                back.push_back(t);
            else if (debut > 0 && obs.releaseDay[t] <= 2)
                fresh2.push_back(t);
            else if (debut > 0 && obs.releaseDay[t] <= 7)
                fresh7.push_back(t);
        }
        std::sort(back.begin(), back.end(), [&](TrackId a, TrackId b) {
            return catalog.appealWeight[a] > catalog.appealWeight[b];
        });
        // The hand case needs: 4 head and 10 tail tracks, a new artist by day 2 and by day 7,
        // tracks still unreleased on day 7 (so "released" denominators matter).
        QVERIFY(back.size() >= 14);
        QVERIFY2(!fresh2.empty() && !fresh7.empty(), "choose another world seed");
        QVERIFY(
            std::any_of(obs.releaseDay.begin(), obs.releaseDay.end(), [](Day r) { return r > 7; }));
        const TrackId h0 = back[0], h1 = back[1], h2 = back[2], h3 = back[3];
        auto tail = [&](std::size_t i) { return back[back.size() - 1 - i]; };
        const TrackId t0 = tail(0), t1 = tail(1), t2 = tail(2), t3 = tail(3), t4 = tail(4),
                      t5 = tail(5), t6 = tail(6), t7 = tail(7), t8 = tail(8), t9 = tail(9);
        const TrackId f2 = fresh2[0], f7 = fresh7[0];
        const auto S = Action::Stream, K = Action::Skip;

        std::vector<DayInput> days(8);
        for (Day d = 0; d < 8; ++d)
            days[std::size_t(d)].day = d;
        days[0].sessions = {
            { 0, Surface::Home, { h0, t0, t1, h1 }, { { h0, S }, { t0, K }, { t1, S } } },
            { 1, Surface::Home, { h0, h1, t2 }, { { h1, S } } },
            { 1, Surface::Home, { t3 }, { { t3, S } } }, // one-track slate: no ILD
            { 2, Surface::Radio, { t4, h2 }, { { t4, S }, { h2, K } } },
            { 2, Surface::Organic, {}, { { h0, S }, { h0, S }, { t5, S } } },
            { 3, Surface::DiscoverWeekly, { t6, h3 }, { { t6, S } } },
        };
        days[2].sessions = {
            { 0, Surface::Home, { f2, h0, t7 }, { { f2, S }, { h0, S } } },
            { 1, Surface::Organic, {}, { { t3, S } } },
            { 2, Surface::Home, { t0, t1 }, { { t1, S }, { t0, K } } },
        };
        days[7].sessions = {
            // Two organic streams: the 7-day organic window of day 7 (days 1..7) is not empty.
            { 0, Surface::Organic, {}, { { h0, S }, { t5, S } } },
            { 1, Surface::Radio, { f2 }, { { f2, S } } },
            { 4, Surface::Home, { f7, h1, t2, t8, t9 }, { { f7, S }, { t8, S } } },
        };

        metrics::DayMetricsComputer computer(w, 1);
        recsys::RandomRecommender none; // no model: the model-side columns stay NaN
        Reference reference(w);
        std::vector<metrics::DayMetrics> computed;
        for (const DayInput &input : days) {
            if (input.day == 0)
                pop.churned[3] = 1; // churns in the evening of day 0, after streaming
            const auto log = eventLog(input.day, input.sessions);
            reference.add(input);
            metrics::DayMetrics m;
            m.day = input.day;
            const std::vector<events::Context> contexts(log.size(), events::Context::None);
            computer.compute(input.day, world::DayCounters {}, 0, log, contexts, none, m);
            const auto expected = reference.columns(input.day);
            QCOMPARE(expected.size(), std::size_t(14));
            // On the days with sessions every column is defined (no NaN = NaN passes); on
            // the empty days only the window and population ones are.
            for (const auto &[name, value] : expected) {
                const bool windowed = name == "coverage" || name == "homogenization_jaccard"
                    || name == "genre_entropy" || name == "gs_score" || name == "gs_score_organic"
                    || name == "gs_score_rec" || name == "taste_homogenization";
                QVERIFY2(std::isnan(value) == (input.sessions.empty() && !windowed),
                    qPrintable(QStringLiteral("day %1 %2")
                                   .arg(input.day)
                                   .arg(QString::fromStdString(name))));
            }
            compareColumns(m, expected);
            QVERIFY(std::isnan(m.value("self_caused_evidence")));
            computed.push_back(m);
        }

        // On paper, day 0, with n = back.size() released tracks (distinct appeals) and the
        // 12 impressions h0 ×2, h1 ×2, h2, h3, t0, t1, t2, t3, t4, t6 (10 distinct tracks):
        QVERIFY(std::adjacent_find(back.begin(), back.end(), [&](TrackId a, TrackId b) {
            return catalog.appealWeight[a] == catalog.appealWeight[b];
        }) == back.end());
        QVERIFY(back.size() >= 18); // so that h3's percentile (n − 3.5) / n is ≥ 0.8
        const double n = double(back.size());
        const auto &day0 = computed[0];
        // Percentiles: hᵢ = (n − i − ½) / n, tᵢ = (i + ½) / n. Their sum over the impressions:
        // 2(n − ½) + 2(n − 1.5) + (n − 2.5) + (n − 3.5) + (0.5 + 1.5 + 2.5 + 3.5 + 4.5 + 6.5)
        // = 6n + 9, so popularity_bias_rec = (6n + 9) / 12n.
        QCOMPARE(day0.value("popularity_bias_rec"), (6.0 * n + 9.0) / (12.0 * n));
        QCOMPARE(day0.value("longtail_share"), 6.0 / 12.0); // the six t's
        QCOMPARE(day0.value("coverage"), 10.0 / n);
        // Counts 2, 2, eight 1s and n − 10 zeros: Σᵢⱼ |xᵢ − xⱼ| = 2·(2·8·1 + 2·(n − 10)·2 +
        // 8·(n − 10)·1) = 2·(16 + 12(n − 10)), over 2·n·Σx = 24n.
        QCOMPARE(day0.value("exposure_gini"), (16.0 + 12.0 * (n - 10.0)) / (12.0 * n));
        // Windows: L0 {h0, t1}, L1 {h1, t3}, L2 {h0, h0, t4, t5}, L3 {t6}; L4 not yet there.
        // Jaccard: only L0–L2 share a track, 1 / |{h0, t1, t4, t5}| = ¼, over 6 pairs.
        QCOMPARE(day0.value("homogenization_jaccard"), 0.25 / 6.0);
        // Novelty: h0 was streamed by 2 of the 4 consumers (1 bit), the rest by 1 (2 bits);
        // the 9 streams are h0 ×3 and six others: (3·1 + 6·2) / 9 = 5 / 3.
        QCOMPARE(day0.value("novelty"), 5.0 / 3.0);
        // Day 7: impressions f2 (radio), f7, h1, t2, t8, t9: the two fresh tracks are by
        // artists who debuted in the run, the four others by back-catalogue artists.
        for (TrackId t : { h1, t2, t8, t9 })
            QVERIFY(catalog.artistDebutDay[obs.artist[t]] <= 7 - 30);
        QCOMPARE(computed[7].value("new_artist_share"), 2.0 / 6.0);
    }

    /// gs_score_organic and gs_score_rec on paper: three tracks with chosen true vectors,
    /// a = e₀, b = e₁ and c = (e₀ + e₁)/√2 (45° from a). On day 0 listener 0 streams a, a, b
    /// organically and, on Home, a and c (b shown and skipped: a skip is no stream); listener
    /// 1 streams b once organically and once from Home (one stream per source: in gs_score,
    /// not in the split). For unit vectors GS = ‖μ‖ with μ the mean stream vector:
    ///   organic, listener 0: μ = (2e₀ + e₁)/3, GS = √5/3;
    ///   recommended, listener 0: μ = (e₀ + c)/2, GS = cos 22.5° = √(2 + √2)/2;
    ///   all, listener 0: μ = (3e₀ + e₁ + c)/5 = ((3 + 1/√2) e₀ + (1 + 1/√2) e₁)/5;
    ///   all, listener 1: b twice, GS = 1.
    /// Day 6 still sees day 0 in its 7-day window; day 7 does not (every GS is undefined).
    void gsScoreBySourceByHand()
    {
        world::WorldParams params;
        params.latentDim = 8;
        params.catalog.tracks = 30;
        params.catalog.newReleaseShare = 0.0;
        params.listeners.count = 2;
        params.listeners.arrivalsPerDay = 0.0;
        world::Catalog catalog = world::World(params, 1).catalog();
        const TrackId a = 0, b = 1, c = 2;
        const int d = params.latentDim;
        const double r = 1.0 / std::sqrt(2.0);
        for (TrackId t : { a, b, c }) {
            float *v = catalog.latent.data() + std::size_t(t) * std::size_t(d);
            std::fill(v, v + d, 0.0f);
        }
        catalog.latent[std::size_t(a) * std::size_t(d)] = 1.0f;
        catalog.latent[std::size_t(b) * std::size_t(d) + 1] = 1.0f;
        catalog.latent[std::size_t(c) * std::size_t(d)] = float(r);
        catalog.latent[std::size_t(c) * std::size_t(d) + 1] = float(r);
        world::World w(params, 1, std::move(catalog));

        const auto S = Action::Stream, K = Action::Skip;
        const std::vector<Session> day0 {
            { 0, Surface::Organic, {}, { { a, S }, { a, S }, { b, S } } },
            { 0, Surface::Home, { a, c, b }, { { a, S }, { c, S }, { b, K } } },
            { 1, Surface::Organic, {}, { { b, S } } },
            { 1, Surface::Home, { b }, { { b, S } } },
        };
        metrics::DayMetricsComputer computer(w, 1);
        recsys::RandomRecommender none;
        std::vector<metrics::DayMetrics> computed;
        for (Day day = 0; day < 8; ++day) {
            const auto log = eventLog(day, day == 0 ? day0 : std::vector<Session> {});
            metrics::DayMetrics m;
            m.day = day;
            const std::vector<events::Context> contexts(log.size(), events::Context::None);
            computer.compute(day, world::DayCounters {}, 0, log, contexts, none, m);
            computed.push_back(m);
        }
        // c is stored in float: √(2 + √2)/2 holds to ~1e-8, not to the last bit.
        const double organic = std::sqrt(5.0) / 3.0;
        const double rec = std::sqrt(2.0 + std::sqrt(2.0)) / 2.0;
        const double all
            = (std::hypot(3.0 + r, 1.0 + r) / 5.0 + 1.0) / 2.0; // mean of listeners 0 and 1
        for (Day day : { 0, 6 }) {
            const auto &m = computed[std::size_t(day)];
            QVERIFY2(std::abs(m.value("gs_score_organic") - organic) < 1e-7,
                qPrintable(QString::number(m.value("gs_score_organic"), 'g', 17)));
            QVERIFY2(std::abs(m.value("gs_score_rec") - rec) < 1e-7,
                qPrintable(QString::number(m.value("gs_score_rec"), 'g', 17)));
            QVERIFY2(std::abs(m.value("gs_score") - all) < 1e-7,
                qPrintable(QString::number(m.value("gs_score"), 'g', 17)));
        }
        for (const char *name : { "gs_score", "gs_score_organic", "gs_score_rec" })
            QVERIFY2(std::isnan(computed[7].value(name)), name);
    }
};

TD_REGISTER_TEST(TestDayMetricsReference)
#include "tst_daymetricsreference.moc"
