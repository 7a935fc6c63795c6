// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "world/population.h"

#include <vector>

namespace td::metrics {

/// Retention of one signup cohort on one day.
struct CohortRetention
{
    Day cohortDay = 0; ///< signup day (-1 = listeners present before the run)
    int daysSinceSignup = 0;
    int signedUp = 0; ///< cohort size
    int active = 0; ///< not churned at the end of the day
    double share() const { return signedUp > 0 ? double(active) / double(signedUp) : 0.0; }
};

/// One row per cohort that exists on `day`, in cohort order. A listener who churned and came
/// back counts as active again (win-back).
std::vector<CohortRetention> cohortRetention(const world::Population &population, Day day);

} // namespace td::metrics
