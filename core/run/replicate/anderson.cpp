// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Anderson, Maystre, Mehrotra, Anderson & Lalmas (2020), both directions (protocols.h,
// docs/validation.md).
#include "run/replicate/protocols.h"
#include "run/replicate/windows.h"

#include "metrics/diversity.h"
#include "sim/engine.h"
#include "world/world.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

namespace td::run::replicate {

namespace {
constexpr int kGsWindowDays = 14;
constexpr int kFullWindowFrom = 7; ///< the first day whose 7-day window is full
} // namespace

AndersonResult anderson(const Size &size, std::uint64_t seed, unsigned threads)
{
    const int days = size.days;
    AndersonResult r;
    r.gsTo = days / 2;
    r.gsFrom = std::max(0, r.gsTo - kGsWindowDays);
    if (r.gsTo < kFullWindowFrom || days < 2 * kFullWindowFrom)
        throw std::invalid_argument(
            "anderson: needs at least " + std::to_string(2 * kFullWindowFrom) + " days");

    const sim::Scenario s
        = baseScenario("pipeline", sim::Scenario().world.listeners.malleability, size, seed);
    sim::Engine engine(s, threads);
    const world::World &world = engine.world();
    // (b) per listener, the streams of the GS window: track -> count.
    std::vector<std::map<TrackId, double>> streams;
    std::vector<ListenerId> cohort; // active at the end of the GS window, enough streams
    std::vector<char> churned, premium, cancelled;
    std::vector<int> member; // listener -> index in cohort, -1 outside
    while (!engine.finished()) {
        const auto snapshot = engine.stepDay();
        const int day = snapshot->metrics.day;
        const auto &pop = world.population();
        if (day >= r.gsFrom && day < r.gsTo) {
            streams.resize(pop.size());
            for (const auto &e : engine.lastDayEvents()) {
                if (e.action == events::Action::Stream)
                    streams[e.listener][e.track] += 1.0;
            }
        }
        if (day == r.gsTo - 1) {
            for (ListenerId l = 0; l < streams.size(); ++l) {
                double n = 0.0;
                for (const auto &[t, c] : streams[l])
                    n += c;
                if (pop.isActive(l) && n >= AndersonResult::kMinStreams)
                    cohort.push_back(l);
            }
            churned.assign(cohort.size(), 0);
            cancelled.assign(cohort.size(), 0);
            member.assign(pop.size(), -1);
            for (std::size_t i = 0; i < cohort.size(); ++i) {
                premium.push_back(char(pop.premium[cohort[i]]));
                member[cohort[i]] = int(i);
            }
        }
        if (day >= r.gsTo) {
            for (std::size_t i = 0; i < cohort.size(); ++i)
                churned[i] = char(churned[i] || pop.churned[cohort[i]]);
            // What a service observes: premium listeners' cancellations.
            for (const auto &e : engine.lastDayEvents()) {
                if (e.action == events::Action::Cancel && e.listener < member.size()
                    && member[e.listener] >= 0 && premium[std::size_t(member[e.listener])])
                    cancelled[std::size_t(member[e.listener])] = 1;
            }
        }
    }
    // (a) the two CSV columns over the days whose 7-day windows are full.
    const auto &history = engine.history();
    r.gsOrganic = windowMean(history, "gs_score_organic", kFullWindowFrom, days);
    r.gsRec = windowMean(history, "gs_score_rec", kFullWindowFrom, days);

    // (b) GS of each cohort listener on the TRUE latent vectors; terciles by GS (ties by id).
    const auto &catalog = world.catalog();
    std::vector<std::pair<double, std::size_t>> gs;
    for (std::size_t i = 0; i < cohort.size(); ++i) {
        std::vector<const float *> vectors;
        std::vector<double> counts;
        for (const auto &[t, c] : streams[cohort[i]]) {
            vectors.push_back(catalog.track(t));
            counts.push_back(c);
        }
        const double score = metrics::gsScore(vectors, counts, catalog.dim);
        if (!std::isnan(score))
            gs.push_back({ score, i });
    }
    r.listeners = int(gs.size());
    if (gs.size() < 3)
        throw std::runtime_error("anderson: fewer than 3 listeners with "
            + std::to_string(AndersonResult::kMinStreams)
            + " streams in the GS window; use more listeners or days");
    std::sort(gs.begin(), gs.end());
    const std::size_t n = gs.size(), cut1 = n / 3, cut2 = (2 * n) / 3;
    auto share = [&](std::size_t from, std::size_t to) {
        double c = 0.0;
        for (std::size_t k = from; k < to; ++k)
            c += churned[gs[k].second];
        return c / double(to - from);
    };
    auto cancelShare = [&](std::size_t from, std::size_t to) {
        double c = 0.0, members = 0.0;
        for (std::size_t k = from; k < to; ++k) {
            members += premium[gs[k].second];
            c += cancelled[gs[k].second];
        }
        return members > 0.0 ? c / members : std::nan("");
    };
    r.cancelGeneralist = cancelShare(0, cut1);
    r.cancelSpecialist = cancelShare(cut2, n);
    r.churnGeneralist = share(0, cut1); // lowest GS: the most diverse listening
    r.churnMiddle = share(cut1, cut2);
    r.churnSpecialist = share(cut2, n);
    r.gsCutLow = gs[cut1].first;
    r.gsCutHigh = gs[cut2].first;
    return r;
}

} // namespace td::run::replicate
