// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "world/params.h"

namespace td::world {

/// Daily churn hazard, the only way churn arises (docs/architecture.md §2):
///     h = σ(base_logit + satisfaction_weight · s + premium_logit · [premium] + tendency)
/// with σ the logistic function, s ∈ [0, 1] the listener's satisfaction and tendency the
/// listener's own logit offset. satisfaction_weight < 0: more satisfied, less churn.
double churnHazard(double satisfaction, bool premium, double tendency, const ChurnParams &params);

/// Satisfaction update after a session with quality q ∈ [0, 1]: s ← (1 − ρ)·s + ρ·q.
float updateSatisfaction(float satisfaction, double sessionQuality, const ChurnParams &params);

} // namespace td::world
