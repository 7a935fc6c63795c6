// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/kernels/batchscores.h"

#include <cstddef>

namespace td::recsys::kernels {

/// The rank-one updates of an ALS row's normal equations, Σ_p α_p y_p y_pᵀ, added to the
/// lower triangle of the f × f column-major `a`:
///
///     for p = 0, 1, …, pairs − 1:  a(k, i) = a(k, i) + t[p·f + i] · y[p·f + k]   (k ≥ i)
///
/// with t_p = α_p·y_p given. Each element receives its terms in pair order, each a rounded
/// product then a rounded sum (no FMA: -ffp-contract=off), which is what Eigen's
/// `selfadjointView<Lower>().rankUpdate(y_p, α_p)` does pair after pair; so every instruction
/// set gives Eigen's bits. They vectorise across rows k and keep a tile of columns in registers
/// over all pairs, never reordering one element's sum. The strict upper triangle is left with
/// unspecified values (callers mirror the lower one).
void addRankOneUpdates(
    Isa isa, double *a, int f, const double *y, const double *t, std::size_t pairs);

namespace detail {
void addRankOneUpdatesPortable(
    double *a, int f, const double *y, const double *t, std::size_t pairs);
void addRankOneUpdatesAvx2(double *a, int f, const double *y, const double *t, std::size_t pairs);
void addRankOneUpdatesAvx512(double *a, int f, const double *y, const double *t, std::size_t pairs);
} // namespace detail

} // namespace td::recsys::kernels
