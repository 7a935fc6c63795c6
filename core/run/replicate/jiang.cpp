// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Jiang, Chiappa, Lattimore, György & Kohli (2019) (protocols.h, docs/validation.md).
#include "run/replicate/protocols.h"

#include "metrics/diversity.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "world/listenerseeding.h"
#include "world/world.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace td::run::replicate {

namespace {

constexpr int kEarlyFrom = 1, kEarlyTo = 6, kLateDays = 10;
constexpr double kMinImpressions = 40.0;

JiangArm narrowing(const Size &size, std::uint64_t seed, unsigned threads, const char *policy,
    double epsilon, double exploreShare)
{
    const int days = size.days, late0 = days - kLateDays;
    // Malleable listeners (the filter-bubble setting): the loop has something to feed on.
    sim::Scenario s = baseScenario("pipeline", 0.05, size, seed);
    sim::setScenarioValue(s, "recommender.policy.kind", policy);
    s.recommender.policy.epsilon = epsilon;
    s.recommender.exploreShare = exploreShare;
    // A twin of the engine's world (same parameters and seed: same catalogue and initial
    // listeners) to read the true sub-genres the recommender never sees.
    const auto twin = world::makeWorld(s.world, s.run.seed, {});
    const auto &subgenre = twin->catalog().trueSubgenre;
    const std::size_t subgenres
        = std::size_t(*std::max_element(subgenre.begin(), subgenre.end()) + 1);
    const std::size_t initial = twin->population().size();
    // Per initial listener: counts of Home impressions per true sub-genre, early/late.
    std::vector<std::vector<double>> early(initial, std::vector<double>(subgenres)), late = early;
    sim::Engine engine(s, threads);
    while (!engine.finished()) {
        const auto snapshot = engine.stepDay();
        const int day = snapshot->metrics.day;
        auto *window = day >= kEarlyFrom && day < kEarlyTo ? &early
            : day >= late0                                 ? &late
                                                           : nullptr;
        if (!window)
            continue;
        for (const auto &e : engine.lastDayEvents()) {
            if (e.action == events::Action::Impression && e.surface == events::Surface::Home
                && e.listener < initial)
                (*window)[e.listener][std::size_t(subgenre[e.track])] += 1.0;
        }
    }
    // Mean Shannon entropy (bits) of the recommended sub-genre mix, over listeners shown at
    // least 40 Home tracks in each window.
    JiangArm arm;
    for (std::size_t l = 0; l < initial; ++l) {
        const auto sum0 = std::accumulate(early[l].begin(), early[l].end(), 0.0);
        const auto sum1 = std::accumulate(late[l].begin(), late[l].end(), 0.0);
        if (sum0 < kMinImpressions || sum1 < kMinImpressions)
            continue;
        arm.early += metrics::entropyBits(early[l]);
        arm.late += metrics::entropyBits(late[l]);
        ++arm.listeners;
    }
    if (arm.listeners == 0)
        throw std::runtime_error("jiang: no listener was shown 40 Home tracks in both windows "
                                 "under the policy "
            + std::string(policy) + "; use more listeners or days");
    arm.early /= arm.listeners;
    arm.late /= arm.listeners;
    return arm;
}

} // namespace

JiangResult jiang(const Size &size, std::uint64_t seed, unsigned threads)
{
    if (size.days < kEarlyTo + kLateDays)
        throw std::invalid_argument(
            "jiang: needs at least " + std::to_string(kEarlyTo + kLateDays) + " days");
    JiangResult r;
    r.greedy = narrowing(size, seed, threads, "greedy", 0.0, 0.0);
    r.epsilon = narrowing(size, seed, threads, "epsilon_greedy", 0.2, 0.0);
    // Exploration that reaches the whole catalogue: ε-greedy over a pool half filled with
    // uniformly random released tracks.
    r.wide = narrowing(size, seed, threads, "epsilon_greedy", 0.2, 0.5);
    return r;
}

} // namespace td::run::replicate
