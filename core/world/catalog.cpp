// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/catalog.h"

#include "world/latent.h"
#include "world/names.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace td::world {

namespace {

using base::Purpose;
using base::Rng;

double pareto(Rng &rng, double alpha)
{
    return std::pow(1.0 - rng.uniform(), -1.0 / alpha);
}

/// Index drawn with probability proportional to weights, given their inclusive prefix sums.
std::size_t drawFromCumulative(Rng &rng, const std::vector<double> &cumulative)
{
    const double x = rng.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return std::min(std::size_t(it - cumulative.begin()), cumulative.size() - 1);
}

} // namespace

void setAppeal(Catalog &catalog, const std::vector<double> &logAppeal)
{
    const std::size_t n = logAppeal.size();
    const double mean = std::accumulate(logAppeal.begin(), logAppeal.end(), 0.0) / double(n);
    double var = 0.0;
    for (double v : logAppeal)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / double(std::max<std::size_t>(n, 2) - 1)) + 1e-12;
    catalog.popularityZ.resize(n);
    catalog.appealWeight.resize(n);
    double total = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        catalog.popularityZ[t] = float(std::clamp((logAppeal[t] - mean) / sd, -3.0, 4.0));
        total += std::exp(logAppeal[t] - mean);
    }
    for (std::size_t t = 0; t < n; ++t)
        catalog.appealWeight[t] = float(std::exp(logAppeal[t] - mean) / total);
}

Catalog generateCatalog(
    const CatalogParams &p, int dim, std::uint64_t seed, const AudioProjection &projection)
{
    Catalog c;
    c.dim = dim;
    auto &obs = c.observable;
    const int genres = p.genres;
    const int subgenres = genres * p.subgenresPerGenre;
    const int tracks = p.tracks;
    const int horizon = p.releaseHorizonDays;
    const int artists = std::max(1, int(std::lround(tracks / std::max(1.0, p.tracksPerArtist))));

    // Genres and sub-genres.
    Rng genreRng(seed, Purpose::CatalogGenres, 0, 0);
    c.genreCenters.resize(std::size_t(genres) * dim);
    for (int g = 0; g < genres; ++g) {
        randomUnit(genreRng, c.genreCenters.data() + g * dim, dim);
        obs.genreNames.push_back(genreName(g));
    }
    c.subgenreCenters.resize(std::size_t(subgenres) * dim);
    std::vector<float> offset(static_cast<std::size_t>(dim));
    for (int s = 0; s < subgenres; ++s) {
        float *center = c.subgenreCenters.data() + s * dim;
        std::copy_n(c.genreCenter(s / p.subgenresPerGenre), dim, center);
        gaussianOffset(genreRng, offset.data(), dim, p.genreSpread);
        axpy(center, 1.0f, offset.data(), dim);
        normalize(center, dim);
        obs.subgenreNames.push_back(
            genreName(s / p.subgenresPerGenre) + " " + std::to_string(s % p.subgenresPerGenre + 1));
    }

    // Artists: a sub-genre each, a position around it, a Pareto appeal.
    Rng artistRng(seed, Purpose::CatalogArtists, 0, 0);
    c.artistLatent.resize(std::size_t(artists) * dim);
    std::vector<int> artistSubgenre(static_cast<std::size_t>(artists));
    std::vector<double> artistLogAppeal(static_cast<std::size_t>(artists));
    std::vector<char> artistDebutsInRun(static_cast<std::size_t>(artists), 0);
    for (int a = 0; a < artists; ++a) {
        artistSubgenre[std::size_t(a)] = int(artistRng.below(std::uint32_t(subgenres)));
        float *v = c.artistLatent.data() + std::size_t(a) * dim;
        std::copy_n(c.subgenreCenters.data() + artistSubgenre[std::size_t(a)] * dim, dim, v);
        gaussianOffset(artistRng, offset.data(), dim, p.artistSpread);
        axpy(v, 1.0f, offset.data(), dim);
        normalize(v, dim);
        artistLogAppeal[std::size_t(a)] = std::log(pareto(artistRng, p.popularityExponent));
        artistDebutsInRun[std::size_t(a)]
            = horizon > 1 && artistRng.bernoulli(p.newReleaseShare * 0.3);
        obs.artistNames.push_back(inventName(artistRng, 1 + int(artistRng.below(2))));
    }

    // Tracks: every artist gets one; the rest go to artists in proportion to sqrt(appeal).
    std::vector<double> cumulative(static_cast<std::size_t>(artists));
    double running = 0.0;
    for (int a = 0; a < artists; ++a) {
        running += std::exp(0.5 * artistLogAppeal[std::size_t(a)]);
        cumulative[std::size_t(a)] = running;
    }
    Rng trackRng(seed, Purpose::CatalogTracks, 0, 0);
    Rng featureRng(seed, Purpose::CatalogFeatures, 1, 0);
    std::vector<double> genreExplicit(static_cast<std::size_t>(genres));
    for (auto &e : genreExplicit)
        e = std::clamp(p.explicitShare * trackRng.uniform(0.2, 2.2), 0.0, 1.0);

    const std::size_t n = std::size_t(tracks);
    obs.artist.resize(n);
    obs.genreLabel.resize(n);
    obs.subgenreLabel.resize(n);
    obs.releaseDay.resize(n);
    obs.durationSeconds.resize(n);
    obs.isExplicit.resize(n);
    obs.audioFeatures.resize(n * events::kAudioFeatureCount);
    obs.trackNames.resize(n);
    c.latent.resize(n * std::size_t(dim));
    c.trueGenre.resize(n);
    c.trueSubgenre.resize(n);
    c.artistDebutDay.assign(std::size_t(artists), horizon);
    std::vector<double> logAppeal(n);

    for (std::size_t t = 0; t < n; ++t) {
        const ArtistId a = t < std::size_t(artists)
            ? ArtistId(t)
            : ArtistId(drawFromCumulative(trackRng, cumulative));
        obs.artist[t] = a;
        const int sub = artistSubgenre[a];
        const int genre = sub / p.subgenresPerGenre;
        c.trueGenre[t] = GenreId(genre);
        c.trueSubgenre[t] = GenreId(sub);

        float *v = c.latent.data() + t * std::size_t(dim);
        std::copy_n(c.artistLatent.data() + std::size_t(a) * dim, dim, v);
        gaussianOffset(trackRng, offset.data(), dim, p.trackSpread);
        axpy(v, 1.0f, offset.data(), dim);
        normalize(v, dim);

        logAppeal[t] = artistLogAppeal[a] + std::log(pareto(trackRng, p.popularityExponent * 1.5));

        // Observable labels: some missing, some wrong (as in real metadata).
        const double labelDraw = trackRng.uniform();
        if (labelDraw < p.missingGenreShare) {
            obs.genreLabel[t] = -1;
            obs.subgenreLabel[t] = -1;
        } else if (labelDraw < p.missingGenreShare + p.noisyGenreShare && genres > 1) {
            const int wrong = (genre + 1 + int(trackRng.below(std::uint32_t(genres - 1)))) % genres;
            obs.genreLabel[t] = GenreId(wrong);
            obs.subgenreLabel[t] = GenreId(wrong * p.subgenresPerGenre);
        } else {
            obs.genreLabel[t] = GenreId(genre);
            obs.subgenreLabel[t] = GenreId(sub);
        }

        // Release day: most tracks are back catalogue (days before the run); a share is
        // released during the run, including every track of artists who debut in the run.
        const bool newRelease
            = horizon > 1 && (artistDebutsInRun[a] || trackRng.bernoulli(p.newReleaseShare * 0.7));
        if (newRelease)
            obs.releaseDay[t] = Day(1 + trackRng.below(std::uint32_t(horizon - 1)));
        else
            obs.releaseDay[t] = Day(-1 - std::floor(-1000.0 * std::log(1.0 - trackRng.uniform())));
        c.artistDebutDay[a] = std::min(c.artistDebutDay[a], obs.releaseDay[t]);

        obs.durationSeconds[t]
            = float(std::clamp(210.0 * std::exp(0.28 * trackRng.normal()), 60.0, 600.0));
        obs.isExplicit[t] = trackRng.bernoulli(genreExplicit[std::size_t(genre)]) ? 1 : 0;
        projection.features(v, featureRng, p.featureNoise,
            obs.audioFeatures.data() + t * events::kAudioFeatureCount);
        obs.trackNames[t] = inventName(trackRng, 1 + int(trackRng.below(3)));
    }
    setAppeal(c, logAppeal);

    // What the service knew before the run: a noisy popularity score in 0..100, by rank.
    Rng popularityRng(seed, Purpose::CatalogTracks, 1, 0);
    std::vector<std::pair<double, TrackId>> noisy(n);
    for (std::size_t t = 0; t < n; ++t)
        noisy[t] = { c.popularityZ[t] + 0.4 * popularityRng.normal(), TrackId(t) };
    std::sort(noisy.begin(), noisy.end());
    obs.priorPopularity.resize(n);
    for (std::size_t rank = 0; rank < n; ++rank)
        obs.priorPopularity[noisy[rank].second]
            = float(100.0 * double(rank) / double(std::max<std::size_t>(n - 1, 1)));
    return c;
}

void indexArtists(Catalog &catalog)
{
    const std::size_t artists = catalog.observable.artistCount();
    std::vector<int> subgenre(artists, -1);
    std::vector<double> appeal(artists, 0.0);
    int subgenres = 0;
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        const ArtistId a = catalog.observable.artist[t];
        if (a >= artists)
            continue;
        if (subgenre[a] < 0)
            subgenre[a] = catalog.trueSubgenre[t];
        appeal[a] += double(catalog.appealWeight[t]);
        subgenres = std::max(subgenres, int(catalog.trueSubgenre[t]) + 1);
    }
    catalog.subgenreTopArtists.assign(std::size_t(subgenres), {});
    for (ArtistId a = 0; a < artists; ++a) {
        if (subgenre[a] >= 0)
            catalog.subgenreTopArtists[std::size_t(subgenre[a])].push_back(a);
    }
    for (auto &list : catalog.subgenreTopArtists) {
        const std::size_t keep = std::min<std::size_t>(list.size(), kKnownArtistsPerSubgenre);
        std::partial_sort(list.begin(), list.begin() + std::ptrdiff_t(keep), list.end(),
            [&](ArtistId x, ArtistId y) {
                return appeal[x] > appeal[y] || (appeal[x] == appeal[y] && x < y);
            });
        list.resize(keep);
    }
}

} // namespace td::world
