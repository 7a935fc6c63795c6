// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/churn.h"

#include <algorithm>
#include <cmath>

namespace td::world {

double churnHazard(double satisfaction, bool premium, double tendency, const ChurnParams &p)
{
    const double logit = p.baseLogit + p.satisfactionWeight * satisfaction
        + (premium ? p.premiumLogit : 0.0) + tendency;
    return 1.0 / (1.0 + std::exp(-logit));
}

float updateSatisfaction(float satisfaction, double sessionQuality, const ChurnParams &p)
{
    const double q = std::clamp(sessionQuality, 0.0, 1.0);
    return float((1.0 - p.satisfactionRate) * satisfaction + p.satisfactionRate * q);
}

} // namespace td::world
