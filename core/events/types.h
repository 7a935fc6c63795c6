// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace td::events {

/// The vocabulary of listening contexts (docs/world.md, "Contexts"). The world draws each
/// session's true context; a recommender never receives it (no request or event carries one:
/// the truth firewall, docs/architecture.md) and may only infer a distribution over these
/// names from observable fields. `None`: contexts disabled, or no inference.
enum class Context : std::uint8_t { None, Commute, Focus, Workout, Evening, Sleep };
inline constexpr int kContextCount = 6;

/// The device a session is played on: observable by the service, drawn by the world from the
/// listener's habit for the session's context (world.devices.noise).
enum class Device : std::uint8_t { Phone, Desktop, Speaker, Car };
inline constexpr int kDeviceCount = 4;

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
    BlockArtist,
    /// A premium listener cancelled the subscription (track = kNoTrack; logged at the end of
    /// the day). Free listeners who lapse leave no event: they are only absent.
    Cancel
};
inline constexpr int kActionCount = 9;

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
std::string_view deviceName(Device d);
std::string_view surfaceName(Surface s);
std::string_view actionName(Action a);
std::string_view audioFeatureName(AudioFeature f);

/// Day 0 of every run is a Monday: weekday(day) = day mod 7 (0 = Monday … 6 = Sunday).
constexpr int weekdayOf(int day)
{
    return ((day % 7) + 7) % 7;
}
constexpr bool isWeekend(int day)
{
    return weekdayOf(day) >= 5;
}

/// Shortest play that counts as a stream (the industry's 30-second rule).
inline constexpr std::int32_t kStreamThresholdMs = 30'000;

} // namespace td::events
