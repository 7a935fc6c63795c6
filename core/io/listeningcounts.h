// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/dataerror.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace td::io {

/// How often one user played one artist (Last.fm's `userID artistID weight`).
struct ListeningCount
{
    std::int64_t user = 0;
    std::int64_t artist = 0;
    double weight = 0.0; ///< play count (> 0)
};

/// A listening-count file: its usable rows in file order and the rows it skipped.
struct ListeningCounts
{
    std::string path;
    std::vector<ListeningCount> rows;
    std::size_t rowsRead = 0; ///< data rows (after the header)
    std::vector<RowProblem> problems;
};

/// One artist of an artist-names file (Last.fm's artists.dat: `id name url pictureURL`).
struct ArtistName
{
    std::int64_t id = 0;
    std::string name; ///< trimmed, UTF-8
};

struct ArtistNames
{
    std::string path;
    std::vector<ArtistName> artists; ///< in file order, ids unique
    std::size_t rowsRead = 0;
    std::vector<RowProblem> problems;
};

/// Parses a tab-separated listening-count file with a header row (no quoting; LF or CRLF;
/// UTF-8 BOM allowed). Columns are found by their header names `userID`, `artistID` and
/// `weight` (any case); if the header does not name all three, the first three columns are
/// used in that order. A row is skipped and reported if it has too few fields, an id that is
/// not an integer, or a weight that is not a number > 0. Throws DataFileError if the text is
/// empty, has no row after the header, or no row is usable, and if a header that names no
/// column reads as a data row (two integers and a number: the header is missing, and taking
/// the row for one would lose it). `sourceName` names the file in messages.
ListeningCounts parseListeningCounts(std::string_view text, const std::string &sourceName);
ListeningCounts readListeningCounts(const std::string &path);

/// Parses a tab-separated artist-names file with a header row, UTF-8 (Last.fm's artists.dat
/// is UTF-8; a row that is not is skipped and reported). Columns `id` and `name` by header
/// name (any case), else the first two. Names are trimmed; rows with a non-integer id, an
/// empty name, or an id seen before are skipped and reported. Throws DataFileError if the
/// text is empty, has no row after the header, or no row is usable, and if a header that names
/// no column starts with an integer (a missing header, as for the counts).
ArtistNames parseArtistNames(std::string_view text, const std::string &sourceName);
ArtistNames readArtistNames(const std::string &path);

} // namespace td::io
