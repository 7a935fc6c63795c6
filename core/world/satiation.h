// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <array>
#include <cstdint>

namespace td::world {

/// One listener's satiation (docs/world.md, "Satiation"): how tired they are of an artist and
/// of a sub-genre, after Leqi et al., "Rebounding Bandits for Modeling Satiation Effects"
/// (NeurIPS 2021: satiation rises with each exposure and recovers geometrically) and Kapoor et
/// al., "Just in Time Recommendations: Modeling the Dynamics of Boredom in Activity Streams"
/// (WSDM 2015: listeners tire of an artist, leave it and come back after days to weeks).
///
/// Each play adds one unit to its artist's and its sub-genre's level; levels decay with a
/// half-life in days. Bounded memory: the most sated artists and sub-genres are kept (a new
/// one replaces the slot with the lowest level), so a forgotten one is one that had recovered.
struct Satiation
{
    static constexpr int kArtistSlots = 12;
    static constexpr int kSubgenreSlots = 6;
    struct Slot
    {
        std::uint32_t id = 0xFFFFFFFFu; ///< artist or sub-genre; empty when 0xFFFFFFFF
        float level = 0.0f; ///< units as of `day`
        Day day = 0;
    };
    std::array<Slot, kArtistSlots> artists {};
    std::array<Slot, kSubgenreSlots> subgenres {};
};

/// Decay factor over `days` for a half-life (0 half-life: no memory).
double satiationDecay(double days, double halfLifeDays);
/// The level of `id` on `day` (0 when not remembered).
template<std::size_t N>
float satiationLevel(
    const std::array<Satiation::Slot, N> &slots, std::uint32_t id, Day day, double halfLifeDays);
/// One play of `id` on `day`: its level decays to `day` and grows by one unit.
template<std::size_t N>
void addExposure(
    std::array<Satiation::Slot, N> &slots, std::uint32_t id, Day day, double halfLifeDays);

/// The utility a level costs: weight · level / (level + halfSaturation), rising from 0 and
/// bounded by the weight (a listener can only be so bored).
inline float satiationPenalty(float level, double weight, double halfSaturation)
{
    return level > 0.0f ? float(weight * level / (level + halfSaturation)) : 0.0f;
}

/// Plays that bring an artist, and a sub-genre, halfway to full satiation.
inline constexpr double kArtistHalfSaturation = 6.0;
inline constexpr double kSubgenreHalfSaturation = 40.0;

} // namespace td::world
