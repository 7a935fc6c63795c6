// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "world/params.h"

namespace td::world {

/// Taste drift (docs/architecture.md §2). All vectors have length d.
///
/// Daily Ornstein–Uhlenbeck step around the anchor a, per coordinate:
///     x ← x + θ·(a − x) + σ·ε,   ε ~ N(0, 1)
/// so E[x' − a | x] = (1 − θ)(x − a) and the stationary variance around a fixed anchor is
///     σ² / (1 − (1 − θ)²)  ≈ σ² / (2θ) for small θ.
/// The anchor itself takes a small random-walk step (σ_a per coordinate) and stays unit length.
void ouStep(float *taste, float *anchor, int d, const DriftParams &params, base::Rng &rng);

/// Regime shift: the anchor moves toward a genre direction, a ← normalise((1 − s)·a + s·g).
void regimeShift(float *anchor, const float *genreDirection, double strength, int d);

/// Exposure pull after a satisfying listen: x ← x + rate·(track − x). rate 0 = no pull.
void exposurePull(float *taste, const float *track, double rate, int d);

} // namespace td::world
