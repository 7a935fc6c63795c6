// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace td::events {

/// Listening context, set by the time of day of a session (docs/architecture.md §2).
/// `None` is used when contexts are disabled in the scenario.
enum class Context : std::uint8_t { None, Commute, Focus, Workout, Evening, Sleep };
inline constexpr int kContextCount = 6;

/// Where a play came from. Organic = search/library plays the recommender did not cause.
enum class Surface : std::uint8_t { Home, Radio, DiscoverWeekly, ReleaseRadar, Organic };
inline constexpr int kSurfaceCount = 5;

/// What happened to a track. An Impression is logged for every shown slate position
/// (examined or not); Stream (>= 30 s) or Skip follow for examined ones; the explicit
/// actions follow a Stream.
enum class Action : std::uint8_t {
    Impression,
    Stream,
    Skip,
    Replay,
    Save,
    PlaylistAdd,
    FollowArtist,
    BlockArtist
};
inline constexpr int kActionCount = 8;

enum class Source : std::uint8_t { Recommended, Organic };

/// Observable audio features, in this order everywhere (catalogue arrays, CSV import, UI).
enum class AudioFeature : std::uint8_t {
    Danceability,
    Energy,
    Valence,
    Acousticness,
    Instrumentalness,
    Speechiness,
    Liveness,
    Tempo, ///< BPM
    Loudness ///< dB (negative)
};
inline constexpr int kAudioFeatureCount = 9;

std::string_view contextName(Context c);
std::string_view surfaceName(Surface s);
std::string_view actionName(Action a);
std::string_view audioFeatureName(AudioFeature f);

/// Shortest play that counts as a stream (the industry's 30-second rule).
inline constexpr std::int32_t kStreamThresholdMs = 30'000;

} // namespace td::events
