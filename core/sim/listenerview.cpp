// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/listenerview.h"

#include "world/latent.h"
#include "world/world.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::sim {

namespace {

/// Mean features of the `k` released tracks with the highest taste·track (ties: lower id).
void meanOfTopTracks(const world::Catalog &catalog, const float *contextTaste, Day day, int k,
    std::vector<std::pair<float, TrackId>> &scratch,
    std::array<double, events::kAudioFeatureCount> &out)
{
    scratch.clear();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (catalog.observable.isReleased(t, day))
            scratch.emplace_back(world::dot(contextTaste, catalog.track(t), catalog.dim), t);
    }
    const auto before = [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    const std::size_t keep = std::min(scratch.size(), std::size_t(std::max(0, k)));
    std::partial_sort(
        scratch.begin(), scratch.begin() + std::ptrdiff_t(keep), scratch.end(), before);
    out = {};
    for (std::size_t i = 0; i < keep; ++i) {
        const float *features = catalog.observable.features(scratch[i].second);
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            out[std::size_t(f)] += double(features[f]);
    }
    for (double &v : out)
        v = keep > 0 ? v / double(keep) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

double driftDistance(const world::World &world, ListenerId l)
{
    const auto &pop = world.population();
    const int d = pop.dim;
    const float *x = pop.tasteOf(l);
    const float *x0 = pop.initialTaste.data() + std::size_t(l) * std::size_t(d);
    double sum = 0.0;
    for (int i = 0; i < d; ++i) {
        const double diff = double(x[i]) - double(x0[i]);
        sum += diff * diff;
    }
    return std::sqrt(sum);
}

ListenerView makeListenerView(
    const world::World &world, const events::Recommender &recommender, ListenerId l, Day day)
{
    const auto &pop = world.population();
    ListenerView view;
    view.listener = l;
    view.day = day;
    view.signupDay = pop.signupDay[l];
    view.churned = pop.churned[l] != 0;
    view.churnDay = pop.churnDay[l];
    view.satisfaction = double(pop.satisfaction[l]);
    view.driftDistance = driftDistance(world, l);
    view.posteriorVariance = std::numeric_limits<double>::quiet_NaN();
    if (const auto *model = recommender.modelProbe(); model && model->hasModel())
        view.posteriorVariance = model->posteriorVariance(l);

    std::vector<float> taste(std::size_t(pop.dim));
    std::vector<std::pair<float, TrackId>> scratch;
    for (int c = 0; c < events::kContextCount; ++c) {
        world.response().contextTaste(pop, l, events::Context(c), taste.data());
        meanOfTopTracks(world.catalog(), taste.data(), day, ListenerView::kTopTracks, scratch,
            view.trueProfile[std::size_t(c)]);
    }

    events::TasteBeliefs beliefs;
    view.recommenderHasBeliefs = recommender.tasteBeliefs(l, beliefs);
    view.beliefBasis = beliefs.basis;
    view.beliefProfile = beliefs.features;
    view.beliefAvailable = std::any_of(beliefs.basis.begin(), beliefs.basis.end(),
        [](events::BeliefBasis b) { return b != events::BeliefBasis::None; });
    return view;
}

TruthLists makeTruthLists(const world::World &world, Day day, int limit)
{
    const auto &pop = world.population();
    TruthLists lists;
    lists.day = day;
    if (day < 0)
        return lists;
    std::vector<std::pair<ListenerId, double>> drifted;
    for (ListenerId l = 0; l < pop.size(); ++l) {
        if (pop.churned[l]) {
            if (pop.churnDay[l] == day) {
                ++lists.churnedTodayTotal;
                if (lists.churnedToday.size() < std::size_t(std::max(0, limit)))
                    lists.churnedToday.push_back(l);
            }
            continue;
        }
        if (pop.signupDay[l] <= day)
            drifted.emplace_back(l, driftDistance(world, l));
    }
    const auto before = [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    };
    const std::size_t keep = std::min(drifted.size(), std::size_t(std::max(0, limit)));
    std::partial_sort(
        drifted.begin(), drifted.begin() + std::ptrdiff_t(keep), drifted.end(), before);
    drifted.resize(keep);
    lists.mostDrifted = std::move(drifted);
    return lists;
}

} // namespace td::sim
