// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/malleability.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::world {

namespace {

/// S_n(y) = e^(−y) Σ_{j<n} y^j / j!.
double poissonBelow(int n, double y)
{
    double term = 1.0;
    double sum = 0.0;
    for (int j = 0; j < n; ++j) {
        sum += term;
        term *= y / double(j + 1);
    }
    return std::exp(-y) * sum;
}

/// 1 − S_n(y), summed from its own terms where subtracting from 1 would cancel (small y).
double poissonAtLeast(int n, double y)
{
    if (y > 1.0)
        return 1.0 - poissonBelow(n, y);
    double term = 1.0;
    for (int j = 0; j < n; ++j)
        term *= y / double(j + 1); // y^n / n!
    double sum = 0.0;
    for (int j = n; j < n + 40 && term > 0.0; ++j) {
        sum += term;
        term *= y / double(j + 1);
    }
    return std::exp(-y) * sum;
}

} // namespace

double meanMalleability(double c)
{
    if (!(c > 0.0))
        return 0.0;
    if (std::isinf(c))
        return 1.0;
    const double y = kMalleabilityShape / c;
    return c * poissonAtLeast(5, y) + poissonBelow(4, y);
}

double malleabilityScale(double mean)
{
    if (!(mean > 0.0))
        return 0.0;
    if (mean >= 1.0)
        return std::numeric_limits<double>::infinity();
    if (meanMalleability(mean) == mean)
        return mean; // the cap is out of reach
    // meanMalleability(c) ≤ c, so c ≥ mean; double an upper bound, then bisect.
    double lo = mean;
    double hi = 2.0 * mean;
    while (meanMalleability(hi) < mean)
        hi *= 2.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        (meanMalleability(mid) < mean ? lo : hi) = mid;
    }
    return hi;
}

double individualMalleability(double scale, float factor)
{
    if (std::isinf(scale))
        return 1.0;
    return std::min(scale * double(factor), 1.0);
}

} // namespace td::world
