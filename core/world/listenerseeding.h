// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/catalogcsv.h"
#include "io/listeningcounts.h"
#include "world/catalog.h"
#include "world/params.h"
#include "world/population.h"
#include "world/world.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace td::world {

/// What seeding listeners from real listening counts did, with its match rates.
struct ListenerSeedReport
{
    std::string countsPath;
    std::string artistsPath;
    std::size_t users = 0; ///< distinct users in the counts file = listeners seeded
    std::size_t usersMatched = 0; ///< users with at least one matched artist (taste fitted)
    std::size_t artistNames = 0; ///< artists in the names file
    std::size_t artistNamesMatched = 0; ///< of them, named like a catalogue artist
    std::size_t distinctNamesMatched = 0; ///< distinct (case-folded) matched names
    std::size_t artistsPlayed = 0; ///< distinct artist ids in the counts file
    std::size_t artistsPlayedMatched = 0; ///< of them, matched to the catalogue
    std::size_t pairs = 0; ///< (user, artist) rows used
    std::size_t pairsMatched = 0;
    double weightTotal = 0.0; ///< sum of play counts
    double weightMatched = 0.0; ///< sum of play counts of matched artists
    std::vector<io::RowProblem> countProblems; ///< skipped rows of the counts file
    std::vector<io::RowProblem> artistProblems; ///< skipped rows of the names file
    std::vector<std::int64_t> userIds; ///< listener l is the user userIds[l] (ascending)

    /// A few lines: users, artists and weight matched, skipped rows.
    std::string summary(std::size_t maxProblems = 5) const;
};

/// Distinct users of a counts file, ascending: listener l of a seeded world is user l.
std::vector<std::int64_t> seededUserIds(const io::ListeningCounts &counts);

/// Fits the initial taste of listeners 0 .. users−1 to the artists each user played.
///
/// Artist names are matched to catalogue artist names after trimming and case folding
/// (io::foldCase), exactly otherwise; catalogue artists called "Unknown" (missing names) never
/// match. A name shared by several catalogue artists (e.g. "Cream" and "CREAM") stands for all
/// of them. A user's taste is
///     normalise( Σ_matched log(1 + plays) · artistLatent ) + N(0, 0.15²/d) per coordinate,
/// normalised again (the noise stream is (seed, ListenerTraits, listener, day 1), apart from
/// the traits' own stream), and becomes the listener's taste, anchor and initial taste. A
/// user without a matched artist keeps the generated taste. Every other trait stays as the
/// generator drew it. Throws std::invalid_argument if the population has fewer listeners than
/// the file has users.
ListenerSeedReport seedListeners(Population &population, const Catalog &catalog,
    const io::ListeningCounts &counts, const io::ArtistNames &names, std::uint64_t seed);

/// What the real-data steps of makeWorld() did; empty parts were not asked for.
struct RealDataReport
{
    std::optional<io::CatalogImportReport> catalog;
    std::optional<ListenerSeedReport> listeners;

    /// The summaries of both parts ("" when nothing was imported), for stderr.
    std::string text() const;
};

/// Builds the world a scenario describes: a generated or imported catalogue
/// (catalog.source), generated listeners or listeners seeded from real listening counts
/// (listeners.seed.counts_path and artists_path, both relative to `baseDirectory`).
///
/// When seeding, `params.listeners.count` is set to the number of users in the counts file
/// (the scenario's value is replaced, so the run reports the population it really has);
/// arrivals during the run are still generated. `params` must outlive the world (the world
/// keeps a reference, as World's constructor says).
/// Throws io::DataFileError (missing, empty or malformed files; a seed path without the
/// other) with a message that names the scenario field.
std::unique_ptr<World> makeWorld(WorldParams &params, std::uint64_t seed,
    const std::string &baseDirectory, RealDataReport *report = nullptr);

} // namespace td::world
