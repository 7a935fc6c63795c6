// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/baselines/popularrecommender.h"
#include "world/world.h"

#include <functional>
#include <memory>

/// Runs a World directly, one thread, for tests that need to set listener traits by hand
/// (the engine hides the world). Mirrors the engine's day order: arrivals, beginDay of
/// world and recommender, every listener, endDay.
struct WorldHarness
{
    td::world::WorldParams params;
    std::unique_ptr<td::world::World> world;
    std::unique_ptr<td::events::Recommender> recommender;
    td::world::WorkerScratch scratch;
    td::Day day = 0;

    explicit WorldHarness(
        std::function<void(td::world::WorldParams &)> tweak = {}, std::uint64_t seed = 7)
    {
        params.catalog.tracks = 1500;
        params.catalog.genres = 8;
        params.listeners.count = 400;
        params.listeners.arrivalsPerDay = 0.0;
        if (tweak)
            tweak(params);
        world = std::make_unique<td::world::World>(params, seed);
        world->setHomeSlateSize(20);
        recommender = std::make_unique<td::recsys::PopularRecommender>();
    }

    /// Simulates one day for everybody; returns the day's tallies.
    td::world::DayCounters step()
    {
        world->beginDay(day);
        td::events::PopulationView view { world->population().size() };
        recommender->beginDay(day, world->catalog().observable, view);
        td::world::DayCounters counters;
        scratch.events.clear();
        scratch.contexts.clear();
        for (td::ListenerId l = 0; l < world->population().size(); ++l)
            world->simulateListener(l, day, *recommender, scratch, counters);
        recommender->endDay(day, scratch.events);
        ++day;
        return counters;
    }

    td::world::DayCounters run(int days)
    {
        td::world::DayCounters total;
        for (int i = 0; i < days; ++i)
            total.add(step());
        return total;
    }

    /// Sets one trait for every listener.
    void setAll(std::vector<float> td::world::Population::*trait, float value)
    {
        auto &v = world->population().*trait;
        std::fill(v.begin(), v.end(), value);
    }
};
