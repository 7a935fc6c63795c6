// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/churn.h"

#include <algorithm>
#include <cmath>

namespace td::world {

double churnHazard(double satisfaction, double slowSatisfaction, bool premium, double tendency,
    const ChurnParams &p)
{
    const double logit = p.baseLogit + p.satisfactionWeight * satisfaction
        + (premium ? p.premiumLogit : 0.0) + tendency
        + p.slowSatisfactionWeight * (slowSatisfaction - 0.5);
    return 1.0 / (1.0 + std::exp(-logit));
}

float updateSatisfaction(float satisfaction, double sessionQuality, const ChurnParams &p)
{
    const double q = std::clamp(sessionQuality, 0.0, 1.0);
    return float((1.0 - p.satisfactionRate) * satisfaction + p.satisfactionRate * q);
}

float updateSlowSatisfaction(
    float slow, double appetite, int discoveries, double boredom, const WorldParams &p)
{
    // Discoveries enrich with diminishing returns within a day: the first few count most.
    const double enrichment = 1.0 - std::exp(-double(discoveries) / kDiscoveriesPerDayScale);
    const double target = std::clamp(
        0.5 + p.discovery.value * appetite * enrichment - p.satisfaction.boredomWeight * boredom,
        0.0, 1.0);
    const double r = std::exp2(-1.0 / p.satisfaction.slowHalfLifeDays);
    return float(r * double(slow) + (1.0 - r) * target);
}

} // namespace td::world
