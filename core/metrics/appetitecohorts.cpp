// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/appetitecohorts.h"

#include <algorithm>
#include <limits>

namespace td::metrics {

AppetiteTerciles::AppetiteTerciles(const world::Population &initial)
{
    std::vector<float> sorted(initial.noveltyAppetite.begin(), initial.noveltyAppetite.end());
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    if (n > 0) {
        m_low = sorted[n / 3];
        m_high = sorted[(2 * n) / 3];
    }
    assign(initial);
}

void AppetiteTerciles::assign(const world::Population &pop)
{
    for (std::size_t l = m_tercile.size(); l < pop.size(); ++l)
        m_tercile.push_back(std::uint8_t(tercileOfAppetite(pop.noveltyAppetite[l])));
}

int AppetiteTerciles::tercileOfAppetite(float appetite) const
{
    if (appetite < m_low)
        return 0;
    return appetite < m_high ? 1 : 2;
}

std::string_view AppetiteTerciles::name(int tercile)
{
    switch (tercile) {
    case 0:
        return "low";
    case 1:
        return "middle";
    default:
        return "high";
    }
}

std::array<AppetiteCohortDay, AppetiteTerciles::kTerciles> AppetiteTerciles::day(
    const world::Population &pop, const std::vector<ListenerDayTally> &tallies, Day day) const
{
    std::array<AppetiteCohortDay, kTerciles> rows {};
    std::array<double, kTerciles> satisfaction {};
    std::array<double, kTerciles> slowSatisfaction {};
    std::array<int, kTerciles> present {};
    for (int t = 0; t < kTerciles; ++t)
        rows[std::size_t(t)].tercile = t;
    const std::size_t n = std::min(pop.size(), m_tercile.size());
    for (ListenerId l = 0; l < n; ++l) {
        if (pop.signupDay[l] > day)
            continue;
        const std::size_t t = m_tercile[l];
        AppetiteCohortDay &row = rows[t];
        ++row.listeners;
        if (l < tallies.size()) {
            row.active += tallies[l].active;
            row.churned += tallies[l].churned;
            row.streams += tallies[l].streams;
        }
        if (!pop.churned[l]) {
            satisfaction[t] += double(pop.satisfaction[l]);
            slowSatisfaction[t] += double(pop.slowSatisfaction[l]);
            ++present[t];
        }
    }
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t t = 0; t < rows.size(); ++t) {
        rows[t].satisfaction = present[t] > 0 ? satisfaction[t] / double(present[t]) : kNone;
        rows[t].slowSatisfaction
            = present[t] > 0 ? slowSatisfaction[t] / double(present[t]) : kNone;
    }
    return rows;
}

} // namespace td::metrics
