// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/population.h"

#include "base/rng.h"

#include <algorithm>

namespace td::world {

bool Population::hasBlocked(ListenerId l, ArtistId a) const
{
    const auto &b = blocked[l];
    return std::find(b.begin(), b.end(), a) != b.end();
}

bool Population::follows(ListenerId l, ArtistId a) const
{
    const auto &f = followed[l];
    return std::find(f.begin(), f.end(), a) != f.end();
}

namespace {
/// The three bit positions of an artist in the 1,024-bit filter.
std::array<std::uint32_t, 3> artistBits(ArtistId a)
{
    const std::uint64_t h = base::mix64(0xA27157ull ^ std::uint64_t(a));
    return { std::uint32_t(h & 1023u), std::uint32_t((h >> 10) & 1023u),
        std::uint32_t((h >> 20) & 1023u) };
}
} // namespace

bool Population::knowsArtist(ListenerId l, ArtistId a) const
{
    const auto &bits = knownArtists[l];
    for (std::uint32_t b : artistBits(a)) {
        if (!(bits[b >> 6] & (std::uint64_t(1) << (b & 63u))))
            return false;
    }
    return true;
}

void Population::learnArtist(ListenerId l, ArtistId a)
{
    auto &bits = knownArtists[l];
    for (std::uint32_t b : artistBits(a))
        bits[b >> 6] |= std::uint64_t(1) << (b & 63u);
}

void Population::grow(std::size_t count)
{
    const std::size_t n = size() + count;
    taste.resize(n * std::size_t(dim));
    anchor.resize(n * std::size_t(dim));
    initialTaste.resize(n * std::size_t(dim));
    contextSensitivity.resize(n);
    peakHour.resize(n);
    hourSpread.resize(n);
    workoutHabit.resize(n);
    deviceHabit.resize(n);
    currentContext.resize(n, events::Context::None);
    activity.resize(n);
    patience.resize(n);
    noveltyAppetite.resize(n);
    mainstreamness.resize(n);
    malleabilityFactor.resize(n);
    churnTendency.resize(n);
    premium.resize(n);
    explicitOff.resize(n);
    specialist.resize(n);
    signupDay.resize(n);
    satisfaction.resize(n, 0.6f);
    slowSatisfaction.resize(n, 0.5f);
    satiation.resize(n);
    knownArtists.resize(n);
    churned.resize(n, 0);
    churnDay.resize(n, -1);
    lifetimeStreams.resize(n, 0);
    history.resize(n);
    std::array<ArtistId, kFollowSlots> noFollows;
    noFollows.fill(0xFFFFFFFFu);
    followed.resize(n, noFollows);
    std::array<ArtistId, kBlockSlots> noBlocks;
    noBlocks.fill(0xFFFFFFFFu);
    blocked.resize(n, noBlocks);
    skipMemory.resize(n);
}

} // namespace td::world
