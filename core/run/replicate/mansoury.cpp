// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Mansoury, Abdollahpouri, Pechenizkiy, Mobasher & Burke (2020) (protocols.h,
// docs/validation.md).
#include "run/replicate/protocols.h"

#include "metrics/feedbackloop.h"
#include "sim/engine.h"
#include "world/listenerseeding.h"
#include "world/world.h"

#include <algorithm>
#include <array>
#include <functional>
#include <stdexcept>

namespace td::run::replicate {

namespace {
constexpr int kFavourites = 50;
constexpr int kEarlyFrom = 1, kEarlyTo = 6, kLateDays = 10;
} // namespace

MansouryResult mansoury(const Size &size, std::uint64_t seed, unsigned threads)
{
    const int days = size.days;
    if (days < kEarlyTo + kLateDays)
        throw std::invalid_argument(
            "mansoury: needs at least " + std::to_string(kEarlyTo + kLateDays) + " days");
    // The paper's setting: a CF model retrained every round (here every day), slates ordered
    // by its score.
    sim::Scenario scenario = baseScenario("pipeline", 0.01, size, seed);
    scenario.recommender.ranker.kind = recsys::RankerKind::Cf;
    // A twin of the engine's world (same parameters and seed give the same catalogue and
    // initial listeners): the ground truth the engine keeps to itself.
    world::WorldParams params = scenario.world;
    const auto twin = world::makeWorld(params, scenario.run.seed, {});
    const auto &catalog = twin->catalog();
    const auto &pop = twin->population();
    const std::size_t initial = pop.size();
    metrics::PopularityRanks ranks(catalog.appealWeight, catalog.observable.releaseDay);
    ranks.advanceTo(0);

    // Taste popularity: the mean true-popularity percentile of each listener's 50 favourite
    // tracks (true expected utility, no context) at the start of the run.
    std::vector<double> preference(initial);
    std::vector<float> taste(std::size_t(pop.dim));
    std::vector<std::pair<float, TrackId>> scored;
    for (ListenerId l = 0; l < initial; ++l) {
        twin->response().contextTaste(pop, l, events::Context::None, taste.data());
        scored.clear();
        for (TrackId t = 0; t < catalog.trackCount(); ++t) {
            if (catalog.observable.isReleased(t, 0))
                scored.push_back(
                    { twin->response().utility(pop, catalog, l, taste.data(), t, 0).total(), t });
        }
        if (scored.size() < std::size_t(kFavourites))
            throw std::runtime_error("mansoury: fewer than 50 tracks released on day 0; use "
                                     "more tracks");
        std::partial_sort(
            scored.begin(), scored.begin() + kFavourites, scored.end(), std::greater<>());
        double sum = 0.0;
        for (int i = 0; i < kFavourites; ++i)
            sum += ranks.percentile(scored[std::size_t(i)].second);
        preference[l] = sum / kFavourites;
    }
    // Niche = the bottom quarter of taste popularity, mainstream = its top quarter.
    std::vector<double> sorted = preference;
    std::sort(sorted.begin(), sorted.end());
    const double q1 = sorted[sorted.size() / 4], q3 = sorted[(3 * sorted.size()) / 4];
    auto group = [&](ListenerId l) {
        if (l >= initial)
            return -1;
        return preference[l] <= q1 ? 0 : preference[l] >= q3 ? 1 : -1;
    };
    std::array<double, 2> tastePopularity {}, members {};
    for (ListenerId l = 0; l < initial; ++l) {
        if (const int g = group(l); g >= 0) {
            tastePopularity[std::size_t(g)] += preference[l];
            members[std::size_t(g)] += 1.0;
        }
    }
    for (std::size_t g = 0; g < 2; ++g)
        tastePopularity[g] /= members[g];

    // Each day, per group: the mean true-popularity percentile of Home recommendations.
    std::vector<std::array<double, 2>> recPopularity;
    std::vector<double> overall;
    sim::Engine engine(scenario, threads);
    while (!engine.finished()) {
        const auto snapshot = engine.stepDay();
        overall.push_back(snapshot->metrics.value("popularity_bias_rec"));
        ranks.advanceTo(snapshot->metrics.day);
        std::array<double, 2> sum {}, n {};
        for (const auto &e : engine.lastDayEvents()) {
            if (e.action != events::Action::Impression || e.surface != events::Surface::Home)
                continue;
            if (const int g = group(e.listener); g >= 0) {
                sum[std::size_t(g)] += ranks.percentile(e.track);
                n[std::size_t(g)] += 1.0;
            }
        }
        recPopularity.push_back({ sum[0] / n[0], sum[1] / n[1] });
    }
    // Early: the first retraining rounds (day 0 has no model yet); late: the last 10 days.
    auto mean = [&](int g, int from, int to) {
        double s = 0.0;
        for (int d = from; d < to; ++d)
            s += g < 0 ? overall[std::size_t(d)] : recPopularity[std::size_t(d)][std::size_t(g)];
        return s / double(to - from);
    };
    const int late0 = days - kLateDays;
    MansouryResult r;
    r.overallEarly = mean(-1, kEarlyFrom, kEarlyTo);
    r.overallLate = mean(-1, late0, days);
    r.nicheTaste = tastePopularity[0];
    r.nicheEarly = mean(0, kEarlyFrom, kEarlyTo);
    r.nicheLate = mean(0, late0, days);
    r.mainTaste = tastePopularity[1];
    r.mainEarly = mean(1, kEarlyFrom, kEarlyTo);
    r.mainLate = mean(1, late0, days);
    return r;
}

} // namespace td::run::replicate
