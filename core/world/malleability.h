// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

namespace td::world {

/// How far a satisfying listen pulls each listener's taste toward the track (docs/world.md,
/// "Malleability"). world.listeners.malleability m is the population's mean rate; listener
/// i's own rate is
///     r_i = min(1, c·f_i)
/// with f_i their factor, Gamma(shape 4, mean 1), drawn once at signup, and c the scale for
/// which the population mean E[min(1, c·f)] is exactly m. The cap is a fact of the pull
/// (x ← x + r·(track − x) with r > 1 would overshoot the track); c makes up for the listeners
/// it holds at 1. While the cap is out of reach c equals m to the last bit (m = 0.01, the
/// default, and m = 0.05: P(f > 1/m) < 1e-28); m = 1 makes every listener fully malleable.

/// Shape of the individual factor's Gamma distribution (mean 1).
inline constexpr double kMalleabilityShape = 4.0;

/// E[min(1, c·f)] for f ~ Gamma(4, scale 1/4), in closed form: with y = 4/c and
/// S_n(y) = e^(−y) Σ_{j<n} y^j / j! (the chance that a Poisson(y) count is below n),
///     E[min(1, c·f)] = c·(1 − S_5(y)) + S_4(y).
/// Increasing in c, from 0 to 1. c ≥ 0.
double meanMalleability(double c);

/// The scale c with meanMalleability(c) = mean (bisection to the last bit); exactly `mean`
/// where the cap changes nothing in double precision; infinity for mean ≥ 1; 0 for mean ≤ 0.
double malleabilityScale(double mean);

/// A listener's rate min(1, scale·factor); 1 for an infinite scale.
double individualMalleability(double scale, float factor);

} // namespace td::world
