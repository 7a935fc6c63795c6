// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace td::stats {

/// Which end of an objective is better.
enum class Better { Higher, Lower };

/// A setting's place in a two-objective plane (e.g. streams in the first 14 days against
/// listeners on the last day), each coordinate a mean over seeds.
struct Objectives
{
    double x = 0.0;
    double y = 0.0;
};

/// Pareto dominance: `a` dominates `b` when it is at least as good in both objectives and
/// strictly better in at least one. Equal points do not dominate each other; a point with a
/// NaN coordinate neither dominates nor is dominated.
bool dominates(const Objectives &a, const Objectives &b, Better x, Better y);

/// The non-dominated points (the trade-off frontier): the indices of every finite point that
/// no other point dominates, sorted by x ascending, then y ascending, then index, so joining
/// them in this order draws the frontier. Points with a NaN coordinate are never on it.
/// Brute force, O(n²): a frontier has tens of settings, not millions.
std::vector<std::size_t> paretoFront(const std::vector<Objectives> &points, Better x, Better y);

} // namespace td::stats
