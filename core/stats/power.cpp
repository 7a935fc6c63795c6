// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "stats/power.h"

#include "stats/interval.h"

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
    // needed(n) falls as n grows (the t quantiles shrink toward z), so n >= needed(n) holds
    // from some n on: find it by doubling, then bisect.
    long long high = 2;
    while (double(high) < needed(high, ratio, power, alpha)) {
        if (high > kMostSeeds)
            return kMostSeeds + 1;
        high *= 2;
    }
    long long low = high / 2; // fails (or is below 2)
    if (low < 2)
        return high;
    while (high - low > 1) {
        const long long mid = low + (high - low) / 2;
        if (double(mid) >= needed(mid, ratio, power, alpha))
            high = mid;
        else
            low = mid;
    }
    return high;
}

} // namespace td::stats
