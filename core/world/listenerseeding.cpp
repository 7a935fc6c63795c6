// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/listenerseeding.h"

#include "io/csvreader.h"
#include "io/text.h"
#include "world/catalogimport.h"
#include "world/latent.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace td::world {

namespace {

constexpr double kTasteNoise = 0.15; ///< expected norm of the noise added to a fitted taste

std::string percent(double part, double whole)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", whole > 0.0 ? 100.0 * part / whole : 0.0);
    return buffer;
}

std::string problemLines(
    const std::string &file, const std::vector<io::RowProblem> &problems, std::size_t max)
{
    std::string s;
    for (std::size_t i = 0; i < problems.size() && i < max; ++i)
        s += "  skipped " + file + " line " + std::to_string(problems[i].line) + ": "
            + problems[i].reason + "\n";
    if (problems.size() > max)
        s += "  ... and " + std::to_string(problems.size() - max) + " more skipped rows of " + file
            + "\n";
    return s;
}

/// Reads one seed file, turning reader errors into messages that name the scenario field.
template<typename Result, typename Parse>
Result readSeedFile(
    const std::string &field, const std::string &path, const std::string &what, Parse parse)
{
    std::string text;
    try {
        text = io::readDataFile(path, what);
    } catch (const io::DataFileError &e) {
        throw io::DataFileError(field + ": " + e.what() + ". Give its location with --set " + field
            + "=FILE (relative paths start at the scenario file's folder), or set both "
              "world.listeners.seed paths to \"\" for generated listeners");
    }
    try {
        return parse(text, path);
    } catch (const io::DataFileError &e) {
        throw io::DataFileError(field + ": " + e.what());
    }
}

} // namespace

std::string ListenerSeedReport::summary(std::size_t maxProblems) const
{
    std::string s = "listeners from " + countsPath + " and " + artistsPath + ": "
        + std::to_string(users) + " users become listeners; " + std::to_string(usersMatched) + " ("
        + percent(double(usersMatched), double(users))
        + ") played an artist of the catalogue and have a fitted taste\n";
    s += "  artist names matched: " + std::to_string(artistNamesMatched) + " of "
        + std::to_string(artistNames) + " (" + std::to_string(distinctNamesMatched)
        + " distinct names); played artists matched: " + std::to_string(artistsPlayedMatched)
        + " of " + std::to_string(artistsPlayed)
        + "; listening weight matched: " + percent(weightMatched, weightTotal)
        + "; user-artist pairs matched: " + percent(double(pairsMatched), double(pairs)) + "\n";
    s += problemLines(countsPath, countProblems, maxProblems);
    s += problemLines(artistsPath, artistProblems, maxProblems);
    return s;
}

std::vector<std::int64_t> seededUserIds(const io::ListeningCounts &counts)
{
    std::vector<std::int64_t> users;
    users.reserve(counts.rows.size());
    for (const auto &row : counts.rows)
        users.push_back(row.user);
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
    return users;
}

ListenerSeedReport seedListeners(Population &pop, const Catalog &catalog,
    const io::ListeningCounts &counts, const io::ArtistNames &names, std::uint64_t seed)
{
    ListenerSeedReport r;
    r.countsPath = counts.path;
    r.artistsPath = names.path;
    r.countProblems = counts.problems;
    r.artistProblems = names.problems;
    r.userIds = seededUserIds(counts);
    r.users = r.userIds.size();
    if (pop.size() < r.users)
        throw std::invalid_argument("seedListeners: " + std::to_string(r.users) + " users but only "
            + std::to_string(pop.size()) + " listeners");
    const int d = pop.dim;

    // Catalogue artists by folded name; placeholder names of missing artists never match.
    std::unordered_map<std::string, std::vector<ArtistId>> byName;
    const auto &catalogNames = catalog.observable.artistNames;
    for (ArtistId a = 0; a < catalogNames.size(); ++a) {
        if (catalogNames[a] != io::kUnknownName)
            byName[io::foldCase(io::trim(catalogNames[a]))].push_back(a);
    }
    // Names-file artists -> the latent direction of their catalogue namesakes.
    std::unordered_map<std::int64_t, std::vector<float>> artistVector;
    std::unordered_set<std::string> matchedNames;
    r.artistNames = names.artists.size();
    for (const auto &artist : names.artists) {
        const std::string key = io::foldCase(artist.name);
        const auto it = byName.find(key);
        if (it == byName.end())
            continue;
        std::vector<float> v(static_cast<std::size_t>(d), 0.0f);
        for (ArtistId a : it->second)
            axpy(v.data(), 1.0f, catalog.artistLatent.data() + std::size_t(a) * d, d);
        normalize(v.data(), d);
        artistVector.emplace(artist.id, std::move(v));
        ++r.artistNamesMatched;
        matchedNames.insert(key);
    }
    r.distinctNamesMatched = matchedNames.size();

    // Per user: play counts per artist (repeated rows add up), then the weighted taste.
    std::map<std::int64_t, std::map<std::int64_t, double>> plays; // user -> artist -> plays
    std::unordered_set<std::int64_t> played, playedMatched;
    for (const auto &row : counts.rows) {
        plays[row.user][row.artist] += row.weight;
        ++r.pairs;
        r.weightTotal += row.weight;
        played.insert(row.artist);
        if (artistVector.count(row.artist)) {
            ++r.pairsMatched;
            r.weightMatched += row.weight;
            playedMatched.insert(row.artist);
        }
    }
    r.artistsPlayed = played.size();
    r.artistsPlayedMatched = playedMatched.size();

    std::vector<float> taste(static_cast<std::size_t>(d)), noise(static_cast<std::size_t>(d));
    ListenerId l = 0;
    for (const auto &[user, artists] : plays) { // ascending user id, as userIds
        std::fill(taste.begin(), taste.end(), 0.0f);
        bool matched = false;
        for (const auto &[artist, weight] : artists) {
            const auto it = artistVector.find(artist);
            if (it == artistVector.end())
                continue;
            axpy(taste.data(), float(std::log1p(weight)), it->second.data(), d);
            matched = true;
        }
        if (matched && norm(taste.data(), d) > 1e-6f) {
            ++r.usersMatched;
            normalize(taste.data(), d);
            base::Rng rng(seed, base::Purpose::ListenerTraits, l, 1);
            gaussianOffset(rng, noise.data(), d, kTasteNoise);
            axpy(taste.data(), 1.0f, noise.data(), d);
            normalize(taste.data(), d);
            std::copy(taste.begin(), taste.end(), pop.tasteOf(l));
            std::copy(taste.begin(), taste.end(), pop.anchorOf(l));
            std::copy(taste.begin(), taste.end(), pop.initialTaste.data() + std::size_t(l) * d);
        }
        ++l;
    }
    return r;
}

std::string RealDataReport::text() const
{
    std::string s;
    if (catalog)
        s += catalog->summary();
    if (listeners)
        s += listeners->summary();
    return s;
}

std::unique_ptr<World> makeWorld(WorldParams &params, std::uint64_t seed,
    const std::string &baseDirectory, RealDataReport *report)
{
    const auto &seedPaths = params.listeners.seed;
    const bool seeding = !seedPaths.countsPath.empty() || !seedPaths.artistsPath.empty();
    if (seeding && (seedPaths.countsPath.empty() || seedPaths.artistsPath.empty())) {
        const bool countsMissing = seedPaths.countsPath.empty();
        throw io::DataFileError(std::string("world.listeners.seed.")
            + (countsMissing ? "counts_path" : "artists_path")
            + ": required when world.listeners.seed."
            + (countsMissing ? "artists_path" : "counts_path") + " is set");
    }

    std::optional<Catalog> imported;
    if (params.catalog.source == "csv") {
        io::CatalogImportReport catalogReport;
        imported = importCatalog(params.catalog, baseDirectory, params.latentDim, seed,
            AudioProjection(params.latentDim), &catalogReport);
        if (report)
            report->catalog = std::move(catalogReport);
    }

    std::optional<io::ListeningCounts> counts;
    std::optional<io::ArtistNames> names;
    if (seeding) {
        counts = readSeedFile<io::ListeningCounts>("world.listeners.seed.counts_path",
            resolveScenarioPath(baseDirectory, seedPaths.countsPath), "listening-count file",
            io::parseListeningCounts);
        names = readSeedFile<io::ArtistNames>("world.listeners.seed.artists_path",
            resolveScenarioPath(baseDirectory, seedPaths.artistsPath), "artist-names file",
            io::parseArtistNames);
        params.listeners.count = int(seededUserIds(*counts).size());
    }

    auto world = imported ? std::make_unique<World>(params, seed, std::move(*imported))
                          : std::make_unique<World>(params, seed);
    if (seeding) {
        ListenerSeedReport seedReport
            = seedListeners(world->population(), world->catalog(), *counts, *names, seed);
        if (report)
            report->listeners = std::move(seedReport);
    }
    return world;
}

} // namespace td::world
