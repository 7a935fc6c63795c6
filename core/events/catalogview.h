// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace td::events {

/// What a streaming service can observe about its catalogue: metadata and audio features,
/// never the latent vectors or the true appeal of a track. The world owns one and hands a
/// const reference to the recommender. Structure of arrays, indexed by TrackId.
struct ObservableCatalog
{
    std::vector<ArtistId> artist;
    std::vector<GenreId> genreLabel; ///< -1 when the label is missing
    std::vector<GenreId> subgenreLabel; ///< -1 when missing
    std::vector<Day> releaseDay; ///< negative: released before the run
    std::vector<float> durationSeconds;
    std::vector<std::uint8_t> isExplicit;
    /// Popularity the service knew before the run, 0..100 (like Spotify's popularity field):
    /// a noisy view of true appeal. Play counts during the run are the recommender's own.
    std::vector<float> priorPopularity;
    /// trackCount × kAudioFeatureCount, row-major, in AudioFeature order. Unit features in
    /// [0, 1], tempo in BPM, loudness in dB.
    std::vector<float> audioFeatures;

    std::vector<std::string> genreNames;
    std::vector<std::string> subgenreNames;
    std::vector<std::string> artistNames;
    std::vector<std::string> trackNames;

    std::size_t trackCount() const { return artist.size(); }
    std::size_t artistCount() const { return artistNames.size(); }
    const float *features(TrackId t) const
    {
        return audioFeatures.data() + std::size_t(t) * kAudioFeatureCount;
    }
    bool isReleased(TrackId t, Day day) const { return releaseDay[t] <= day; }
};

} // namespace td::events
