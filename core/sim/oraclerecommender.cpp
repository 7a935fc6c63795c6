// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/oraclerecommender.h"

#include "world/latent.h"

#include <algorithm>

namespace td::sim {

namespace {
struct Scored
{
    float utility;
    TrackId track;
    bool operator>(const Scored &o) const
    {
        return utility > o.utility || (utility == o.utility && track < o.track);
    }
};
} // namespace

OracleRecommender::OracleRecommender(const world::World &world) : m_world(world) { }

void OracleRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &)
{
    m_day = day;
    m_released.clear();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (catalog.isReleased(t, day))
            m_released.push_back(t);
    }
}

void OracleRecommender::recommend(
    const events::RecRequest &req, base::Rng &, events::Slate &out, events::RequestTrace *trace)
{
    out.clear();
    const auto &pop = m_world.population();
    const auto &catalog = m_world.catalog();
    const auto &response = m_world.response();
    const auto &rp = response.params().response;
    const int d = pop.dim;
    const ListenerId l = req.listener;

    thread_local std::vector<float> taste;
    thread_local std::vector<Scored> scored;
    taste.resize(std::size_t(d));
    // The oracle may see the truth: the context of the listener's current session.
    response.contextTaste(pop, l, pop.currentContext[l], taste.data());

    // Terms that are the same for every never-heard track.
    const float novelty = float(rp.noveltyWeight * 2.0 * (pop.noveltyAppetite[l] - 0.5));
    const float mainstream = float(rp.mainstreamWeight * pop.mainstreamness[l]);
    scored.clear();
    for (TrackId t : m_released) {
        if (!req.explicitAllowed && catalog.observable.isExplicit[t])
            continue;
        const float u = world::dot(taste.data(), catalog.track(t), d) + novelty
            + mainstream * catalog.popularityZ[t];
        scored.push_back({ u, t });
    }
    const std::size_t keep
        = std::min(scored.size(), std::size_t(req.k) + world::kHistorySlots + 64);
    std::nth_element(
        scored.begin(), scored.begin() + std::ptrdiff_t(keep), scored.end(), std::greater<>());
    scored.resize(keep);
    // Exact utility for the short list and for every track the listener knows.
    for (auto &s : scored)
        s.utility = response.utility(pop, catalog, l, taste.data(), s.track, req.day).total();
    for (const auto &slot : pop.history[l]) {
        if (slot.track == kNoTrack || !catalog.observable.isReleased(slot.track, req.day))
            continue;
        if (!req.explicitAllowed && catalog.observable.isExplicit[slot.track])
            continue;
        if (std::any_of(scored.begin(), scored.begin() + std::ptrdiff_t(keep),
                [&](const Scored &s) { return s.track == slot.track; }))
            continue;
        scored.push_back(
            { response.utility(pop, catalog, l, taste.data(), slot.track, req.day).total(),
                slot.track });
    }
    const std::size_t k = std::min(scored.size(), std::size_t(req.k));
    std::partial_sort(
        scored.begin(), scored.begin() + std::ptrdiff_t(k), scored.end(), std::greater<>());
    for (std::size_t i = 0; i < k; ++i)
        out.items.push_back({ scored[i].track, scored[i].utility, 1.0f, 0, 0 });
    if (trace) {
        trace->recommender = name();
        trace->policy = "greedy";
        trace->stages.push_back({ "true utility", int(m_released.size()), int(k),
            "ranked by the listener's true expected utility" });
        events::traceShownSlate(out, "true utility", *trace);
    }
}

void OracleRecommender::endDay(Day, const std::vector<events::Event> &) { }

} // namespace td::sim
