// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace td {

/// Dense index of a listener in the population arrays (0 .. count-1, arrivals appended).
using ListenerId = std::uint32_t;
/// Dense index of a track in the catalogue arrays.
using TrackId = std::uint32_t;
/// Dense index of an artist.
using ArtistId = std::uint32_t;
/// Index of a genre or a sub-genre (sub-genres are numbered across all genres, so a generated
/// catalogue has up to genres × subgenres_per_genre = 100,000 of them); -1 = no label.
using GenreId = std::int32_t;
/// Simulated day, 0 = first day of the run. Catalogue release days before the run are negative.
using Day = std::int32_t;

inline constexpr TrackId kNoTrack = 0xFFFFFFFFu;

} // namespace td
