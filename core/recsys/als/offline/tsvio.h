// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/offline/idmap.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace td::recsys::offline {

/// A file that cannot be read or written, or a malformed line. what() is one line meant for
/// the user: "FILE:LINE: what is wrong" or "cannot open FILE: reason".
class TsvError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One (user, item) pair with its raw weight (a play count for Last.fm), in IdMap indices.
struct WeightedPair
{
    std::uint32_t user = 0;
    std::uint32_t item = 0;
    double weight = 0.0; ///< >= 0, finite
    std::size_t line = 0; ///< file line of the pair's first occurrence (1-based); 0: not read
};

/// Interactions read from one file, with the id maps that give the indices their meaning.
struct InteractionTable
{
    IdMap users;
    IdMap items;
    std::vector<WeightedPair> pairs; ///< sorted by (user, item) index, no duplicates
};

/// Reads a tab-separated file `user<TAB>item<TAB>weight` whose first line is a header (any
/// three names, e.g. `userID	artistID	weight`; a first line whose weight field is a number
/// is refused as a missing header). Ids are any non-empty strings; they are added to
/// `users`/`items` (so a test file can share the maps of a training file). Weights are decimal
/// numbers >= 0 (parsed without locale). Repeated (user, item) lines add their weights (in file
/// order). Line breaks, blank lines and the byte-order mark follow TsvScanner's shared rules.
/// Throws TsvError naming the file and line: also for a file without data rows. One pass over
/// the file, no allocation per line (a 5M-line file reads in well under a second).
std::vector<WeightedPair> readInteractions(const std::string &path, IdMap &users, IdMap &items);
InteractionTable readInteractionTable(const std::string &path);

/// Writes pairs in the same format (header `user	item	weight`), in the given order.
void writeInteractions(const std::string &path, const IdMap &users, const IdMap &items,
    const std::vector<WeightedPair> &pairs);

/// One recommended item with its score.
struct ScoredItem
{
    std::uint32_t item = 0;
    double score = 0.0;
};

/// Ranked lists indexed by user index; list[r] has rank r + 1.
using RecommendationLists = std::vector<std::vector<ScoredItem>>;

/// Writes `user	item	rank	score` (header line first), users in index order, ranks from
/// 1, scores in the project's fixed number format (%.9g).
void writeRecommendations(const std::string &path, const IdMap &users, const IdMap &items,
    const RecommendationLists &lists);

/// Reads that format back. The header must be `user	item	rank	score` (any case): a
/// recommendation file is our own format, and another four-column file (say, interactions with
/// a timestamp) must not pass for one. Ranks are positive integers, unique per user, in any row
/// order; scores finite numbers; at least one data row. The result is indexed by `users` (grown
/// as needed), each list sorted by rank; gaps in the ranks are closed (ranks 1, 2, 5 become
/// positions 1, 2, 3).
RecommendationLists readRecommendations(const std::string &path, IdMap &users, IdMap &items);

} // namespace td::recsys::offline
