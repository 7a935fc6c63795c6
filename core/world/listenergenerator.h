// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "world/catalog.h"
#include "world/params.h"
#include "world/population.h"

#include <cstdint>

namespace td::world {

/// Appends `count` new listeners who sign up on `day`. Each listener's traits come from its
/// own stream (seed, ListenerTraits, id), so a listener is the same whatever day it arrives.
///
/// Taste: specialists take one genre direction (a sub-genre centre plus noise), generalists a
/// weighted mix of two to four genres. Traits in [0,1] are Beta-distributed around the
/// scenario means (concentration 4); activity is Gamma(2) around its mean; the malleability
/// factor is Gamma(4) with mean 1, and a listener's rate is min(1, c·factor) with c set so
/// that the population mean is world.listeners.malleability (world/malleability.h); a mean of
/// 0 disables exposure pull.
void addListeners(Population &population, const Catalog &catalog, const ListenerParams &params,
    std::size_t count, Day day, std::uint64_t seed);

} // namespace td::world
