// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/dataerror.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace td::io {

/// Audio features a catalogue row carries, in the order of events::AudioFeature
/// (danceability, energy, valence, acousticness, instrumentalness, speechiness, liveness,
/// tempo, loudness). world/catalogimport checks at compile time that the counts agree.
inline constexpr int kCatalogFeatureCount = 9;
/// Index of tempo (BPM) and loudness (dB) in that order; the others are unit features.
inline constexpr int kTempoIndex = 7;
inline constexpr int kLoudnessIndex = 8;

/// Which CSV column holds which field. Defaults are the column names of the TidyTuesday
/// "Spotify Songs" file (spotify_songs.csv). An empty name means "no such column": the
/// field takes its missing-value treatment on every row (see readCatalogCsv). Every
/// non-empty name must be a column of the header.
struct CatalogColumns
{
    std::string trackId = "track_id"; ///< required (must not be empty)
    std::string trackName = "track_name";
    std::string artist = "track_artist";
    std::string popularity = "track_popularity"; ///< 0..100
    std::string releaseDate = "track_album_release_date"; ///< YYYY-MM-DD, YYYY-MM or YYYY
    std::string genre = "playlist_genre";
    std::string subgenre = "playlist_subgenre";
    std::array<std::string, kCatalogFeatureCount> features { "danceability", "energy", "valence",
        "acousticness", "instrumentalness", "speechiness", "liveness", "tempo", "loudness" };
    std::string durationMs = "duration_ms";
    std::string explicitFlag; ///< none in the Spotify file: every track is not explicit
};

/// One distinct track of the file, all values filled (missing ones by the rules of
/// readCatalogCsv).
struct ImportedTrack
{
    std::size_t line = 0; ///< line of the row the track was taken from
    std::string id;
    std::string name;
    std::string artist;
    std::string genre; ///< empty: label missing
    std::string subgenre; ///< empty: label missing
    double popularity = 0.0; ///< 0..100
    std::int64_t releaseDate = 0; ///< days since 1970-01-01
    std::array<double, kCatalogFeatureCount> features {}; ///< unit features in [0,1], BPM, dB
    double durationSeconds = 0.0;
    bool isExplicit = false;
};

/// How many values of one column were missing or invalid and replaced by the median.
struct ColumnFill
{
    std::string column;
    std::size_t missing = 0; ///< empty or NA
    std::size_t invalid = 0; ///< not a number, or outside the field's range
    double median = 0.0; ///< the value they got (days since 1970 for the release date)
    bool isDate = false; ///< the release date column
    /// The first few invalid values with their line (reason = the text as written), so the
    /// report points at them.
    std::vector<RowProblem> examples;
};

/// Release dates outside [kFirstPlausibleYear, kLastPlausibleYear] are invalid (median
/// filled, reported with their line): a 9999-12-31 would otherwise become the "newest date"
/// that world.catalog.holdback_days counts back from. Fixed years, not today's date, so an
/// import gives the same catalogue in any year.
inline constexpr int kFirstPlausibleYear = 1860; // the oldest recordings
inline constexpr int kLastPlausibleYear = 2100;

/// What the import did: rows read, used, merged and skipped (with line and reason), and the
/// values it filled in. summary() is the text the engine prints to stderr.
struct CatalogImportReport
{
    std::string path;
    std::size_t rowsRead = 0; ///< data rows (records after the header)
    std::size_t rowsUsed = 0; ///< rows that passed the checks (tracks + duplicates)
    std::size_t rowsSkipped = 0; ///< rows that could not be used (see problems)
    std::size_t duplicateRows = 0; ///< usable rows whose track id was seen before (merged)
    std::size_t tracks = 0; ///< distinct tracks imported
    std::size_t unknownNames = 0; ///< tracks whose name was missing ("Unknown")
    std::size_t unknownArtists = 0; ///< tracks whose artist was missing ("Unknown")
    std::size_t missingGenres = 0; ///< tracks without a genre label
    std::size_t missingSubgenres = 0; ///< tracks without a sub-genre label
    std::vector<RowProblem> problems; ///< every skipped row, in file order
    std::vector<ColumnFill> fills; ///< numeric/date columns with at least one filled value

    /// A few lines: counts, the first `maxProblems` skipped rows, the filled columns.
    std::string summary(std::size_t maxProblems = 10) const;
};

/// The distinct tracks of a catalogue file, in order of their first usable row.
struct ImportedCatalog
{
    std::vector<ImportedTrack> tracks;
    std::int64_t newestReleaseDate = 0; ///< days since 1970 of the newest release
    CatalogImportReport report;
};

/// Reads a catalogue CSV (RFC 4180, UTF-8, LF or CRLF) with a header row.
///
/// Rules (docs/real-data.md):
///  - A row is skipped, and reported with its line and reason, if it is malformed (quoting,
///    not UTF-8), has another number of fields than the header, has no track id (empty or
///    NA), or has none of the audio features (all missing or invalid).
///  - Duplicate track ids are merged into the first usable row: its name, artist, labels and
///    features are kept; later rows only count as duplicates.
///  - Missing names and artists become "Unknown"; missing genre/sub-genre labels stay
///    missing. A missing or invalid number (NA, empty, unparseable, a unit feature outside
///    [0,1], tempo <= 0, loudness outside [-80, 10] dB, duration <= 0, popularity outside
///    [0,100]) and a missing, malformed or implausible release date (outside the years
///    kFirstPlausibleYear..kLastPlausibleYear) take the median of the column over the
///    imported tracks; the report names the lines of the first few. The explicit flag is true
///    for 1/true/yes (any case).
///  - A record whose quoted field runs over several lines is reported with all its lines
///    ("lines 52-71"), so lines swallowed by a missing closing quote are named.
/// Throws DataFileError if the text has no header, the header names a mapped column twice
/// (which one would be read is not clear), the mapping names columns the header lacks (all
/// of them are listed), or no row is usable. `sourceName` names the file in messages.
ImportedCatalog parseCatalogCsv(
    std::string_view text, const CatalogColumns &columns, const std::string &sourceName);

/// readDataFile() + parseCatalogCsv().
ImportedCatalog readCatalogCsv(const std::string &path, const CatalogColumns &columns);

} // namespace td::io
