// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace td::stats {

/// Quantile of Student's t with `df` >= 1 degrees of freedom at probability `p` in (0, 1),
/// t_{p, df} (Boost.Math): t_{0.975, 9} = 2.26216, t_{0.8, 9} = 0.88340.
double tQuantile(double p, int df);

/// Two-sided 95 % quantile of Student's t with `df` >= 1 degrees of freedom, t_{0.975, df}:
/// 12.7062 for df = 1, 2.2622 for df = 9, -> 1.95996 as df grows.
double tQuantile975(int df);

/// Mean, sample standard deviation and the 95 % confidence interval of the mean,
/// mean ± t_{0.975, n-1} · sd / sqrt(n), where sd = sqrt(Σ (x - mean)² / (n - 1)).
/// Values are summed in ascending order, so the result does not depend on the order of the
/// runs (a merged database gives the same bytes).
struct MeanInterval
{
    int n = 0;
    double mean = 0.0; ///< NaN if n = 0
    double sd = 0.0; ///< NaN if n < 2
    double low = 0.0; ///< NaN if n < 2
    double high = 0.0; ///< NaN if n < 2
};
MeanInterval meanInterval(std::vector<double> values);

/// The paired difference b − a: meanInterval of b[i] − a[i] over the pairs where both are
/// finite (a[i] and b[i] come from the same seed). The sizes must match.
MeanInterval pairedDifference(const std::vector<double> &a, const std::vector<double> &b);

/// Two-sided p-value of the one-sample t test of "the true mean is 0" for a sample summarised
/// by `d` (the paired t test when `d` is a pairedDifference): t = mean / (sd / sqrt(n)),
/// p = 2 · (1 − F_{n−1}(|t|)). NaN (no test) if n < 2. With sd = 0 the sample has no noise:
/// p = 0 if the mean is not 0 (every pair differs by the same amount), 1 if it is.
double tTestPValue(const MeanInterval &d);

} // namespace td::stats
