// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "world/params.h"

namespace td::world {

/// Daily churn hazard, the only way churn arises (docs/world.md, "Two time scales"):
///     h = σ(base_logit + satisfaction_weight · s + slow_satisfaction_weight · (s_slow − ½)
///           + premium_logit · [premium] + tendency)
/// with σ the logistic function, s ∈ [0, 1] the listener's fast satisfaction (recent session
/// quality), s_slow ∈ [0, 1] the slow one (discovery and variety over weeks; ½ neutral) and
/// tendency the listener's own logit offset. Both weights < 0: more satisfied, less churn.
double churnHazard(double satisfaction, double slowSatisfaction, bool premium, double tendency,
    const ChurnParams &params);

/// Satisfaction update after a session with quality q ∈ [0, 1]: s ← (1 − ρ)·s + ρ·q.
float updateSatisfaction(float satisfaction, double sessionQuality, const ChurnParams &params);

/// Discoveries in a day that bring 63 % of a day's possible enrichment (1 − e⁻¹).
inline constexpr double kDiscoveriesPerDayScale = 2.0;

/// The slow satisfaction's update at the end of an active day (docs/world.md):
///     target = clamp(½ + discovery.value · appetite · (1 − e^(−discoveries / 2))
///                      − satisfaction.boredom_weight · boredom, 0, 1)
///     s_slow ← r · s_slow + (1 − r) · target,   r = 2^(−1 / slow_half_life_days)
/// with `discoveries` the day's liked first streams of an artist and `boredom` the mean
/// satiation (ResponseModel::boredom) of the day's plays.
float updateSlowSatisfaction(
    float slow, double appetite, int discoveries, double boredom, const WorldParams &params);

} // namespace td::world
