// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace td::stats {

/// The Benjamini–Hochberg (1995) step-up procedure, which keeps the expected share of false
/// discoveries among the rejected hypotheses at most `q` (for independent or positively
/// dependent tests).
///
/// With the m finite p-values sorted, p_(1) <= ... <= p_(m), let k be the largest i with
/// p_(i) <= i · q / m; the hypotheses of p_(1) .. p_(k) are rejected (none if there is no such
/// i). A NaN p-value is no test: it does not count in m and is never rejected.
///
/// Returns, in the order of `pValues`, whether each is rejected ("survives the correction").
std::vector<bool> benjaminiHochberg(const std::vector<double> &pValues, double q);

/// BH-adjusted p-values in the order of `pValues`: p̃_(i) = min(1, min_{j >= i} m · p_(j) / j);
/// a hypothesis is rejected at level q exactly when p̃ <= q. NaN stays NaN.
std::vector<double> benjaminiHochbergAdjusted(const std::vector<double> &pValues);

} // namespace td::stats
