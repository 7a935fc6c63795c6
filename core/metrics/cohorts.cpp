// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/cohorts.h"

#include <map>

namespace td::metrics {

std::vector<CohortRetention> cohortRetention(const world::Population &pop, Day day)
{
    std::map<Day, CohortRetention> byDay;
    for (ListenerId l = 0; l < pop.size(); ++l) {
        const Day signup = pop.signupDay[l];
        if (signup > day)
            continue;
        auto &row = byDay[signup];
        row.cohortDay = signup;
        row.daysSinceSignup = day - signup;
        ++row.signedUp;
        row.active += pop.churned[l] ? 0 : 1;
    }
    std::vector<CohortRetention> rows;
    rows.reserve(byDay.size());
    for (const auto &entry : byDay)
        rows.push_back(entry.second);
    return rows;
}

} // namespace td::metrics
