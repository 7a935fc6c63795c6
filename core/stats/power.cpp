// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "stats/power.h"

#include "stats/interval.h"

#include <boost/math/special_functions/erf.hpp>

#include <algorithm>
#include <cmath>

namespace td::stats {

namespace {

constexpr long long kMostSeeds = 1'000'000'000;

/// ((t_{1−α/2, n−1} + t_{power, n−1}) · ratio)², the seeds n asks for.
double needed(long long n, double ratio, double power, double alpha)
{
    const int df = int(std::min<long long>(n - 1, 1'000'000'000));
    const double t = tQuantile(1.0 - alpha / 2.0, df) + tQuantile(power, df);
    return t * t * ratio * ratio;
}

} // namespace

std::optional<long long> seedsForPower(double delta, double sd, double power, double alpha)
{
    if (!std::isfinite(delta) || delta == 0.0 || !std::isfinite(sd) || sd < 0.0)
        return std::nullopt;
    if (!(power > 0.0 && power < 1.0 && alpha > 0.0 && alpha < 1.0))
        return std::nullopt;
    const double ratio = sd / std::abs(delta);
    // The t quantiles exceed the normal ones, so the answer is at least the normal
    // approximation n0 = (z_{1−α/2} + z_{power})² · ratio²; needed(n) falls as n grows, so
    // n >= needed(n) holds from some n on. Search up from n0 by doubling the step, then bisect:
    // a few evaluations even for a million seeds (the window computes this for every metric).
    const double z = std::sqrt(2.0)
        * (boost::math::erf_inv(1.0 - alpha) + boost::math::erf_inv(2.0 * power - 1.0));
    const double approx = z * z * ratio * ratio;
    if (approx > double(kMostSeeds))
        return kMostSeeds + 1;
    long long low = std::max<long long>(1, (long long)std::floor(approx) - 1); // fails (or < 2)
    long long step = 1;
    long long high = std::max<long long>(2, low + step);
    while (double(high) < needed(high, ratio, power, alpha)) {
        if (high > kMostSeeds)
            return kMostSeeds + 1;
        low = high;
        step *= 2;
        high = low + step;
    }
    while (high - low > 1) {
        const long long mid = low + (high - low) / 2;
        if (mid >= 2 && double(mid) >= needed(mid, ratio, power, alpha))
            high = mid;
        else
            low = mid;
    }
    return high;
}

} // namespace td::stats
