// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/catalogcsv.h"
#include "world/audioprojection.h"
#include "world/catalog.h"
#include "world/params.h"

#include <cstdint>
#include <string>

namespace td::world {

/// A scenario path as the engine opens it: absolute paths stay, relative ones start at the
/// scenario file's folder (`baseDirectory`; the working directory when that is empty).
std::string resolveScenarioPath(const std::string &baseDirectory, const std::string &path);

/// The reader's column mapping from the scenario's catalog.columns.* fields.
io::CatalogColumns catalogColumns(const CatalogParams &params);

/// Turns imported tracks into the ground-truth catalogue (docs/architecture.md §2, §7;
/// docs/real-data.md).
///
/// Observable part: names, artists (in order of first appearance), genre and sub-genre
/// labels (sorted by name; sub-genres grouped by genre), audio features and durations as in
/// the file, explicit flags, priorPopularity = the file's popularity (0..100), release day =
/// (release date − newest release date in the file) + params.holdbackDays, so the newest
/// track is released on day holdbackDays and everything else before.
///
/// Hidden part. A track's latent vector is built from what is observable, so that listeners'
/// tastes and the audio projection live in one space:
///   z_f   = standardised inverse squash of feature f (logit of a unit feature clamped to
///           [0.005, 0.995]; (tempo − 120)/22; (loudness + 7.5)/3), centred and scaled over
///           the catalogue so each feature counts alike, as in the generator;
///   v_F   = Pᵀ (P Pᵀ + λI)⁻¹ z, the minimum-norm least-squares inverse of the projection P
///           (λ = 10⁻³ · mean diagonal of P Pᵀ), scaled so that its RMS norm over the
///           catalogue is kFeatureWeight;
///   v     = normalise(v_F + w_g·g + w_s·s + w_a·a + w_t·ε), where g, s, a are unit random
///           directions hash-seeded by (seed, genre / genre+sub-genre / artist name) and ε a
///           track's own Gaussian jitter, all projected onto the null space of P (when
///           d ≥ 11) so they do not disturb the features: tracks of one artist cluster, and
///           P·v reproduces z up to the per-track scale 1/‖…‖.
/// Genre, sub-genre and artist centres are the normalised means of their tracks' vectors;
/// a track without a label gets the nearest centre as its true genre / sub-genre.
/// True appeal: log appeal = 4.5 · popularity / 100 + 0.3 · N(0,1) (a per-track stream), so
/// the appeal spread is close to the generated catalogue's.
/// Deterministic in (imported tracks, params, dim, seed); independent of thread count.
Catalog buildImportedCatalog(const io::ImportedCatalog &imported, const CatalogParams &params,
    int dim, std::uint64_t seed, const AudioProjection &projection);

/// Reads params.path (resolved against `baseDirectory`) with params.columns and builds the
/// catalogue. Throws io::DataFileError whose message starts with `world.catalog.path:` and
/// says how to fix it (missing file: `--set world.catalog.path=FILE`; missing columns:
/// `world.catalog.columns.*`). `report`, if given, receives what the reader did.
Catalog importCatalog(const CatalogParams &params, const std::string &baseDirectory, int dim,
    std::uint64_t seed, const AudioProjection &projection,
    io::CatalogImportReport *report = nullptr);

} // namespace td::world
