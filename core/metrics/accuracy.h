// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace td::metrics {

/// Accuracy of one slate against the ground truth (docs/architecture.md §4, "Accuracy against the
/// truth"): the relevance of a shown track is judged by its TRUE expected utility for the
/// listener, not by what the listener happened to do.

/// precision@K = #{shown i : u_i > θ} / K, K = shown.size(), θ = the listener's stream
/// threshold (utility at which P(stream) = ½). NaN for an empty slate. In [0, 1].
double precisionAtK(const std::vector<double> &shownUtility, double threshold);

/// Discounted cumulative gain with graded relevance rel_i = max(0, u_i), in slate order
/// (position i from 0): DCG = Σ_i rel_i / log₂(i + 2) (Järvelin & Kekäläinen 2002).
double dcg(const std::vector<double> &utilityInOrder);

/// NDCG@K = DCG(shown) / DCG(ideal), the ideal being the best K utilities the catalogue
/// offers (`idealUtility`, any order: sorted descending and cut to K = shown.size() here).
/// NaN when the ideal DCG is 0 (nothing relevant exists). In [0, 1].
double ndcgAtK(const std::vector<double> &shownUtility, std::vector<double> idealUtility);

} // namespace td::metrics
