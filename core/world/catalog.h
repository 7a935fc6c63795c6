// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/catalogview.h"
#include "world/audioprojection.h"
#include "world/params.h"

#include <cstdint>
#include <vector>

namespace td::world {

/// The ground-truth catalogue: the observable part the recommender sees, plus the hidden
/// latent vectors and true appeal only the world (and metrics) may read.
///
/// Generative model (docs/architecture.md §2): genre centres are random unit vectors; sub-genre
/// centres are offsets around them; artists cluster within a sub-genre; tracks scatter around their
/// artist. Appeal (true popularity) is artist appeal × track appeal, both Pareto-distributed,
/// so play counts follow a power law.
struct Catalog
{
    events::ObservableCatalog observable;
    int dim = 16;
    std::vector<float> latent; ///< trackCount × dim, unit rows
    std::vector<float> popularityZ; ///< standardised log appeal per track
    std::vector<float> appealWeight; ///< appeal as a sampling weight (sums to 1 over tracks)
    std::vector<GenreId> trueGenre;
    std::vector<GenreId> trueSubgenre;
    std::vector<float> genreCenters; ///< genres × dim
    std::vector<float> subgenreCenters; ///< subgenres × dim
    std::vector<float> artistLatent; ///< artists × dim
    std::vector<Day> artistDebutDay; ///< first release day of each artist
    /// Per sub-genre, its most appealing artists (kKnownArtistsPerSubgenre, best first): the
    /// ones a listener of that sub-genre already knows at signup (indexArtists()).
    std::vector<std::vector<ArtistId>> subgenreTopArtists;

    std::size_t trackCount() const { return observable.trackCount(); }
    int genreCount() const { return int(observable.genreNames.size()); }
    const float *track(TrackId t) const { return latent.data() + std::size_t(t) * dim; }
    const float *genreCenter(int g) const { return genreCenters.data() + std::size_t(g) * dim; }
};

/// Generates a catalogue; new releases are spread over params.releaseHorizonDays from day 1.
/// Deterministic in (params, dim, seed), independent of the run length.
Catalog generateCatalog(
    const CatalogParams &params, int dim, std::uint64_t seed, const AudioProjection &projection);

/// Fills the derived popularity fields (popularityZ, appealWeight) from raw log-appeal values.
void setAppeal(Catalog &catalog, const std::vector<double> &logAppeal);

/// Artists a listener knows at signup, per sub-genre of their taste (docs/world.md, Discovery).
inline constexpr int kKnownArtistsPerSubgenre = 10;
/// Fills subgenreTopArtists: an artist belongs to the true sub-genre of its first track; its
/// appeal is the sum of its tracks' appeal weights (ties: lower id first).
void indexArtists(Catalog &catalog);

} // namespace td::world
