// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/satiation.h"

#include <cmath>

namespace td::world {

double satiationDecay(double days, double halfLifeDays)
{
    if (days <= 0.0)
        return 1.0;
    if (halfLifeDays <= 0.0)
        return 0.0;
    return std::exp2(-days / halfLifeDays);
}

template<std::size_t N>
float satiationLevel(
    const std::array<Satiation::Slot, N> &slots, std::uint32_t id, Day day, double halfLifeDays)
{
    for (const auto &s : slots) {
        if (s.id == id)
            return float(double(s.level) * satiationDecay(double(day - s.day), halfLifeDays));
    }
    return 0.0f;
}

template<std::size_t N>
void addExposure(
    std::array<Satiation::Slot, N> &slots, std::uint32_t id, Day day, double halfLifeDays)
{
    Satiation::Slot *target = nullptr;
    Satiation::Slot *weakest = &slots[0];
    float weakestLevel = 1e30f;
    for (auto &s : slots) {
        if (s.id == id) {
            target = &s;
            break;
        }
        const float level = s.id == 0xFFFFFFFFu
            ? -1.0f
            : float(double(s.level) * satiationDecay(double(day - s.day), halfLifeDays));
        if (level < weakestLevel) {
            weakestLevel = level;
            weakest = &s;
        }
    }
    if (!target) {
        target = weakest;
        *target = Satiation::Slot { id, 0.0f, day };
    }
    target->level
        = float(double(target->level) * satiationDecay(double(day - target->day), halfLifeDays))
        + 1.0f;
    target->day = day;
}

template float satiationLevel(
    const std::array<Satiation::Slot, Satiation::kArtistSlots> &, std::uint32_t, Day, double);
template void addExposure(
    std::array<Satiation::Slot, Satiation::kArtistSlots> &, std::uint32_t, Day, double);
template float satiationLevel(
    const std::array<Satiation::Slot, Satiation::kSubgenreSlots> &, std::uint32_t, Day, double);
template void addExposure(
    std::array<Satiation::Slot, Satiation::kSubgenreSlots> &, std::uint32_t, Day, double);

} // namespace td::world
