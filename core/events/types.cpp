// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "events/types.h"

#include <array>

namespace td::events {

std::string_view contextName(Context c)
{
    static constexpr std::array<std::string_view, kContextCount> names { "none", "commute", "focus",
        "workout", "evening", "sleep" };
    return names[static_cast<std::size_t>(c)];
}

std::string_view deviceName(Device d)
{
    static constexpr std::array<std::string_view, kDeviceCount> names { "phone", "desktop",
        "speaker", "car" };
    return names[static_cast<std::size_t>(d)];
}

std::string_view surfaceName(Surface s)
{
    static constexpr std::array<std::string_view, kSurfaceCount> names { "home", "radio",
        "discover_weekly", "release_radar", "organic" };
    return names[static_cast<std::size_t>(s)];
}

std::string_view actionName(Action a)
{
    static constexpr std::array<std::string_view, kActionCount> names { "impression", "stream",
        "skip", "replay", "save", "playlist_add", "follow_artist", "block_artist", "cancel" };
    return names[static_cast<std::size_t>(a)];
}

std::string_view audioFeatureName(AudioFeature f)
{
    static constexpr std::array<std::string_view, kAudioFeatureCount> names { "danceability",
        "energy", "valence", "acousticness", "instrumentalness", "speechiness", "liveness", "tempo",
        "loudness" };
    return names[static_cast<std::size_t>(f)];
}

} // namespace td::events
