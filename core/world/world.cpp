// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/world.h"

#include "base/hugepages.h"
#include "world/drift.h"
#include "world/listenerday.h"
#include "world/listenergenerator.h"
#include "world/malleability.h"

#include <boost/random/poisson_distribution.hpp>

namespace td::world {

World::World(const WorldParams &params, std::uint64_t seed)
    : m_params(params), m_seed(seed), m_projection(params.latentDim),
      m_catalog(generateCatalog(params.catalog, params.latentDim, seed, m_projection)),
      m_response(params, m_projection)
{
    initialise(std::size_t(params.listeners.count));
}

World::World(const WorldParams &params, std::uint64_t seed, Catalog catalog)
    : m_params(params), m_seed(seed), m_projection(params.latentDim), m_catalog(std::move(catalog)),
      m_response(params, m_projection)
{
    initialise(std::size_t(params.listeners.count));
}

void World::initialise(std::size_t listeners)
{
    // Every play and every organic search reads a random track's rows (ResponseModel::utility):
    // 2 MB pages for the tables of a large catalogue (memory only, docs/performance.md).
    base::adviseHugePages(m_catalog.latent);
    base::adviseHugePages(m_catalog.popularityZ);
    base::adviseHugePages(m_catalog.trueSubgenre);
    base::adviseHugePages(m_catalog.observable.isExplicit);
    base::adviseHugePages(m_catalog.observable.durationSeconds);
    m_population.dim = m_params.latentDim;
    m_malleabilityScale = world::malleabilityScale(m_params.listeners.malleability);
    indexArtists(m_catalog);
    // Initial listeners signed up before the run (day -1) so they are not an arrival cohort.
    addListeners(m_population, m_catalog, m_params.listeners, listeners, -1, m_seed);
}

std::size_t World::beginDay(Day day)
{
    m_malleabilityScale = world::malleabilityScale(m_params.listeners.malleability);
    std::size_t arrivals = 0;
    if (day > 0 && m_params.listeners.arrivalsPerDay > 0.0) {
        base::Rng rng(m_seed, base::Purpose::ListenerArrivals, 0, day);
        arrivals = boost::random::poisson_distribution<std::uint32_t, double>(
            m_params.listeners.arrivalsPerDay)(rng.engine());
        if (arrivals > 0)
            addListeners(m_population, m_catalog, m_params.listeners, arrivals, day, m_seed);
    }
    m_released.clear();
    m_releasedAppeal.clear();
    for (TrackId t = 0; t < m_catalog.trackCount(); ++t) {
        if (!m_catalog.observable.isReleased(t, day))
            continue;
        m_released.push_back(t);
        m_releasedAppeal.add(m_catalog.appealWeight[t]);
    }
    m_releasedAppeal.finish();
    return arrivals;
}

void World::tasteShock(Day day, double share, int genre, double strength)
{
    const int d = m_population.dim;
    const int genres = m_catalog.genreCount();
    for (ListenerId l = 0; l < m_population.size(); ++l) {
        if (m_population.churned[l])
            continue;
        base::Rng rng(m_seed, base::Purpose::Schedule, l, day);
        if (!rng.bernoulli(share))
            continue;
        const int g = genre >= 0 ? genre % genres : int(rng.below(std::uint32_t(genres)));
        regimeShift(m_population.anchorOf(l), m_catalog.genreCenter(g), strength, d);
        // A shock is sudden: taste jumps half way at once, the OU drift does the rest.
        exposurePull(m_population.tasteOf(l), m_population.anchorOf(l), 0.5, d);
    }
}

void World::simulateListener(ListenerId l, Day day, events::Recommender &recommender,
    WorkerScratch &scratch, DayCounters &counters)
{
    ListenerDay(*this, l, day, recommender, scratch, counters).run();
}

} // namespace td::world
